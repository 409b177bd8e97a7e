using RecruiterPortal.Core.Skills;

namespace RecruiterPortal.Core.Parsing;

/// <summary>Canonical skills of a resume: those its skills section lists first, then those named anywhere else.</summary>
internal static class SkillExtractor
{
    private const string SpokenLanguage = "spoken_language";

    private static readonly SectionKind[] _claimSections = [SectionKind.Skills, SectionKind.Languages, SectionKind.Certifications];

    private static readonly SectionKind[] _proseSections =
        [SectionKind.Summary, SectionKind.Experience, SectionKind.Projects, SectionKind.Education, SectionKind.Header, SectionKind.Other];

    public static List<string> Extract(ResumeSections sections, SkillTaxonomy taxonomy)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var skills = new List<string>();
        foreach (var kind in _claimSections)
        {
            Add(string.Join('\n', sections[kind]), allowLanguages: true);
        }

        foreach (var kind in _proseSections)
        {
            // A language in prose is usually a subject ("B.A. in English"), not a claim to speak it.
            Add(string.Join('\n', sections[kind]), allowLanguages: false);
        }

        return skills;

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
