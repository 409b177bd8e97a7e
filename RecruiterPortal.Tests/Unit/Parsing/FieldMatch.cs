using System.Globalization;
using System.Text;

namespace RecruiterPortal.Tests.Unit.Parsing;

/// <summary>How the accuracy test compares parsed values with expected ones.</summary>
internal static class FieldMatch
{
    /// <summary>Case, accent-preserving, whitespace and edge-punctuation insensitive equality.</summary>
    public static bool Text(string expected, string actual) => Key(expected) == Key(actual);

    public static bool Phone(string expected, string actual) => Digits(expected) == Digits(actual);

    public static bool Url(string expected, string actual) => UrlKey(expected) == UrlKey(actual);

    /// <summary>Degrees match when one contains the other once dots and spaces go ("B.S." and "BS").</summary>
    public static bool Degree(string expected, string actual)
    {
        var e = Compact(expected);
        var a = Compact(actual);
        return e.Length > 0 && a.Length > 0 && (e == a || e.Contains(a, StringComparison.Ordinal) || a.Contains(e, StringComparison.Ordinal));
    }

    public static string Key(string value)
    {
        var sb = new StringBuilder();
        foreach (var word in value.Normalize(NormalizationForm.FormC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            sb.Append(sb.Length > 0 ? " " : "").Append(word.ToLower(CultureInfo.InvariantCulture));
        }

        return sb.ToString().Trim(',', '.', ';', ':', '|', '-', '–', '—', ' ');
    }

    private static string Compact(string value) => new(Key(value).Where(char.IsLetterOrDigit).ToArray());

    private static string Digits(string value) => new(value.Where(char.IsAsciiDigit).ToArray());

    private static string UrlKey(string value)
    {
        var url = value.Trim().ToLowerInvariant();
        foreach (var prefix in new[] { "https://", "http://", "www." })
        {
            url = url.StartsWith(prefix, StringComparison.Ordinal) ? url[prefix.Length..] : url;
        }

        return url.TrimEnd('/');
    }
}
