using RecruiterPortal.Core.Parsing;
using RecruiterPortal.Core.Skills;
using static RecruiterPortal.Core.Tailoring.GuardViolationTypes;

namespace RecruiterPortal.Core.Tailoring;

/// <summary>
/// Checks that a tailored resume claims nothing the original does not: no employer, title, date,
/// degree, school, certification, figure or skill that is not already there, the same contact
/// details, and (when experience must be kept) every original section and position still present.
/// Deterministic, so the same pair always gives the same report in the same order.
/// </summary>
public sealed class TailoringGuard(SkillTaxonomy taxonomy)
{
    public GuardReport Verify(string originalMarkdown, string tailoredMarkdown, bool preserveExperience = true)
    {
        var original = ResumeMarkdown.Parse(originalMarkdown);
        var tailored = ResumeMarkdown.Parse(tailoredMarkdown);
        var violations = new List<GuardViolation>();
        CheckContact(original.Resume, tailored.Resume, violations);
        CheckExperience(original.Resume, tailored.Resume, violations);
        CheckEducation(original.Resume, tailored.Resume, violations);
        CheckNew(NewCertification, original.Resume.Certifications, tailored.Resume.Certifications,
            c => $"'{c}' is not a certification in the original resume", violations);
        CheckFigures(original.Body, tailored.Body, violations);
        CheckSkills(originalMarkdown, tailoredMarkdown, violations);
        if (preserveExperience)
        {
            CheckDropped(original, tailored, violations);
        }

        return new GuardReport(violations);
    }

    private static void CheckContact(ParsedResume original, ParsedResume tailored, List<GuardViolation> violations)
    {
        Compare("name", original.FullName, tailored.FullName, Same);
        Compare("email address", original.Email, tailored.Email, Same);
        Compare("phone number", original.Phone, tailored.Phone, (a, b) => Digits(a) == Digits(b));
        Compare("location", original.Location, tailored.Location, Same);
        Compare("LinkedIn link", original.LinkedinUrl, tailored.LinkedinUrl, Same);
        Compare("GitHub link", original.GithubUrl, tailored.GithubUrl, Same);
        Compare("website", original.Website, tailored.Website, Same);

        void Compare(string label, string? before, string? after, Func<string, string, bool> same)
        {
            if (same(before ?? "", after ?? ""))
            {
                return;
            }

            var detail = string.IsNullOrWhiteSpace(after) ? $"The {label} '{before}' was removed"
                : string.IsNullOrWhiteSpace(before) ? $"The {label} '{after}' was added; the original resume has none"
                : $"The {label} was changed from '{before}' to '{after}'";
            violations.Add(new GuardViolation(ContactChanged, after ?? "", detail));
        }
    }

    private static void CheckExperience(ParsedResume original, ParsedResume tailored, List<GuardViolation> violations)
    {
        CheckNew(NewEmployer, original.Experience.Select(e => e.Company), tailored.Experience.Select(e => e.Company),
            c => $"'{c}' is not an employer in the original resume", violations);
        CheckNew(NewTitle, original.Experience.Select(e => e.Title), tailored.Experience.Select(e => e.Title),
            t => $"'{t}' is not a job title in the original resume", violations);

        // A position kept under its own title and employer must keep its own dates too; moving dates
        // between positions would otherwise pass the text-level check.
        foreach (var job in tailored.Experience)
        {
            var match = original.Experience.FirstOrDefault(o => Same(o.Title, job.Title) && Same(o.Company, job.Company));
            var before = ResumeMarkdown.DateRange(match?.StartDate, match?.EndDate, match?.IsCurrent ?? false);
            var after = ResumeMarkdown.DateRange(job.StartDate, job.EndDate, job.IsCurrent);
            if (match is not null && !Same(before, after))
            {
                violations.Add(new GuardViolation(NewDate, after ?? "",
                    $"The dates of '{Label(job.Title, job.Company)}' were changed from '{before ?? "none"}' to '{after ?? "none"}'"));
            }
        }
    }

    private static void CheckEducation(ParsedResume original, ParsedResume tailored, List<GuardViolation> violations)
    {
        CheckNew(NewDegree, original.Education.Select(Degree), tailored.Education.Select(Degree),
            d => $"'{d}' is not a degree in the original resume", violations);
        CheckNew(NewInstitution, original.Education.Select(e => e.Institution), tailored.Education.Select(e => e.Institution),
            i => $"'{i}' is not a school in the original resume", violations);
    }

    private static void CheckFigures(string original, string tailored, List<GuardViolation> violations)
    {
        var dates = Figures.Dates(original).ToHashSet(StringComparer.Ordinal);
        foreach (var date in Figures.Dates(tailored).Where(d => !dates.Contains(d)))
        {
            violations.Add(new GuardViolation(NewDate, date, $"'{date}' is a date the original resume never mentions"));
        }

        var numbers = Figures.Numbers(original).Select(Figures.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var number in Figures.Numbers(tailored).Where(n => !numbers.Contains(Figures.Key(n))))
        {
            violations.Add(new GuardViolation(NewNumber, number, $"'{number}' is a figure the original resume does not contain"));
        }
    }

    /// <summary>Skills are compared through the taxonomy, so "JS" in the original supports "JavaScript".</summary>
    private void CheckSkills(string original, string tailored, List<GuardViolation> violations)
    {
        // A sentence that reads like an order ("add Kubernetes as a skill") is no evidence of the skill,
        // and repeating it unchanged in the tailored version is not a claim either.
        var evidenced = taxonomy.FindMentions(InstructionText.WithoutInstructions(original)).Select(m => m.Skill.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var mention in taxonomy.FindMentions(InstructionText.WithoutInstructions(tailored)).DistinctBy(m => m.Skill.Name).Where(m => !evidenced.Contains(m.Skill.Name)))
        {
            var alias = Same(mention.MatchedText, mention.Skill.Name) ? "" : $" ('{mention.MatchedText}')";
            violations.Add(new GuardViolation(NewSkill, mention.MatchedText,
                $"'{mention.Skill.Name}'{alias} is a skill the original resume never mentions"));
        }
    }

    private static void CheckDropped(ResumeDocument original, ResumeDocument tailored, List<GuardViolation> violations)
    {
        foreach (var section in original.Sections.Where(s => !tailored.Sections.Contains(s, StringComparer.OrdinalIgnoreCase)))
        {
            violations.Add(new GuardViolation(SectionDropped, section, $"The '{section}' section of the original resume is missing"));
        }

        foreach (var job in original.Resume.Experience.Where(o => !tailored.Resume.Experience.Any(t => Same(o.Title, t.Title) && Same(o.Company, t.Company))))
        {
            var label = Label(job.Title, job.Company);
            violations.Add(new GuardViolation(SectionDropped, label, $"The position '{label}' from the original resume is missing"));
        }
    }

    private static void CheckNew(string type, IEnumerable<string?> original, IEnumerable<string?> tailored, Func<string, string> explain,
        List<GuardViolation> violations)
    {
        var known = original.Where(v => !string.IsNullOrWhiteSpace(v)).Select(Normalize).ToHashSet(StringComparer.Ordinal);
        foreach (var value in tailored.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).Distinct(StringComparer.Ordinal))
        {
            if (!known.Contains(Normalize(value)))
            {
                violations.Add(new GuardViolation(type, value, explain(value)));
            }
        }
    }

    private static string? Degree(ParsedEducation e) =>
        string.Join(" in ", new[] { e.Degree, e.FieldOfStudy }.Where(s => !string.IsNullOrWhiteSpace(s)));

    private static string Label(string? title, string? company) =>
        string.Join(" at ", new[] { title, company }.Where(s => !string.IsNullOrWhiteSpace(s)));

    private static bool Same(string? a, string? b) => Normalize(a) == Normalize(b);

    private static string Normalize(string? text) => ResumeMarkdown.OneLine(text ?? "").ToLowerInvariant();

    private static string Digits(string text) => new(text.Where(char.IsDigit).ToArray());
}
