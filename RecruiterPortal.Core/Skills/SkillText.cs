using System.Globalization;
using System.Text;

namespace RecruiterPortal.Core.Skills;

/// <summary>Tokenisation shared by the taxonomy, the parser and the scorer.</summary>
public static class SkillText
{
    /// <summary>A word of a text: its original spelling, its normalised form and its offset.</summary>
    public readonly record struct Token(string Text, string Normalized, int Start);

    /// <summary>
    /// Splits text into words. Characters that belong to technical names stay inside a word
    /// (C++, C#, .NET, Node.js, CI/CD); trailing sentence punctuation does not.
    /// </summary>
    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i]) && !(text[i] == '.' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1])))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (IsWordChar(text[i]) || IsInnerChar(text, i)))
            {
                i++;
            }

            var end = i;
            while (end > start && (text[end - 1] is '.' or '/' or '-' or '\'' ))
            {
                end--;
            }

            if (end > start)
            {
                var word = text[start..end];
                tokens.Add(new Token(word, Normalize(word), start));
            }
        }

        return tokens;
    }

    /// <summary>The normalised form of a skill name or alias: lower case words joined by a space.</summary>
    public static string NormalizePhrase(string phrase) =>
        string.Join(' ', Tokenize(phrase).Select(t => t.Normalized));

    /// <summary>
    /// Whether the words i..i+n-1 of <paramref name="text"/> follow each other with only spaces or
    /// hyphens between, so "Epic, EHR" stays two skills rather than the phrase "Epic EHR".
    /// </summary>
    internal static bool IsContiguousPhrase(string text, List<Token> tokens, int i, int n)
    {
        for (var k = i + 1; k < i + n; k++)
        {
            var end = tokens[k - 1].Start + tokens[k - 1].Text.Length;
            var gap = tokens[k].Start - end;
            if (gap > 2 || text.AsSpan(end, gap).ContainsAnyExcept(' ', '-'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the words i..i+n-1 follow each other with only spaces or hyphens between.</summary>
    internal static bool IsContiguousPhrase(List<Token> tokens, int i, int n)
    {
        for (var k = i + 1; k < i + n; k++)
        {
            var gap = tokens[k].Start - (tokens[k - 1].Start + tokens[k - 1].Text.Length);
            if (gap > 2)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '+' or '#';

    private static bool IsInnerChar(string text, int i) =>
        text[i] is '.' or '/' or '-' or '\'' or '&' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]);

    private static string Normalize(string word)
    {
        var lower = word.ToLowerInvariant();
        var decomposed = lower.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}
