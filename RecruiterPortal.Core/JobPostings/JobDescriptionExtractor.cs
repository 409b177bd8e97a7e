using System.Text.RegularExpressions;
using RecruiterPortal.Core.Skills;

namespace RecruiterPortal.Core.JobPostings;

/// <summary>
/// Reads a job description's text into a <see cref="JobProfile"/>. Skills are split by where and
/// how they are asked for: a "Nice to have" section or "is a plus" wording makes a skill preferred;
/// a requirements section or "must"/"required" wording makes it required; skills named elsewhere
/// in the job's own description (title, duties) count as required unless also asked as optional.
/// Deterministic: the same text always gives the same profile.
/// </summary>
public sealed partial class JobDescriptionExtractor(SkillTaxonomy taxonomy)
{
    private readonly KeyPhraseExtractor _keyPhrases = new(taxonomy);

    /// <summary>Extracts a profile from plain text; an optional title overrides the first-line guess.</summary>
    public JobProfile Extract(string text, string? title = null)
    {
        var lines = SplitLines(text);
        var resolvedTitle = CleanTitle(title) ?? GuessTitle(lines);
        var skills = new SkillBuckets();
        foreach (var mention in taxonomy.FindMentions(resolvedTitle ?? ""))
        {
            // The title names the work, not how firmly each skill is asked: "(B2B SaaS)" in a title
            // can still be "ideally SaaS" in the requirements.
            skills.Add(mention.Skill.Name, SkillStrength.Implied);
        }

        var requirementLines = new List<string>();
        var benefits = new List<string>();
        var requiredYears = (double?)null;
        var educationLevels = new List<EducationLevel>();
        string? educationField = null;
        var section = JobSection.Intro;
        var firstContent = resolvedTitle is not null && title is null ? 1 : 0;
        foreach (var raw in lines.Skip(firstContent))
        {
            var lineSection = section;
            var content = raw;
            var isBullet = Bullet().IsMatch(raw);
            if (JobSectionHeaders.TryRead(raw, out var heading, out var rest))
            {
                if (!isBullet || rest.Length == 0)
                {
                    section = heading;
                }

                lineSection = heading;
                content = rest;
                if (content.Length == 0)
                {
                    continue;
                }
            }

            content = Bullet().Replace(content, "").Trim();
            if (lineSection is JobSection.Benefits || (lineSection is not JobSection.About && JobTextPatterns.IsBenefitLine(content)))
            {
                benefits.Add(content);
                continue;
            }

            if (lineSection is JobSection.About)
            {
                continue;
            }

            if (isBullet || lineSection is JobSection.Required or JobSection.Preferred or JobSection.Responsibilities)
            {
                requirementLines.Add(content);
            }

            foreach (var clause in JobClauses.Split(content))
            {
                var strength = Classify(clause, lineSection);
                foreach (var mention in taxonomy.FindMentions(clause))
                {
                    skills.Add(mention.Skill.Name, strength);
                }

                var years = strength == SkillStrength.Preferred ? null : JobTextPatterns.MinYears(clause);
                if (years is not null && (requiredYears is null || years > requiredYears))
                {
                    requiredYears = years;
                }

                // "Associate degree required, BSN preferred": each degree carries its own cue.
                foreach (var part in clause.Split(','))
                {
                    var levels = EducationLevels.Mentioned(part).ToList();
                    var partStrength = JobClauses.HasPreferredCue(part) ? SkillStrength.Preferred
                        : JobClauses.HasRequiredCue(part) ? SkillStrength.Required : strength;
                    if (levels.Count > 0 && partStrength != SkillStrength.Preferred)
                    {
                        educationLevels.Add(levels.Min());
                        educationField ??= EducationLevels.FieldOfStudy(clause);
                    }
                }
            }
        }

        var seniority = SeniorityLevels.FromTitle(resolvedTitle);
        if (seniority == Seniority.Unknown)
        {
            seniority = SeniorityLevels.FromText(text, requiredYears);
        }

        return new JobProfile
        {
            Title = resolvedTitle ?? "",
            RequirementLines = requirementLines,
            RequiredSkills = skills.Required(),
            PreferredSkills = skills.Preferred(),
            SkillMentionCounts = CountMentions(text),
            KeyPhrases = _keyPhrases.Extract(requirementLines.Prepend(resolvedTitle ?? "")),
            MinYearsExperience = requiredYears,
            Seniority = seniority,
            EducationLevel = educationLevels.Count > 0 ? educationLevels.Min() : EducationLevel.None,
            EducationField = educationLevels.Count > 0 ? educationField : null,
            Benefits = benefits,
            SalaryText = JobTextPatterns.FindSalary(lines),
        };
    }

    private static SkillStrength Classify(string clause, JobSection section)
    {
        if (JobClauses.HasPreferredCue(clause))
        {
            return SkillStrength.Preferred;
        }

        if (JobClauses.HasRequiredCue(clause))
        {
            return SkillStrength.Required;
        }

        return section switch
        {
            JobSection.Required => SkillStrength.Required,
            JobSection.Preferred => SkillStrength.Preferred,
            _ => SkillStrength.Implied,
        };
    }

    private Dictionary<string, int> CountMentions(string text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var mention in taxonomy.FindMentions(text))
        {
            counts[mention.Skill.Name] = counts.GetValueOrDefault(mention.Skill.Name) + 1;
        }

        return counts;
    }

    private static List<string> SplitLines(string text) =>
        text.Replace("\r\n", "\n").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

    private static string? GuessTitle(List<string> lines)
    {
        if (lines.Count == 0 || JobSectionHeaders.TryRead(lines[0], out _, out _))
        {
            return null;
        }

        return CleanTitle(lines[0]);
    }

    private static string? CleanTitle(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        var cleaned = TitleLabel().Replace(title.Trim().Trim('#', '*', ' '), "");
        cleaned = TitleCompany().Split(cleaned)[0];
        return cleaned.Trim();
    }

    [GeneratedRegex(@"^\s*([-*•·▪●]|\d+[.)])\s*")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"^(job title|position|role|title|vacancy)\s*:\s*", RegexOptions.IgnoreCase)]
    private static partial Regex TitleLabel();

    [GeneratedRegex(@"\s+\|\s+|\s+at\s+(?=[A-Z])")]
    private static partial Regex TitleCompany();
}
