using System.Text.RegularExpressions;

namespace RecruiterPortal.Core.JobPostings;

/// <summary>Reads seniority from a job title, or failing that from wording in the description.</summary>
internal static partial class SeniorityLevels
{
    public static Seniority FromTitle(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return Seniority.Unknown;
        }

        if (Intern().IsMatch(title))
        {
            return Seniority.Intern;
        }

        if (Principal().IsMatch(title))
        {
            return Seniority.Principal;
        }

        if (Manager().IsMatch(title))
        {
            return Seniority.Manager;
        }

        if (Lead().IsMatch(title))
        {
            return Seniority.Lead;
        }

        if (Senior().IsMatch(title))
        {
            return Seniority.Senior;
        }

        if (Junior().IsMatch(title))
        {
            return Seniority.Junior;
        }

        return Mid().IsMatch(title) ? Seniority.Mid : Seniority.Unknown;
    }

    /// <summary>Seniority stated in prose ("entry-level role", "senior-level"), else implied by years asked.</summary>
    public static Seniority FromText(string text, double? minYears)
    {
        var m = TextLevel().Match(text);
        if (m.Success)
        {
            return m.Value.ToLowerInvariant() switch
            {
                var v when v.StartsWith("entry", StringComparison.Ordinal) || v.StartsWith("new grad", StringComparison.Ordinal) => Seniority.Junior,
                var v when v.StartsWith("mid", StringComparison.Ordinal) => Seniority.Mid,
                _ => Seniority.Senior,
            };
        }

        return minYears switch
        {
            null => Seniority.Unknown,
            < 2 => Seniority.Junior,
            < 5 => Seniority.Mid,
            _ => Seniority.Senior,
        };
    }

    [GeneratedRegex(@"\bintern(ship)?\b|\bco-?op\b", RegexOptions.IgnoreCase)]
    private static partial Regex Intern();

    [GeneratedRegex(@"\b(principal|distinguished|architect)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Principal();

    [GeneratedRegex(@"\b(manager|director|head of|vp|vice president|supervisor)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Manager();

    [GeneratedRegex(@"\b(lead|team lead|tech lead|charge)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Lead();

    [GeneratedRegex(@"\b(senior|sr\.?|iii)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Senior();

    [GeneratedRegex(@"\b(junior|jr\.?|entry[- ]level|graduate|trainee|apprentice|assistant)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Junior();

    [GeneratedRegex(@"\b(mid[- ]level|intermediate|ii)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Mid();

    [GeneratedRegex(@"\b(entry[- ]level|new grad(uate)?s?|mid[- ]level|senior[- ]level|experienced professional)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TextLevel();
}
