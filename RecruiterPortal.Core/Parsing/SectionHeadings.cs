using System.Collections.Frozen;
using System.Text;

namespace RecruiterPortal.Core.Parsing;

/// <summary>Recognises section headings in their many spellings ("WORK HISTORY", "Core Competencies:", "## Education").</summary>
internal static class SectionHeadings
{
    private const int MaxHeadingLength = 48;

    private static readonly FrozenDictionary<string, SectionKind> _headings = Build(new()
    {
        [SectionKind.Summary] =
        [
            "summary", "professional summary", "career summary", "executive summary", "profile", "professional profile",
            "career profile", "objective", "career objective", "professional objective", "about", "about me",
            "personal statement", "overview", "summary of qualifications", "qualifications summary", "introduction",
        ],
        [SectionKind.Experience] =
        [
            "experience", "work experience", "professional experience", "relevant experience", "work history",
            "employment", "employment history", "career history", "professional background", "professional history",
            "career experience", "positions held", "clinical experience", "teaching experience", "sales experience",
            "related experience", "industry experience", "experience history", "internships", "internship experience",
            "volunteer experience", "leadership experience", "work", "professional employment", "relevant work experience",
            "nursing experience", "management experience", "technical experience", "employment experience",
        ],
        [SectionKind.Education] =
        [
            "education", "academic background", "academic history", "educational background", "education and training",
            "academics", "academic qualifications", "educational qualifications", "education history", "degrees",
            "education and certifications", "training and education", "formal education",
        ],
        [SectionKind.Skills] =
        [
            "skills", "technical skills", "core competencies", "competencies", "key skills", "areas of expertise",
            "expertise", "skills and abilities", "technologies", "tech stack", "technical proficiencies", "tools",
            "tools and technologies", "skill set", "skillset", "skills summary", "clinical skills", "core skills",
            "professional skills", "computer skills", "software", "strengths", "specialties", "key competencies",
            "skills and expertise", "technical expertise", "relevant skills", "skills and tools", "capabilities",
            "software and tools", "systems", "technical competencies", "qualifications", "skills and competencies",
        ],
        [SectionKind.Projects] =
        [
            "projects", "personal projects", "selected projects", "key projects", "academic projects", "side projects",
            "open source", "open source projects", "portfolio", "project experience", "notable projects",
        ],
        [SectionKind.Certifications] =
        [
            "certifications", "certification", "certificates", "licenses", "licenses and certifications",
            "certifications and licenses", "licensure", "credentials", "professional certifications",
            "licenses and certificates", "certifications and training", "licensure and certifications",
            "certificates and licenses", "professional licenses",
        ],
        [SectionKind.Languages] = ["languages", "language skills", "spoken languages", "language proficiency", "language"],
        [SectionKind.Other] =
        [
            "references", "interests", "hobbies", "hobbies and interests", "awards", "honors", "honors and awards",
            "awards and honors", "publications", "activities", "achievements", "key achievements", "affiliations",
            "memberships", "professional affiliations", "volunteering", "volunteer work", "additional information",
            "contact", "contact information", "contact details", "personal details", "personal information",
            "conferences", "presentations", "research", "community involvement", "extracurricular activities",
        ],
    });

    /// <summary>
    /// Whether a line is a section heading. A heading may carry content after a colon
    /// ("Skills: Python, SQL"); that content comes back in <paramref name="rest"/>.
    /// </summary>
    public static bool TryMatch(string line, out SectionKind kind, out string rest)
    {
        kind = SectionKind.Other;
        rest = "";
        var trimmed = line.Trim();
        if (trimmed.Length == 0)
        {
            return false;
        }

        if (trimmed.Length <= MaxHeadingLength * 2 && Lookup(Key(trimmed), out kind))
        {
            return true;
        }

        var colon = trimmed.IndexOf(':');
        if (colon > 0 && colon <= MaxHeadingLength && Lookup(Key(trimmed[..colon]), out kind))
        {
            rest = trimmed[(colon + 1)..].Trim();
            return true;
        }

        return false;
    }

    /// <summary>Whether a line only draws a rule under or between headings (-----, =====, ____).</summary>
    public static bool IsRule(string line)
    {
        var trimmed = line.Trim();
        return trimmed.Length >= 3 && trimmed.All(c => c is '-' or '=' or '_' or '*' or '~' or '─' or '━' or '═' or '—' or '–' or '·' or '•');
    }

    /// <summary>Known headings, and pairs led by one ("Skills &amp; Equipment", "Awards and Honors").</summary>
    private static bool Lookup(string key, out SectionKind kind)
    {
        if (_headings.TryGetValue(key, out kind))
        {
            return true;
        }

        var and = key.IndexOf(" and ", StringComparison.Ordinal);
        return and > 0 && (_headings.TryGetValue(key[..and], out kind) || _headings.TryGetValue(key[(and + 5)..], out kind));
    }

    private static string Key(string text)
    {
        var letters = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                letters.Append(char.ToLowerInvariant(c));
            }
            else if (c == '&' || c == '+')
            {
                letters.Append(" and ");
            }
            else if (char.IsWhiteSpace(c) || c is '/' or '-')
            {
                letters.Append(' ');
            }
            else if (char.IsDigit(c))
            {
                // Headings have no digits; keeping one makes the key miss on purpose.
                letters.Append(c);
            }
        }

        var words = letters.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length >= 4 && words.All(w => w.Length == 1))
        {
            // Letter-spaced headings: "E X P E R I E N C E".
            return string.Concat(words);
        }

        return words.Length > 6 ? "" : string.Join(' ', words);
    }

    private static FrozenDictionary<string, SectionKind> Build(Dictionary<SectionKind, string[]> headings) =>
        headings.SelectMany(h => h.Value.Select(v => (v, h.Key))).ToFrozenDictionary(p => p.v, p => p.Key, StringComparer.Ordinal);
}
