using System.Text.RegularExpressions;

namespace RecruiterPortal.Core.Tailoring;

/// <summary>
/// Finds the dates and figures in a text so the guard can tell whether a tailored resume states
/// one the original never did. Years count as dates, everything else with a digit as a figure.
/// </summary>
internal static partial class Figures
{
    public static IReadOnlyList<string> Dates(string text) =>
        DatePattern().Matches(text).Select(m => m.Value).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Numbers, percentages and amounts other than dates, as written ("40%", "$1.2M", "300").</summary>
    public static IReadOnlyList<string> Numbers(string text)
    {
        var withoutDates = DatePattern().Replace(text, " ");
        return NumberPattern().Matches(withoutDates).Select(m => m.Value.TrimEnd('.', ',')).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>The value a figure states, so "1,000" and "1000" or "40 %" and "40%" compare equal.</summary>
    public static string Key(string figure) =>
        figure.Replace(",", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();

    [GeneratedRegex(@"(?<![\d.,])(?:19|20)\d{2}(?:-\d{2})?(?!\d)")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"(?<![\d.,])[$€£]?\d[\d.,]*(?:\s?%|\+|[kKmMbB](?![A-Za-z]))?")]
    private static partial Regex NumberPattern();
}
