using System.Text.RegularExpressions;
using RecruiterPortal.Core.Skills;

namespace RecruiterPortal.Core.Parsing;

/// <summary>Turns the projects section into projects with the technologies they name.</summary>
internal static partial class ProjectParser
{
    [GeneratedRegex(@"(?:https?://|www\.)[^\s|,;()<>]+|\b(?:github\.com|gitlab\.com)/[^\s|,;()<>]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 200)]
    private static partial Regex UrlRegex();

    public static List<ParsedProject> Parse(IEnumerable<string> lines, SkillTaxonomy taxonomy)
    {
        var projects = new List<ParsedProject>();
        foreach (var entry in EntryGrouper.Group(lines, allowSingleDates: true))
        {
            var header = string.Join(" | ", entry.HeaderLines);
            var all = string.Join(' ', entry.HeaderLines.Concat(entry.Details));
            var url = UrlRegex().Match(all);
            var fields = ResumeText.SplitFields(url.Success ? header.Replace(url.Value, "", StringComparison.Ordinal) : header);
            var name = fields.FirstOrDefault()?.TrimEnd(':');
            var colon = name?.IndexOf(": ", StringComparison.Ordinal) ?? -1;
            var description = new List<string>();
            if (colon > 0)
            {
                // "Name: what it does" on one line.
                description.Add(name![(colon + 2)..]);
                name = name[..colon];
            }

            description.AddRange(fields.Skip(1).Where(f => taxonomy.FindMentions(f).Count == 0 || f.Split(' ').Length > 6));
            description.AddRange(entry.Details);
            if (string.IsNullOrWhiteSpace(name) && description.Count == 0)
            {
                continue;
            }

            projects.Add(new ParsedProject
            {
                Name = string.IsNullOrWhiteSpace(name) ? null : name,
                Description = description.Count == 0 ? null : string.Join(' ', description),
                Technologies = taxonomy.FindMentions(all).Select(m => m.Skill.Name).Distinct(StringComparer.Ordinal).ToList(),
                Url = url.Success ? url.Value.TrimEnd('.') : null,
            });
        }

        return projects;
    }
}
