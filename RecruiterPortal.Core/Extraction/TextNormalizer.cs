using System.Text;

namespace RecruiterPortal.Core.Extraction;

/// <summary>
/// Puts extracted text into one shape whatever the source: <c>\n</c> newlines, no control
/// characters but tab and newline, no trailing spaces, at most one blank line in a row, and a
/// length cap that never splits a surrogate pair.
/// </summary>
internal static class TextNormalizer
{
    public static string Normalize(string text, int maxChars)
    {
        var builder = new StringBuilder(Math.Min(text.Length, maxChars + 16));
        var pendingNewlines = 0;
        var lineStart = 0;

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                continue;
            }

            if (c is '\n' or '\r' or '\f' or '\v' or '\u2028' or '\u2029' or '\u0085')
            {
                TrimEnd(builder, lineStart);
                pendingNewlines++;
                lineStart = builder.Length;
                continue;
            }

            if (IsDropped(c))
            {
                continue;
            }

            if (pendingNewlines > 0)
            {
                if (builder.Length > 0)
                {
                    builder.Append('\n', Math.Min(pendingNewlines, 2));
                }

                pendingNewlines = 0;
                lineStart = builder.Length;
            }

            builder.Append(c);
            if (builder.Length >= maxChars + 1)
            {
                break;
            }
        }

        TrimEnd(builder, lineStart);
        return Truncate(builder.ToString(), maxChars);
    }

    /// <summary>True when the text has nothing but whitespace.</summary>
    public static bool IsBlank(string text) => string.IsNullOrWhiteSpace(text);

    private static bool IsDropped(char c) =>
        c == '\uFEFF' || (char.IsControl(c) && c != '\t');

    private static void TrimEnd(StringBuilder builder, int lineStart)
    {
        var end = builder.Length;
        while (end > lineStart && builder[end - 1] is ' ' or '\t' or '\u00A0')
        {
            end--;
        }

        builder.Length = end;
    }

    private static string Truncate(string text, int maxChars)
    {
        if (text.Length <= maxChars)
        {
            return text;
        }

        var cut = maxChars;
        if (cut > 0 && char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return text[..cut];
    }
}
