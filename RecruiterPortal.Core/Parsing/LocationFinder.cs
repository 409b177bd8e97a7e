using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace RecruiterPortal.Core.Parsing;

/// <summary>Finds "City, ST" or "City, Country" locations in short fields.</summary>
internal static partial class LocationFinder
{
    private static readonly FrozenSet<string> _regions = FrozenSet.ToFrozenSet(
        [
            "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME",
            "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA",
            "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "PR", "ON", "QC", "BC", "AB", "MB", "NS",
            "USA", "US", "United States", "Canada", "UK", "United Kingdom", "England", "Scotland", "Ireland", "Germany",
            "France", "Spain", "Portugal", "Italy", "Netherlands", "Belgium", "Switzerland", "Austria", "Sweden", "Norway",
            "Denmark", "Finland", "Poland", "Mexico", "Brazil", "Argentina", "Colombia", "Chile", "India", "Philippines",
            "Australia", "New Zealand", "Japan", "China", "Singapore", "South Africa", "Nigeria", "Kenya", "UAE", "Israel",
            "Texas", "California", "New York", "Florida", "Illinois", "Ontario", "Québec", "Quebec",
        ],
        StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex(@"^(?<city>\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}),\s*(?<region>\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*)?)(?:\s+\d{5}(?:-\d{4})?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex CityRegionRegex();

    /// <summary>The first field of the lines that reads as a place, skipping the person's name.</summary>
    public static string? Find(IEnumerable<string> lines, string? name)
    {
        foreach (var line in lines)
        {
            foreach (var field in ResumeText.SplitFields(ResumeText.StripMarkup(line)))
            {
                if (IsLocation(field) && (name is null || !field.StartsWith(name, StringComparison.OrdinalIgnoreCase)))
                {
                    return field;
                }
            }
        }

        return null;
    }

    /// <summary>Whether a field is a place (or a working arrangement like "Remote").</summary>
    public static bool IsLocation(string field)
    {
        var text = field.Trim().Trim('(', ')').Trim();
        if (text.Equals("Remote", StringComparison.OrdinalIgnoreCase) || text.Equals("Hybrid", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var match = CityRegionRegex().Match(text);
        return match.Success && _regions.Contains(match.Groups["region"].Value);
    }
}
