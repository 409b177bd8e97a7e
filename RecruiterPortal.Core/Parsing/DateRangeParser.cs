using System.Globalization;
using System.Text.RegularExpressions;

namespace RecruiterPortal.Core.Parsing;

/// <summary>Finds and normalises the date forms resumes use ("Jan 2020 – Present", "03/2018 - 11/2020", "2018.03").</summary>
internal static partial class DateRangeParser
{
    private const string MonthPattern =
        @"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?";

    private const string YearPattern = @"(?:19|20)\d{2}";

    private const string DatePattern =
        @"(?:" + MonthPattern + @",?\s+(?:" + YearPattern + @"|'\d{2})"
        + @"|(?:spring|summer|fall|autumn|winter)\s+" + YearPattern
        + @"|(?:0?[1-9]|1[0-2])\s*/\s*" + YearPattern
        + @"|" + YearPattern + @"[./-](?:0[1-9]|1[0-2])(?!\d)"
        + @"|(?:0[1-9]|1[0-2])[.-]" + YearPattern
        + @"|" + YearPattern + @")";

    private const string PresentPattern = @"(?:present|current(?:ly)?|now|today|ongoing|date)\b";

    private const string RangePattern =
        @"(?<![\w/.-])(?<start>" + DatePattern + @")\s*(?:[-–—~]+|to|until|through|thru|till)\s*(?:(?<end>" + DatePattern + @")(?![\w/])|(?<current>" + PresentPattern + @"))";

    private const string SincePattern = @"\b(?:since|from)\s+(?<start>" + DatePattern + @")(?![\w/])";

    private const string SinglePattern = @"(?<![\w/.$-])(?<single>" + DatePattern + @")(?![\w/%])";

    private static readonly string[] _months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    [GeneratedRegex(RangePattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 200)]
    private static partial Regex RangeRegex();

    [GeneratedRegex(SincePattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 200)]
    private static partial Regex SinceRegex();

    [GeneratedRegex(SinglePattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 200)]
    private static partial Regex SingleRegex();

    /// <summary>
    /// Finds the first date range in a line; with <paramref name="allowSingle"/> a lone date counts too
    /// (it becomes the end: a graduation date, or a one-season job).
    /// </summary>
    public static bool TryFind(string line, bool allowSingle, out DateRange range, out int index, out int length)
    {
        range = new DateRange(null, null, false);
        index = -1;
        length = 0;
        try
        {
            var match = RangeRegex().Match(line);
            if (match.Success)
            {
                var current = match.Groups["current"].Success;
                range = new DateRange(Normalize(match.Groups["start"].Value), current ? null : Normalize(match.Groups["end"].Value), current);
            }
            else if ((match = SinceRegex().Match(line)).Success)
            {
                range = new DateRange(Normalize(match.Groups["start"].Value), null, true);
            }
            else if (allowSingle && (match = SingleRegex().Match(line)).Success)
            {
                range = new DateRange(null, Normalize(match.Groups["single"].Value), false);
            }
            else
            {
                return false;
            }

            index = match.Index;
            length = match.Length;
            return true;
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary>Whether a line holds a date range (or, with <paramref name="allowSingle"/>, any date).</summary>
    public static bool Contains(string line, bool allowSingle = false) => TryFind(line, allowSingle, out _, out _, out _);

    /// <summary>One date as <c>YYYY-MM</c> when the month is given, else <c>YYYY</c>; null when it is not a date.</summary>
    public static string? Normalize(string date)
    {
        var text = date.Trim().ToLowerInvariant();
        if (text.Length == 0)
        {
            return null;
        }

        var digits = DigitGroups(text);
        var monthIndex = Array.FindIndex(_months, m => text.StartsWith(m, StringComparison.Ordinal));
        if (monthIndex >= 0 && digits.Count > 0)
        {
            var year = digits[^1];
            year = year.Length == 2 ? ExpandTwoDigitYear(year) : year;
            return $"{year}-{monthIndex + 1:00}";
        }

        if (digits.Count == 2)
        {
            // Either 2018.03 / 2018-03 or 03/2018: whichever part has four digits is the year.
            var (year, month) = digits[0].Length == 4 ? (digits[0], digits[1]) : (digits[1], digits[0]);
            if (year.Length == 4 && int.TryParse(month, CultureInfo.InvariantCulture, out var m) && m is >= 1 and <= 12)
            {
                return $"{year}-{m:00}";
            }
        }

        return digits.Count >= 1 && digits[^1].Length == 4 ? digits[^1] : null;
    }

    private static string ExpandTwoDigitYear(string yy) =>
        (int.Parse(yy, CultureInfo.InvariantCulture) < 50 ? "20" : "19") + yy;

    private static List<string> DigitGroups(string text)
    {
        var groups = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }

            groups.Add(text[start..i]);
        }

        return groups;
    }
}
