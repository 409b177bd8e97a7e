using System.Text;
using System.Text.RegularExpressions;
using RecruiterPortal.Core.Parsing;
using static RecruiterPortal.Core.Tailoring.MarkdownSections;

namespace RecruiterPortal.Core.Tailoring;

/// <summary>
/// The canonical Markdown form of a resume, which tailoring rewrites and the guard compares. One
/// fixed layout means a tailored version can be read back into the same structure and checked
/// field by field against the original.
/// </summary>
public static partial class ResumeMarkdown
{
    /// <summary>Writes a resume; <paramref name="keySkills"/> adds a "Key skills:" line at the top of Skills.</summary>
    public static string Render(ParsedResume resume, IReadOnlyList<string>? keySkills = null)
    {
        var sb = new StringBuilder();
        sb.Append("# ").AppendLine(OneLine(resume.FullName ?? ""));
        sb.AppendLine(ContactLine.Write(resume));

        if (!string.IsNullOrWhiteSpace(resume.Summary))
        {
            Heading(sb, Summary).AppendLine(OneLine(resume.Summary));
        }

        if (resume.Skills.Count > 0 || keySkills is { Count: > 0 })
        {
            Heading(sb, SkillsHeading);
            if (keySkills is { Count: > 0 })
            {
                sb.Append(KeySkillsLabel).Append(' ').AppendLine(string.Join(", ", keySkills.Select(OneLine)));
            }

            if (resume.Skills.Count > 0)
            {
                sb.AppendLine(string.Join(", ", resume.Skills.Select(OneLine)));
            }
        }

        if (resume.Experience.Count > 0)
        {
            Heading(sb, Experience);
            foreach (var job in resume.Experience)
            {
                WriteExperience(sb, job);
            }
        }

        if (resume.Education.Count > 0)
        {
            Heading(sb, Education);
            foreach (var school in resume.Education)
            {
                WriteEducation(sb, school);
            }
        }

        if (resume.Projects.Count > 0)
        {
            Heading(sb, Projects);
            foreach (var project in resume.Projects)
            {
                WriteProject(sb, project);
            }
        }

        WriteList(sb, Certifications, resume.Certifications);
        WriteList(sb, Languages, resume.Languages);
        return sb.ToString();
    }

    /// <summary>Reads canonical Markdown back into sections and entries.</summary>
    public static ResumeDocument Parse(string markdown) => MarkdownResumeReader.Read(markdown);

    /// <summary>Reads canonical Markdown back into a structured resume.</summary>
    public static ParsedResume ToResume(string markdown) => Parse(markdown).Resume;

    /// <summary>Collapses whitespace so a field always stays on its own line.</summary>
    internal static string OneLine(string text) => Whitespace().Replace(text, " ").Trim();

    /// <summary>The dates of an entry: "2019-01 – Present", "2019 – 2021", or a lone end date.</summary>
    internal static string? DateRange(string? start, string? end, bool isCurrent)
    {
        var last = isCurrent ? Present : end;
        if (string.IsNullOrWhiteSpace(start))
        {
            return string.IsNullOrWhiteSpace(last) ? null : last.Trim();
        }

        return $"{start.Trim()}{RangeSeparator}{last?.Trim()}".TrimEnd();
    }

    private static StringBuilder Heading(StringBuilder sb, string title) => sb.AppendLine().Append("## ").AppendLine(title);

    private static void WriteExperience(StringBuilder sb, ParsedExperience job)
    {
        sb.AppendLine().Append("### ").AppendLine(EntryHeading(job.Title, job.Company));
        var details = new[] { DateRange(job.StartDate, job.EndDate, job.IsCurrent), job.Location }
            .Where(d => !string.IsNullOrWhiteSpace(d)).Select(d => OneLine(d!)).ToList();
        if (details.Count > 0)
        {
            sb.AppendLine(string.Join(DetailSeparator, details));
        }

        foreach (var bullet in job.Bullets.Where(b => !string.IsNullOrWhiteSpace(b)))
        {
            sb.Append("- ").AppendLine(OneLine(bullet));
        }
    }

    private static void WriteEducation(StringBuilder sb, ParsedEducation school)
    {
        var degree = string.Join(" in ", new[] { school.Degree, school.FieldOfStudy }.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => OneLine(s!)));
        sb.AppendLine().Append("### ").AppendLine(EntryHeading(degree, school.Institution));
        var details = new[] { DateRange(school.StartDate, school.EndDate, false), string.IsNullOrWhiteSpace(school.Gpa) ? null : $"{GpaLabel} {OneLine(school.Gpa)}" }
            .Where(d => !string.IsNullOrWhiteSpace(d)).ToList();
        if (details.Count > 0)
        {
            sb.AppendLine(string.Join(DetailSeparator, details));
        }
    }

    private static void WriteProject(StringBuilder sb, ParsedProject project)
    {
        sb.AppendLine().Append("### ").AppendLine(OneLine(project.Name ?? ""));
        if (!string.IsNullOrWhiteSpace(project.Url))
        {
            sb.Append(LinkLabel).Append(' ').AppendLine(OneLine(project.Url));
        }

        if (!string.IsNullOrWhiteSpace(project.Description))
        {
            sb.AppendLine(OneLine(project.Description));
        }

        if (project.Technologies.Count > 0)
        {
            sb.Append(TechnologiesLabel).Append(' ').AppendLine(string.Join(", ", project.Technologies.Select(OneLine)));
        }
    }

    private static void WriteList(StringBuilder sb, string title, IReadOnlyList<string> items)
    {
        if (items.Count == 0)
        {
            return;
        }

        Heading(sb, title);
        foreach (var item in items.Where(i => !string.IsNullOrWhiteSpace(i)))
        {
            sb.Append("- ").AppendLine(OneLine(item));
        }
    }

    private static string EntryHeading(string? left, string? right)
    {
        left = string.IsNullOrWhiteSpace(left) ? "" : OneLine(left);
        right = string.IsNullOrWhiteSpace(right) ? "" : OneLine(right);
        return right.Length == 0 ? left : $"{left}{EntrySeparator}{right}".Trim();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
