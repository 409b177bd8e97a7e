using System.Text;

namespace RecruiterPortal.Core.Scoring;

/// <summary>
/// Whether a quote really is in a resume. Case, white space, bullet marks and typographic quotes
/// and dashes are ignored; an ellipsis ("…" or "...") may join fragments that appear in that
/// order. Anything else must be verbatim: a paraphrase is not evidence.
/// </summary>
public sealed class EvidenceCheck(string resumeText)
{
    /// <summary>A quote shorter than this (after normalising) says too little to count as evidence.</summary>
    public const int MinQuoteLength = 3;

    private readonly string _text = Normalize(resumeText);

    public bool Contains(string? quote)
    {
        if (string.IsNullOrWhiteSpace(quote))
        {
            return false;
        }

        var fragments = quote.Replace("…", "...", StringComparison.Ordinal)
            .Split("...", StringSplitOptions.RemoveEmptyEntries)
            .Select(Normalize)
            .Where(f => f.Length > 0)
            .ToList();
        if (fragments.Count == 0 || fragments.Sum(f => f.Length) < MinQuoteLength)
        {
            return false;
        }

        var at = 0;
        foreach (var fragment in fragments)
        {
            var found = _text.IndexOf(fragment, at, StringComparison.Ordinal);
            if (found < 0)
            {
                return false;
            }

            at = found + fragment.Length;
        }

        return true;
    }

    /// <summary>Lower case, one space between words, plain quotes and hyphens, no bullet marks or edge punctuation.</summary>
    public static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = true;
        foreach (var raw in text)
        {
            var c = raw switch
            {
                '\u2018' or '\u2019' or '\u201B' or '`' => '\'',
                '\u201C' or '\u201D' or '\u201E' => '"',
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212' => '-',
                '\u2022' or '\u25CF' or '\u25AA' or '*' or '\u00B7' => ' ',
                _ => char.ToLowerInvariant(raw),
            };
            if (char.IsWhiteSpace(c))
            {
                if (!space)
                {
                    sb.Append(' ');
                    space = true;
                }

                continue;
            }

            sb.Append(c);
            space = false;
        }

        return sb.ToString().Trim().Trim('"', '\'', '.', ',', ';', ':', '-', ' ');
    }
}
