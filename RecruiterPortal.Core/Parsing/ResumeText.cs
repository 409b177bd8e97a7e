using System.Text;
using System.Text.RegularExpressions;

namespace RecruiterPortal.Core.Parsing;

/// <summary>Line-level helpers shared by the section parsers.</summary>
internal static partial class ResumeText
{
    /// <summary>Past this, a "resume" is a dump; the rest is not read so parsing stays fast.</summary>
    public const int MaxLength = 200_000;

    private const string BulletChars = "•▪◦●○■□➢➤►▶✓✔❖◆◇·*-–—+>";

    [GeneratedRegex(@"^\s*(?:\d{1,2}[.)]|[a-z][.)])\s+", RegexOptions.CultureInvariant)]
    private static partial Regex NumberedItemRegex();

    [GeneratedRegex(@"\s+(?:\||•|·|▪|◦|⋅|–|—|-{1,2})\s+|\s{3,}|\t", RegexOptions.CultureInvariant)]
    private static partial Regex SeparatorRegex();

    /// <summary>Unifies line breaks and spacing, drops control characters and caps the length.</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var source = text.Length > MaxLength ? text[..MaxLength] : text;
        var sb = new StringBuilder(source.Length);
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            switch (c)
            {
                case '\r':
                    sb.Append('\n');
                    if (i + 1 < source.Length && source[i + 1] == '\n')
                    {
                        i++;
                    }

                    break;
                case '\n' or '\f':
                    sb.Append(c);
                    break;
                case '\t':
                    sb.Append("    ");
                    break;
                case '\u00A0' or '\u2007' or '\u202F' or '\u2002' or '\u2003' or '\u2009':
                    sb.Append(' ');
                    break;
                case '\u200B' or '\uFEFF' or '\u00AD':
                    break;
                default:
                    if (!char.IsControl(c))
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Whether a line is a list item (•, -, *, 1.); markdown emphasis (**Title**) is not.</summary>
    public static bool IsBullet(string line)
    {
        var trimmed = line.TrimStart();
        if (trimmed.Length < 2)
        {
            return false;
        }

        if (trimmed.StartsWith("**", StringComparison.Ordinal))
        {
            return false;
        }

        return (BulletChars.Contains(trimmed[0]) && char.IsWhiteSpace(trimmed[1])) || "•▪◦●○■➢➤►✓✔❖◆\uf0b7\uf0a7\uf076\uf0d8".Contains(trimmed[0]) || NumberedItemRegex().IsMatch(trimmed);
    }

    /// <summary>The text of a list item without its marker.</summary>
    public static string StripBullet(string line)
    {
        var trimmed = line.Trim();
        if (!IsBullet(trimmed))
        {
            return trimmed;
        }

        var numbered = NumberedItemRegex().Match(trimmed);
        return numbered.Success ? trimmed[numbered.Length..].Trim() : trimmed[1..].Trim();
    }

    /// <summary>Strips markdown and decoration around a line ("## Title", "**Acme**", "_2019_").</summary>
    public static string StripMarkup(string line)
    {
        var text = line.Trim().TrimStart('#').Trim();
        text = text.Replace("**", "", StringComparison.Ordinal).Replace("__", "", StringComparison.Ordinal);
        if (text.Length > 2 && text[0] is '_' or '*' && text[^1] == text[0])
        {
            text = text[1..^1];
        }

        return text.Trim();
    }

    /// <summary>Splits a header line at the separators resumes use between fields (" | ", " — ", " • ", wide gaps).</summary>
    public static List<string> SplitFields(string line) =>
        SeparatorRegex().Split(line).Select(TrimField).Where(s => s.Length > 0).ToList();

    /// <summary>Trims separators and a bracket left over from splitting, but not a closed "(fluent)".</summary>
    public static string TrimField(string field)
    {
        var text = field.Trim().Trim(',', ';', '|').Trim();
        if (text.EndsWith(')') && !text.Contains('('))
        {
            text = text.TrimEnd(')').Trim();
        }

        if (text.StartsWith('(') && !text.Contains(')'))
        {
            text = text.TrimStart('(').Trim();
        }

        return text.StartsWith('(') && text.EndsWith(')') && text.IndexOf(')') == text.Length - 1 ? text[1..^1].Trim() : text;
    }

    /// <summary>Words of a line, for counting.</summary>
    public static int WordCount(string line) => line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>Splits a field at commas but keeps "City, ST" together ("Acme, Austin, TX" gives two parts).</summary>
    public static List<string> SplitCommaFields(string field)
    {
        var parts = field.Split(", ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var result = new List<string>(parts.Length);
        for (var i = 0; i < parts.Length; i++)
        {
            if (i + 1 < parts.Length && LocationFinder.IsLocation(parts[i] + ", " + parts[i + 1]))
            {
                result.Add(parts[i] + ", " + parts[i + 1]);
                i++;
            }
            else
            {
                result.Add(parts[i]);
            }
        }

        return result;
    }
}
