using System.Globalization;
using System.Text.RegularExpressions;

namespace RecruiterPortal.Core.JobPostings;

/// <summary>Years of experience, salary and benefit wording in job descriptions.</summary>
internal static partial class JobTextPatterns
{
    private static readonly string[] _numberWords =
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

    /// <summary>
    /// The smallest number of years a clause asks for ("3-5 years" is 3), taking the largest when
    /// a clause names several; null when it states none.
    /// </summary>
    public static double? MinYears(string clause)
    {
        double? best = null;
        foreach (Match m in Years().Matches(clause))
        {
            var qualified = m.Groups["plus"].Success || m.Groups["range"].Success || m.Groups["least"].Success
                || ExperienceWord().IsMatch(clause);
            if (!qualified)
            {
                continue;
            }

            var value = ParseNumber(m.Groups["n"].Value);
            if (value is > 0 and <= 40 && (best is null || value > best))
            {
                best = value;
            }
        }

        return best;
    }

    /// <summary>
    /// The pay stated in a job: an amount on a line that talks about pay, else the first amount that
    /// looks like pay (a range, thousands, or a per-hour/year unit) rather than a budget or deal size.
    /// </summary>
    public static string? FindSalary(IReadOnlyList<string> lines)
    {
        foreach (var line in lines.Where(l => PayWord().IsMatch(l)))
        {
            var m = Salary().Match(line);
            if (m.Success)
            {
                return m.Value.Trim();
            }
        }

        return lines.SelectMany(l => Salary().Matches(l)).FirstOrDefault(m => m.Groups["unit"].Success || m.Groups["to"].Success)?.Value.Trim();
    }

    public static bool IsBenefitLine(string line) => BenefitCue().IsMatch(line);

    private static double ParseNumber(string text)
    {
        var index = Array.IndexOf(_numberWords, text.ToLowerInvariant());
        return index >= 0 ? index : double.Parse(text, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(
        @"(?<least>\b(at least|minimum of|minimum|min\.|over|more than)\s+)?\b(?<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?<plus>\s*\+|\s+or more|\s+plus)?\s*(?<range>(-|–|to)\s*\d{1,2}\s*\+?\s*)?(years?|yrs?)\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex Years();

    [GeneratedRegex(@"\b(salary|pay|paid|compensation|wage|base|OTE|rate)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PayWord();

    [GeneratedRegex(@"\b(experience|exp\.|background|track record)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ExperienceWord();

    [GeneratedRegex(
        @"(USD|EUR|GBP)?\s?[$£€]\s?\d[\d,]*(\.\d+)?\s?[kK]?(?<to>\s*(-|–|to)\s*[$£€]?\s?\d[\d,]*(\.\d+)?\s?[kK]?)?(?<unit>\s*(/|per|an|a)\s*(hour|hr|year|yr|annum|month|week))?",
        RegexOptions.IgnoreCase)]
    private static partial Regex Salary();

    [GeneratedRegex(
        @"\b(health|medical|dental|vision)\s+(insurance|coverage|plan|benefits)|\b401\(?k\)?|\bPTO\b|paid time off|\bpension\b|parental leave|tuition (reimbursement|assistance)|employee discount|stock options|\bequity\b|remote work|flexible (hours|schedule|working)|wellness",
        RegexOptions.IgnoreCase)]
    private static partial Regex BenefitCue();
}
