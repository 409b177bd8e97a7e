using System.Text.RegularExpressions;
using RecruiterPortal.Core.Parsing;
using static RecruiterPortal.Core.Tailoring.MarkdownSections;

namespace RecruiterPortal.Core.Tailoring;

/// <summary>Reads the layout <see cref="ResumeMarkdown.Render"/> writes back into a resume.</summary>
internal static partial class MarkdownResumeReader
{
    public static ResumeDocument Read(string markdown)
    {
        var lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var resume = new ParsedResume();
        var sections = new List<string>();
        var bodyStart = 0;
        var i = 0;
        while (i < lines.Length && lines[i].Trim().Length == 0)
        {
            i++;
        }

        if (i < lines.Length && lines[i].StartsWith("# ", StringComparison.Ordinal))
        {
            var name = lines[i][2..].Trim();
            resume = resume with { FullName = name.Length == 0 ? null : name };
            i++;
            if (i < lines.Length && !lines[i].StartsWith('#') && lines[i].Trim().Length > 0)
            {
                resume = ContactLine.Read(lines[i], resume);
                i++;
            }

            bodyStart = i;
        }

        // Group the rest by "## " heading, then by "### " entry.
        var blocks = new List<(string Heading, List<List<string>> Entries)>();
        for (; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd();
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                blocks.Add((line[3..].Trim(), [[]]));
                sections.Add(line[3..].Trim());
            }
            else if (blocks.Count > 0 && line.StartsWith("### ", StringComparison.Ordinal))
            {
                blocks[^1].Entries.Add([line]);
            }
            else if (blocks.Count > 0 && line.Trim().Length > 0)
            {
                blocks[^1].Entries[^1].Add(line.Trim());
            }
        }

        IReadOnlyList<string> keySkills = [];
        foreach (var (heading, entries) in blocks)
        {
            var loose = entries[0];
            var items = entries.Skip(1).ToList();
            switch (heading)
            {
                case Summary:
                    resume = resume with { Summary = loose.Count == 0 ? null : string.Join(' ', loose) };
                    break;
                case SkillsHeading:
                    keySkills = SplitList(loose.Where(IsKeySkills).Select(l => l[KeySkillsLabel.Length..]));
                    resume = resume with { Skills = SplitList(loose.Where(l => !IsKeySkills(l)).Select(Unbullet)) };
                    break;
                case Experience:
                    resume = resume with { Experience = items.Select(ReadExperience).ToList() };
                    break;
                case Education:
                    resume = resume with { Education = items.Select(ReadEducation).ToList() };
                    break;
                case Projects:
                    resume = resume with { Projects = items.Select(ReadProject).ToList() };
                    break;
                case Certifications:
                    resume = resume with { Certifications = loose.Select(Unbullet).ToList() };
                    break;
                case Languages:
                    resume = resume with { Languages = loose.Select(Unbullet).ToList() };
                    break;
            }
        }

        return new ResumeDocument
        {
            Resume = resume,
            KeySkills = keySkills,
            Sections = sections,
            Body = string.Join('\n', lines.Skip(bodyStart)),
        };
    }

    private static ParsedExperience ReadExperience(List<string> entry)
    {
        var (title, company) = SplitHeading(entry[0]);
        var job = new ParsedExperience { Title = title, Company = company };
        var bullets = new List<string>();
        foreach (var line in entry.Skip(1))
        {
            if (line.StartsWith("- ", StringComparison.Ordinal))
            {
                bullets.Add(line[2..].Trim());
                continue;
            }

            foreach (var part in line.Split(DetailSeparator))
            {
                if (TryReadDates(part, out var start, out var end, out var current))
                {
                    job = job with { StartDate = start, EndDate = end, IsCurrent = current };
                }
                else
                {
                    job = job with { Location = part.Trim() };
                }
            }
        }

        return job with { Bullets = bullets };
    }

    private static ParsedEducation ReadEducation(List<string> entry)
    {
        var (degreeText, institution) = SplitHeading(entry[0]);
        string? degree = degreeText, field = null;
        var at = degreeText?.IndexOf(" in ", StringComparison.Ordinal) ?? -1;
        if (at > 0)
        {
            degree = degreeText![..at].Trim();
            field = degreeText[(at + 4)..].Trim();
        }

        var school = new ParsedEducation { Degree = degree, FieldOfStudy = field, Institution = institution };
        foreach (var part in entry.Skip(1).SelectMany(l => l.Split(DetailSeparator)))
        {
            if (part.StartsWith(GpaLabel + " ", StringComparison.Ordinal))
            {
                school = school with { Gpa = part[(GpaLabel.Length + 1)..].Trim() };
            }
            else if (TryReadDates(part, out var start, out var end, out _))
            {
                school = school with { StartDate = start, EndDate = end };
            }
        }

        return school;
    }

    private static ParsedProject ReadProject(List<string> entry)
    {
        var name = entry[0][4..].Trim();
        var project = new ParsedProject { Name = name.Length == 0 ? null : name };
        var description = new List<string>();
        foreach (var line in entry.Skip(1))
        {
            if (line.StartsWith(LinkLabel + " ", StringComparison.Ordinal))
            {
                project = project with { Url = line[(LinkLabel.Length + 1)..].Trim() };
            }
            else if (line.StartsWith(TechnologiesLabel, StringComparison.Ordinal))
            {
                project = project with { Technologies = SplitList([line[TechnologiesLabel.Length..]]) };
            }
            else
            {
                description.Add(line);
            }
        }

        return project with { Description = description.Count == 0 ? null : string.Join(' ', description) };
    }

    private static (string? Left, string? Right) SplitHeading(string heading)
    {
        var text = heading[4..].Trim();
        var at = text.IndexOf('—', StringComparison.Ordinal);
        if (at < 0)
        {
            return (NullIfEmpty(text), null);
        }

        return (NullIfEmpty(text[..at].Trim()), NullIfEmpty(text[(at + 1)..].Trim()));
    }

    private static bool TryReadDates(string part, out string? start, out string? end, out bool current)
    {
        part = part.Trim();
        start = end = null;
        current = false;
        var dash = part.IndexOf('–', StringComparison.Ordinal);
        if (dash < 0)
        {
            if (part == Present)
            {
                current = true;
                return true;
            }

            end = part;
            return LoneDate().IsMatch(part);
        }

        start = NullIfEmpty(part[..dash].Trim());
        var last = part[(dash + 1)..].Trim();
        current = last == Present;
        end = current ? null : NullIfEmpty(last);
        return true;
    }

    private static bool IsKeySkills(string line) => line.StartsWith(KeySkillsLabel, StringComparison.Ordinal);

    private static string Unbullet(string line) => line.StartsWith("- ", StringComparison.Ordinal) ? line[2..].Trim() : line;

    private static List<string> SplitList(IEnumerable<string> lines) =>
        lines.SelectMany(l => l.Split(", ")).Select(s => s.Trim()).Where(s => s.Length > 0).ToList();

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    [GeneratedRegex(@"^\d{4}(-\d{2})?$")]
    private static partial Regex LoneDate();
}
