using System.Text.RegularExpressions;
using RecruiterPortal.Core.Skills;
using RecruiterPortal.Core.Tailoring;
using static RecruiterPortal.Core.Tailoring.GuardViolationTypes;

namespace RecruiterPortal.Core.CoverLetters;

/// <summary>
/// <see cref="TailoringGuard"/>'s rules for a letter instead of a resume: a cover letter may state
/// only what the candidate's resume supports. It must name no skill the resume does not evidence,
/// no figure or date the resume lacks, no employer or school other than the resume's (and the job's
/// own company), no job title other than the resume's and the job's, and no email address the
/// resume does not have. The job's title and company are the letter's subject, so they are allowed.
/// Organisations are found by their capitalised names after "at", "with", "for", "joined" and
/// "from"; titles by "as a …". Deterministic: the same letter gives the same report.
/// </summary>
public sealed partial class CoverLetterGuard(SkillTaxonomy taxonomy)
{
    public GuardReport Verify(string resumeMarkdown, string letter, string? jobTitle, string? jobCompany)
    {
        var resume = ResumeMarkdown.Parse(resumeMarkdown).Resume;
        var violations = new List<GuardViolation>();

        // The job's own title and company are what the letter is about, not claims about the candidate.
        var claims = letter;
        foreach (var subject in new[] { jobTitle, jobCompany }.Where(s => !string.IsNullOrWhiteSpace(s)).OrderByDescending(s => s!.Length))
        {
            claims = claims.Replace(subject!.Trim(), " ", StringComparison.OrdinalIgnoreCase);
        }

        var dates = Figures.Dates(resumeMarkdown).ToHashSet(StringComparer.Ordinal);
        foreach (var date in Figures.Dates(claims).Where(d => !dates.Contains(d)))
        {
            violations.Add(new GuardViolation(NewDate, date, $"'{date}' is a date the resume never mentions"));
        }

        var numbers = Figures.Numbers(resumeMarkdown).Select(Figures.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var number in Figures.Numbers(claims).Where(n => !numbers.Contains(Figures.Key(n))))
        {
            violations.Add(new GuardViolation(NewNumber, number, $"'{number}' is a figure the resume does not contain"));
        }

        var evidenced = taxonomy.FindMentions(InstructionText.WithoutInstructions(resumeMarkdown)).Select(m => m.Skill.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var mention in taxonomy.FindMentions(claims).DistinctBy(m => m.Skill.Name).Where(m => !evidenced.Contains(m.Skill.Name)))
        {
            violations.Add(new GuardViolation(NewSkill, mention.MatchedText, $"'{mention.Skill.Name}' is a skill the resume never mentions"));
        }

        var organisations = resume.Experience.Select(e => e.Company).Concat(resume.Education.Select(e => e.Institution))
            .Concat(resume.Projects.Select(p => p.Name)).Concat(resume.Certifications).Append(jobCompany)
            .Where(o => !string.IsNullOrWhiteSpace(o)).Select(o => Normalize(o!)).ToList();
        foreach (Match match in OrganisationPattern().Matches(letter))
        {
            var name = Trim(match.Groups["name"].Value);
            if (name.Length == 0 || IsKnown(name, organisations) || taxonomy.FindMentions(name).Count > 0 || CommonWords.Contains(name.Split(' ')[0]))
            {
                continue;
            }

            violations.Add(new GuardViolation(NewEmployer, name, $"'{name}' is not an employer or school in the resume"));
        }

        var titles = resume.Experience.Select(e => e.Title).Append(jobTitle).Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => Normalize(t!)).ToList();
        foreach (Match match in TitlePattern().Matches(letter))
        {
            var title = Trim(match.Groups["title"].Value);
            if (title.Length > 0 && !IsKnown(title, titles) && !CommonWords.Contains(title.Split(' ')[0]))
            {
                violations.Add(new GuardViolation(NewTitle, title, $"'{title}' is not a job title in the resume"));
            }
        }

        var emails = EmailPattern().Matches(resumeMarkdown).Select(m => m.Value.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        foreach (Match email in EmailPattern().Matches(letter))
        {
            if (!emails.Contains(email.Value.ToLowerInvariant()))
            {
                violations.Add(new GuardViolation(ContactChanged, email.Value, $"The email address '{email.Value}' is not the resume's"));
            }
        }

        return new GuardReport(violations.DistinctBy(v => (v.Type, v.Text)).ToList());
    }

    /// <summary>Capitalised words that start a phrase after "at"/"with" without naming an organisation.</summary>
    private static readonly HashSet<string> CommonWords = new(StringComparer.Ordinal)
    {
        "I", "My", "The", "This", "That", "These", "Your", "Our", "You", "We", "A", "An", "It", "Its", "Their", "Hiring", "Team", "All", "Each", "Every",
        "Thanks", "Thank", "Dear", "Best", "Kind", "Sincerely", "Regards", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
    };

    private static bool IsKnown(string name, IReadOnlyList<string> known)
    {
        var n = Normalize(name);
        return known.Any(k => k == n || (k.Length > 0 && (k.StartsWith(n + " ", StringComparison.Ordinal) || n.StartsWith(k + " ", StringComparison.Ordinal) || k.Contains(n, StringComparison.Ordinal))));
    }

    private static string Trim(string value) => value.Trim().TrimEnd('.', ',', ';', ':', '\'', '’').Trim();

    private static string Normalize(string value) =>
        Regex.Replace(value.ToLowerInvariant().Replace('’', '\''), @"[^a-z0-9&+#' ]+", " ").Trim() is var s ? Regex.Replace(s, @"\s+", " ") : "";

    [GeneratedRegex(@"\b(?:[Aa]t|[Ww]ith|[Ff]or|[Jj]oined|[Ff]rom)\s+(?<name>(?:[A-Z][\w&'’+-]*(?:\.[\w&'’+-]+)*)(?:[ \t]+(?:(?!I\b)[A-Z][\w&'’+-]*(?:\.[\w&'’+-]+)*|&|of|and(?=\s+[A-Z])))*)")]
    private static partial Regex OrganisationPattern();

    [GeneratedRegex(@"\b(?:as|As)\s+(?:an?\s+|the\s+)?(?<title>(?:[A-Z][\w&'’/+-]*)(?:[ \t]+(?:(?!I\b)[A-Z][\w&'’/+-]*|of|and(?=\s+[A-Z])))*)")]
    private static partial Regex TitlePattern();

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")]
    private static partial Regex EmailPattern();
}
