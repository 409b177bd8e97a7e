using System.Globalization;
using RecruiterPortal.Core.JobPostings;
using RecruiterPortal.Core.Matching;

namespace RecruiterPortal.Core.Reports;

/// <summary>
/// Per-requirement verdicts from the deterministic matcher's evidence: each required and
/// nice-to-have skill (met when the resume evidences it), the years of experience asked
/// (partial when some but not all) and the education level asked.
/// </summary>
public static class ShortlistVerdicts
{
    public const string RequiredSkill = "required_skill";
    public const string PreferredSkill = "preferred_skill";
    public const string Experience = "experience";
    public const string Education = "education";

    public static IReadOnlyList<ReportVerdict> For(MatchResult result, CandidateFeatures candidate, JobFeatures job)
    {
        var verdicts = new List<ReportVerdict>();
        foreach (var skill in result.SkillComparison.Where(s => s.Status != SkillMatchStatus.Extra).OrderByDescending(s => s.Required))
        {
            var met = skill.Status == SkillMatchStatus.Matched;
            verdicts.Add(new ReportVerdict(
                skill.Skill,
                skill.Required ? RequiredSkill : PreferredSkill,
                met ? ReportVerdict.Met : ReportVerdict.Missing,
                met ? $"named {Times(skill.ResumeMentions)} in the resume" : "not evidenced in the resume"));
        }

        if (job.MinYearsExperience is > 0 and var asked)
        {
            var years = candidate.YearsOfExperience;
            verdicts.Add(new ReportVerdict(
                $"{Years(asked)} of experience",
                Experience,
                years >= asked ? ReportVerdict.Met : years > 0 ? ReportVerdict.Partial : ReportVerdict.Missing,
                years > 0 ? $"{Years(years)} worked" : "no dated experience found"));
        }

        if (job.EducationLevel > EducationLevel.None)
        {
            var level = candidate.EducationLevel;
            verdicts.Add(new ReportVerdict(
                $"{Describe(job.EducationLevel)} education",
                Education,
                level >= job.EducationLevel ? ReportVerdict.Met : level > EducationLevel.None ? ReportVerdict.Partial : ReportVerdict.Missing,
                level > EducationLevel.None ? $"{Describe(level)} listed" : "no degree listed"));
        }

        return verdicts;
    }

    private static string Times(int count) => count <= 1 ? "once" : $"{count} times";

    private static string Years(double years)
    {
        var text = years.ToString(years % 1 == 0 ? "0" : "0.#", CultureInfo.InvariantCulture);
        return years == 1 ? "1 year" : $"{text} years";
    }

    private static string Describe(EducationLevel level) => level switch
    {
        EducationLevel.HighSchool => "high school",
        EducationLevel.Associate => "associate",
        EducationLevel.Bachelor => "bachelor's",
        EducationLevel.Master => "master's",
        EducationLevel.Doctorate => "doctorate",
        _ => "no formal",
    };
}
