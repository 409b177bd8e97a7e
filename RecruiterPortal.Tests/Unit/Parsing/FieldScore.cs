namespace RecruiterPortal.Tests.Unit.Parsing;

/// <summary>True/false positives and misses for one field across the fixture set.</summary>
internal sealed class FieldScore(string name)
{
    public string Name { get; } = name;

    public int TruePositives { get; private set; }

    public int FalsePositives { get; private set; }

    public int FalseNegatives { get; private set; }

    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);

    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Scores a single-valued field: a wrong value is both a false positive and a miss.</summary>
    public bool AddSingle(string? expected, string? actual, Func<string, string, bool> matches)
    {
        var hasExpected = !string.IsNullOrWhiteSpace(expected);
        var hasActual = !string.IsNullOrWhiteSpace(actual);
        var ok = hasExpected && hasActual && matches(expected!, actual!);
        TruePositives += ok ? 1 : 0;
        FalsePositives += hasActual && !ok ? 1 : 0;
        FalseNegatives += hasExpected && !ok ? 1 : 0;
        return ok || (!hasExpected && !hasActual);
    }

    /// <summary>Scores a list by one-to-one matching; returns the unmatched expected and actual items.</summary>
    public (List<T> Missed, List<TA> Extra) AddMany<T, TA>(IEnumerable<T> expected, IEnumerable<TA> actual, Func<T, TA, bool> matches)
    {
        var extra = actual.ToList();
        var missed = new List<T>();
        foreach (var item in expected)
        {
            var at = extra.FindIndex(a => matches(item, a));
            if (at >= 0)
            {
                extra.RemoveAt(at);
                TruePositives++;
            }
            else
            {
                missed.Add(item);
                FalseNegatives++;
            }
        }

        FalsePositives += extra.Count;
        return (missed, extra);
    }

    private static double Ratio(int a, int b) => b == 0 ? 1 : (double)a / b;
}
