using System.Collections.Frozen;
using System.Globalization;

namespace RecruiterPortal.Core.Parsing;

/// <summary>Picks the candidate's name out of the top of a resume.</summary>
internal static class PersonName
{
    private static readonly FrozenSet<string> _particles = FrozenSet.ToFrozenSet(
        ["de", "del", "della", "der", "den", "da", "das", "dos", "do", "di", "du", "van", "von", "la", "le", "y", "bin", "binti", "al", "el", "ter", "ten", "st."],
        StringComparer.Ordinal);

    // Words that appear on a resume's first lines but never in a name.
    private static readonly FrozenSet<string> _notNameWords = FrozenSet.ToFrozenSet(
        [
            "resume", "résumé", "curriculum", "vitae", "cv", "engineer", "developer", "manager", "nurse", "analyst", "specialist",
            "director", "teacher", "accountant", "consultant", "designer", "architect", "scientist", "representative",
            "coordinator", "assistant", "associate", "executive", "administrator", "technician", "officer", "supervisor",
            "intern", "lead", "senior", "junior", "sr", "jr.", "professional", "registered", "certified", "licensed", "contact",
            "street", "st", "avenue", "ave", "road", "rd", "suite", "apt", "drive", "lane", "page", "profile", "summary", "remote",
            "operator", "driver", "clerk", "recruiter", "educator", "programmer", "planner", "controller", "auditor",
        ],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>The first line near the top that reads as a person's name.</summary>
    public static string? Find(IEnumerable<string> headerLines)
    {
        foreach (var line in headerLines)
        {
            var candidate = Candidate(line);
            if (candidate is not null)
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Fallback for layouts with no header block: a name-like line just above the email address.</summary>
    public static string? FindNear(IReadOnlyList<string> lines, string? email)
    {
        var at = email is null ? -1 : lines.ToList().FindIndex(l => l.Contains(email, StringComparison.Ordinal));
        var from = Math.Max(0, at - 4);
        var to = at < 0 ? Math.Min(lines.Count, 10) : at + 1;
        for (var i = from; i < to; i++)
        {
            var candidate = Candidate(lines[i]);
            if (candidate is not null)
            {
                return candidate;
            }
        }

        return null;
    }

    internal static string? Candidate(string line)
    {
        var text = ResumeText.StripMarkup(line);
        if (text.StartsWith("name:", StringComparison.OrdinalIgnoreCase))
        {
            text = text[5..].Trim();
        }

        var field = ResumeText.SplitFields(text).FirstOrDefault();
        if (field is null)
        {
            return null;
        }

        // "Jane Doe, RN" / "Jane Doe, MBA": credentials after the comma are not part of the name.
        var comma = field.IndexOf(',');
        if (comma > 0)
        {
            field = field[..comma].Trim();
        }

        var words = field.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 5 || !words.All(IsNameWord) || words.Any(w => _notNameWords.Contains(w.TrimEnd('.'))))
        {
            return null;
        }

        var capitalised = words.Count(w => char.IsUpper(w[0]));
        if (capitalised < 2 || SectionHeadings.TryMatch(field, out _, out _))
        {
            return null;
        }

        return words.All(w => w.Length == 1 || w.Where(char.IsLetter).All(char.IsUpper)) ? ToTitleCase(field) : field;
    }

    private static bool IsNameWord(string word)
    {
        if (_particles.Contains(word))
        {
            return true;
        }

        if (!char.IsUpper(word[0]) || !char.IsLetter(word[0]))
        {
            return false;
        }

        return word.All(c => char.IsLetter(c) || c is '-' or '\'' or '’' or '.');
    }

    private static string ToTitleCase(string name)
    {
        var chars = name.ToLowerInvariant().ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (i == 0 || chars[i - 1] is ' ' or '-' or '\'' or '’')
            {
                chars[i] = char.ToUpper(chars[i], CultureInfo.InvariantCulture);
            }
        }

        return new string(chars);
    }
}
