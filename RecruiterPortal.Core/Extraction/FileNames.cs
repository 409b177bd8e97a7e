using System.Text;

namespace RecruiterPortal.Core.Extraction;

/// <summary>Makes an uploaded file's name safe to store and show.</summary>
public static class FileNames
{
    public const int MaxLength = 120;
    public const string Fallback = "document";

    // Covers Windows' reserved set too, since names may be shown or saved on any platform.
    private static readonly char[] _forbidden = ['/', '\\', ':', '*', '?', '"', '<', '>', '|'];

    /// <summary>
    /// Keeps the last path segment, drops control, format and reserved characters, trims dots and
    /// spaces, and shortens to <see cref="MaxLength"/> while keeping a short extension. Never
    /// returns an empty name.
    /// </summary>
    public static string Sanitize(string? name)
    {
        var lastSegment = (name ?? string.Empty).Split('/', '\\').LastOrDefault() ?? string.Empty;
        var builder = new StringBuilder(lastSegment.Length);
        foreach (var rune in lastSegment.EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune))
            {
                // Line breaks and tabs become spaces so words on either side stay apart.
                builder.Append(' ');
                continue;
            }

            var category = Rune.GetUnicodeCategory(rune);
            if (Rune.IsControl(rune) || category is System.Globalization.UnicodeCategory.Format
                    or System.Globalization.UnicodeCategory.LineSeparator
                    or System.Globalization.UnicodeCategory.ParagraphSeparator
                    or System.Globalization.UnicodeCategory.Surrogate
                || (rune.IsBmp && _forbidden.Contains((char)rune.Value)))
            {
                continue;
            }

            builder.Append(rune.ToString());
        }

        // Leading dots would hide the file or climb directories; trailing ones Windows drops.
        var cleaned = CollapseSpaces(builder.ToString()).Trim(' ');
        var extension = cleaned.StartsWith('.') && cleaned.LastIndexOf('.') == 0 ? cleaned.TrimEnd('.', ' ') : string.Empty;
        cleaned = cleaned.Trim(' ', '.');
        if (cleaned.Length == 0 || extension.Length > 1)
        {
            cleaned = Fallback + (extension.Length > 1 ? extension : string.Empty);
        }

        return Shorten(cleaned);
    }

    private static string CollapseSpaces(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (c != ' ' || builder.Length == 0 || builder[^1] != ' ')
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static string Shorten(string name)
    {
        if (name.Length <= MaxLength)
        {
            return name;
        }

        var extension = Path.GetExtension(name);
        if (extension.Length is 0 or > 10)
        {
            extension = string.Empty;
        }

        var stem = name[..(name.Length - extension.Length)];
        var room = MaxLength - extension.Length;
        var cut = room;
        if (char.IsHighSurrogate(stem[cut - 1]))
        {
            cut--;
        }

        return stem[..cut].TrimEnd(' ', '.') + extension;
    }
}
