namespace RecruiterPortal.Core.Scoring;

/// <summary>
/// How a resume answers one <see cref="JobRequirement"/>: met, partly met or missing, with the
/// resume's own words as evidence. Evidence is always a verbatim quote of the resume: a quote the
/// resume does not contain is dropped and <see cref="EvidenceRejected"/> says so.
/// </summary>
/// <param name="Verdict">One of <see cref="Verdicts"/>.</param>
/// <param name="Evidence">A verbatim line or phrase of the resume; null when there is none.</param>
/// <param name="Reason">Why, in a few words.</param>
/// <param name="EvidenceRejected">The model quoted something the resume does not say; the quote was dropped and the verdict lowered.</param>
public sealed record RequirementVerdict(
    string RequirementId,
    string Requirement,
    string Kind,
    string Verdict,
    string? Evidence,
    string? Reason,
    bool EvidenceRejected = false)
{
    /// <summary>
    /// The verdicts as one 0–1 figure: met counts 1, partial 0.5, missing 0, each weighted by
    /// its kind (<see cref="RequirementKinds.Weight"/>); null when there are no requirements.
    /// </summary>
    public static double? ScoreOf(IReadOnlyCollection<RequirementVerdict> verdicts)
    {
        if (verdicts.Count == 0)
        {
            return null;
        }

        double total = 0, got = 0;
        foreach (var v in verdicts)
        {
            var weight = RequirementKinds.Weight(v.Kind);
            total += weight;
            got += weight * Verdicts.Value(v.Verdict);
        }

        return Math.Round(got / total, 4, MidpointRounding.AwayFromZero);
    }
}

/// <summary>The three verdicts a requirement can get.</summary>
public static class Verdicts
{
    public const string Met = "met";
    public const string Partial = "partial";
    public const string Missing = "missing";

    public static IReadOnlyList<string> All { get; } = [Met, Partial, Missing];

    public static double Value(string verdict) => verdict switch
    {
        Met => 1.0,
        Partial => 0.5,
        _ => 0.0,
    };
}
