using RecruiterPortal.Core.Skills;

namespace RecruiterPortal.Core.Parsing;

/// <summary>Canonical skills of a resume: those its skills section lists first, then those named anywhere else.</summary>
internal static class SkillExtractor
{
    private const string SpokenLanguage = "spoken_language";

    private static readonly SectionKind[] _claimSections = [SectionKind.Skills, SectionKind.Languages, SectionKind.Certifications];

    // Education is left out: a degree subject ("B.A. in Communication") is not a claim to the skill.
    private static readonly SectionKind[] _proseSections =
        [SectionKind.Summary, SectionKind.Experience, SectionKind.Projects, SectionKind.Header, SectionKind.Other];

    /// <summary>Skills in section order; the person's own name is skipped (Jasmine is a name before it is a framework).</summary>
    public static List<string> Extract(ResumeSections sections, SkillTaxonomy taxonomy, string? fullName)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var skills = new List<string>();
        foreach (var kind in _claimSections)
        {
            Add(Join(sections[kind]), allowLanguages: true);
        }

        foreach (var kind in _proseSections)
        {
            // A language in prose is usually a subject ("B.A. in English"), not a claim to speak it.
            Add(Join(sections[kind]), allowLanguages: false);
        }

        // Coursework is the one part of education that lists skills.
        Add(Join(sections[SectionKind.Education].Where(l => l.Contains("course", StringComparison.OrdinalIgnoreCase))), allowLanguages: false);

        return skills;

        // Lines joined with single spaces so a skill wrapped across lines ("LinkedIn Sales" / "Navigator") is found.
        string Join(IEnumerable<string> lines)
        {
            var text = string.Join(' ', lines.Select(l => l.Trim()));
            return string.IsNullOrWhiteSpace(fullName) ? text : text.Replace(fullName, " ", StringComparison.OrdinalIgnoreCase);
        }

        void Add(string text, bool allowLanguages)
        {
            foreach (var mention in taxonomy.FindMentions(text))
            {
                if ((allowLanguages || mention.Skill.Category != SpokenLanguage) && seen.Add(mention.Skill.Key))
                {
                    skills.Add(mention.Skill.Name);
                }
            }
        }
    }
}
