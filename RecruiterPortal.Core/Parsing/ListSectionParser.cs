using RecruiterPortal.Core.Skills;

namespace RecruiterPortal.Core.Parsing;

/// <summary>Reads list sections (certifications, languages) whose items come one a line or comma separated.</summary>
internal static class ListSectionParser
{
    private const string SpokenLanguage = "spoken_language";

    /// <summary>
    /// Certifications one an item. Dashes stay inside an item ("ACLS – American Heart Association"),
    /// and a name wrapped over two lines in a narrow column is joined again.
    /// </summary>
    public static List<string> Certifications(IEnumerable<string> lines, SkillTaxonomy taxonomy) =>
        Items(JoinWrapped(lines, taxonomy), splitCommas: false, splitDashes: false).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>
    /// Spoken languages, with their level as written ("Spanish (fluent)"). Items the taxonomy knows as
    /// something else (a "Languages: Python, Go" line) are not spoken languages.
    /// </summary>
    public static List<string> Languages(IEnumerable<string> lines, SkillTaxonomy taxonomy) =>
        Items(lines, splitCommas: true, splitDashes: true)
            .Where(item =>
            {
                var mentions = taxonomy.FindMentions(item);
                return mentions.Count == 0 ? item.Split(' ').Length <= 4 : mentions[0].Skill.Category == SpokenLanguage;
            })
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();

    /// <summary>Joins a line to the next when a known name runs across the break ("Certified Kubernetes" / "Administrator").</summary>
    private static List<string> JoinWrapped(IEnumerable<string> lines, SkillTaxonomy taxonomy)
    {
        var joined = new List<string>();
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (joined.Count > 0 && !ResumeText.IsBullet(line))
            {
                var previous = joined[^1];
                var both = previous + " " + line;
                if (taxonomy.FindMentions(both).Any(m => m.Start < previous.Length && m.Start + m.Length > previous.Length + 1))
                {
                    joined[^1] = both;
                    continue;
                }
            }

            joined.Add(line);
        }

        return joined;
    }

    private static IEnumerable<string> Items(IEnumerable<string> lines, bool splitCommas, bool splitDashes)
    {
        foreach (var raw in lines)
        {
            var line = ResumeText.StripMarkup(ResumeText.StripBullet(raw));
            if (line.Length == 0)
            {
                continue;
            }

            var fields = (splitDashes ? ResumeText.SplitFields(line) : [line])
                .SelectMany(f => f.Split(['•', ';', '·', '|'], StringSplitOptions.TrimEntries));
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
