using System.Globalization;
using RecruiterPortal.Core.JobPostings;

namespace RecruiterPortal.Core.Scoring;

/// <summary>
/// One thing a job asks for, as both the deterministic matcher and the language model judge it:
/// a required or nice-to-have skill, the years of experience, or the education level.
/// </summary>
/// <param name="Id">Stable within one job profile: <c>R1</c>, <c>R2</c>… in the order <see cref="From"/> lists them.</param>
/// <param name="Kind">One of <see cref="RequirementKinds"/>.</param>
/// <param name="Text">The requirement in words, as shown and as sent to the model.</param>
/// <param name="Skill">The canonical skill name for a skill requirement.</param>
public sealed record JobRequirement(string Id, string Kind, string Text, string? Skill = null)
{
    /// <summary>The requirements of a job: required skills, nice-to-have skills, experience, education.</summary>
    public static IReadOnlyList<JobRequirement> From(JobProfile job)
    {
        var list = new List<JobRequirement>();
        string Next() => $"R{list.Count + 1}";
        foreach (var skill in job.RequiredSkills.Distinct(StringComparer.Ordinal))
        {
            list.Add(new JobRequirement(Next(), RequirementKinds.RequiredSkill, $"{skill} (required)", skill));
        }

        foreach (var skill in job.PreferredSkills.Distinct(StringComparer.Ordinal).Where(s => !job.RequiredSkills.Contains(s, StringComparer.Ordinal)))
        {
            list.Add(new JobRequirement(Next(), RequirementKinds.PreferredSkill, $"{skill} (nice to have)", skill));
        }

        if (job.MinYearsExperience is > 0 and var years)
        {
            list.Add(new JobRequirement(Next(), RequirementKinds.Experience, $"At least {years.ToString("0.#", CultureInfo.InvariantCulture)} years of relevant experience"));
        }

        if (job.EducationLevel > EducationLevel.None)
        {
            var field = string.IsNullOrWhiteSpace(job.EducationField) ? "" : $" in {job.EducationField}";
            list.Add(new JobRequirement(Next(), RequirementKinds.Education, $"{Describe(job.EducationLevel)} degree or higher{field}"));
        }

        return list;
    }

    internal static string Describe(EducationLevel level) => level switch
    {
        EducationLevel.HighSchool => "High school",
        EducationLevel.Associate => "Associate",
        EducationLevel.Bachelor => "Bachelor's",
        EducationLevel.Master => "Master's",
        EducationLevel.Doctorate => "Doctorate",
        _ => "Any",
    };
}

/// <summary>The kinds of <see cref="JobRequirement"/>; each counts differently in a verdict score.</summary>
public static class RequirementKinds
{
    public const string RequiredSkill = "required_skill";
    public const string PreferredSkill = "preferred_skill";
    public const string Experience = "experience";
    public const string Education = "education";

    /// <summary>How much a requirement of the kind counts in <see cref="RequirementVerdict.ScoreOf"/>.</summary>
    public static double Weight(string kind) => kind switch
    {
        RequiredSkill => 2.0,
        Experience => 1.5,
        Education => 1.0,
        _ => 1.0,
    };
}
