using System.Globalization;
using RecruiterPortal.Core.Parsing;

namespace RecruiterPortal.Core.Matching;

/// <summary>Years of work experience from resume dates, counting overlapping positions once.</summary>
public static class ExperienceCalculator
{
    /// <summary>
    /// Total years across positions, rounded to one decimal. Months are inclusive at both ends, so
    /// 2020-01 to 2020-12 is a year; a bare year starts in January and ends in December. A current
    /// or open-ended position runs to <paramref name="asOf"/>, which keeps results reproducible.
    /// </summary>
    public static double TotalYears(IEnumerable<ParsedExperience> experience, DateOnly asOf)
    {
        var now = asOf.Year * 12 + asOf.Month - 1;
        var intervals = new List<(int Start, int End)>();
        foreach (var job in experience)
        {
            var start = ParseMonth(job.StartDate, endOfPeriod: false);
            if (start is null)
            {
                continue;
            }

            var end = job.IsCurrent || IsPresent(job.EndDate) ? now : ParseMonth(job.EndDate, endOfPeriod: true) ?? now;
            end = Math.Min(end, now);
            if (end >= start)
            {
                intervals.Add((start.Value, end + 1));
            }
        }

        intervals.Sort();
        var months = 0;
        var currentStart = -1;
        var currentEnd = -1;
        foreach (var (start, end) in intervals)
        {
            if (start > currentEnd)
            {
                months += currentEnd - currentStart;
                (currentStart, currentEnd) = (start, end);
            }
            else
            {
                currentEnd = Math.Max(currentEnd, end);
            }
        }

        months += currentEnd - currentStart;
        return Math.Round(months / 12.0, 1, MidpointRounding.AwayFromZero);
    }

    private static bool IsPresent(string? date) =>
        date is not null && (date.Contains("present", StringComparison.OrdinalIgnoreCase)
            || date.Contains("current", StringComparison.OrdinalIgnoreCase)
            || date.Contains("now", StringComparison.OrdinalIgnoreCase));

    /// <summary>Months since year 0 for "YYYY-MM" or "YYYY".</summary>
    private static int? ParseMonth(string? date, bool endOfPeriod)
    {
        if (string.IsNullOrWhiteSpace(date) || date.Trim().Length < 4
            || !int.TryParse(date.Trim()[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return null;
        }

        var trimmed = date.Trim();
        var month = trimmed.Length >= 7 && int.TryParse(trimmed[5..7], NumberStyles.None, CultureInfo.InvariantCulture, out var m) && m is >= 1 and <= 12
            ? m
            : endOfPeriod ? 12 : 1;
        return year * 12 + month - 1;
    }
}
