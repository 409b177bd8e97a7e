using System.Text;

namespace RecruiterPortal.Core.Exports;

/// <summary>
/// A download's file name that is safe on every system: "Priya Raman - Senior Backend Engineer.pdf",
/// with path separators, control and reserved characters removed and the length capped.
/// </summary>
public static class ExportFileName
{
    public const int MaxStemLength = 120;
    private const string Fallback = "Resume";

    public static string For(string title, string extension)
    {
        var sb = new StringBuilder(title.Length);
        foreach (var c in title)
        {
            if (char.IsControl(c) || c is '/' or '\\' or ':' or '*' or '?' or '"' or '<' or '>' or '|' || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.Format)
            {
                sb.Append(' ');
            }
            else
            {
                sb.Append(c);
            }
        }

        // Collapse runs of spaces, and no leading dots (hidden files) or trailing dots/spaces (Windows).
        var stem = string.Join(' ', sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)).Trim().TrimStart('.').TrimEnd('.', ' ');
        if (stem.Length > MaxStemLength)
        {
            stem = stem[..MaxStemLength].TrimEnd('.', ' ');
        }

        return $"{(stem.Length == 0 ? Fallback : stem)}.{extension}";
    }
}
