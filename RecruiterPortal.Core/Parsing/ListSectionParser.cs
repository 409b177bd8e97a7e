using RecruiterPortal.Core.Skills;

namespace RecruiterPortal.Core.Parsing;

/// <summary>Reads list sections (certifications, languages) whose items come one a line or comma separated.</summary>
internal static class ListSectionParser
{
    private const string SpokenLanguage = "spoken_language";

    public static List<string> Certifications(IEnumerable<string> lines) =>
        Items(lines, splitCommas: false).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>
    /// Spoken languages, with their level as written ("Spanish (fluent)"). Items the taxonomy knows as
    /// something else (a "Languages: Python, Go" line) are not spoken languages.
    /// </summary>
    public static List<string> Languages(IEnumerable<string> lines, SkillTaxonomy taxonomy) =>
        Items(lines, splitCommas: true)
            .Where(item =>
            {
                var mentions = taxonomy.FindMentions(item);
                return mentions.Count == 0 ? item.Split(' ').Length <= 4 : mentions[0].Skill.Category == SpokenLanguage;
            })
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();

    private static IEnumerable<string> Items(IEnumerable<string> lines, bool splitCommas)
    {
        foreach (var raw in lines)
        {
            var line = ResumeText.StripMarkup(ResumeText.StripBullet(raw));
            if (line.Length == 0)
            {
                continue;
            }

            var fields = ResumeText.SplitFields(line).SelectMany(f => f.Split(['•', ';', '·'], StringSplitOptions.TrimEntries));
            foreach (var field in fields)
            {
                var parts = field.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                // Commas separate items in a list of short names, but are part of a certification line
                // like "Registered Nurse, Texas Board of Nursing, 2019".
                var isList = splitCommas || (parts.Length >= 3 && parts.All(p => p.Split(' ').Length <= 4 && !DateRangeParser.Contains(p, true)));
                foreach (var item in isList ? parts : [field])
                {
                    var clean = item.Trim(' ', '-', '–', '|', '.');
                    if (clean.Length > 1)
                    {
                        yield return clean;
                    }
                }
            }
        }
    }
}
