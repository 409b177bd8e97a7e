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

        // Collapse runs of spaces; drop ".." segments, leading dots (hidden files) and trailing dots (Windows).
        var words = sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Trim('.').Length > 0);
        var stem = string.Join(' ', words).TrimStart('.').TrimEnd('.', ' ');
        if (stem.Length > MaxStemLength)
        {
            stem = stem[..MaxStemLength].TrimEnd('.', ' ');
        }

        return $"{(stem.Length == 0 ? Fallback : stem)}.{extension}";
    }
}
