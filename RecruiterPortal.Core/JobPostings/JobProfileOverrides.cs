namespace RecruiterPortal.Core.JobPostings;

/// <summary>
/// A recruiter's corrections of an extracted profile. A null field is not corrected and follows the
/// extractor; a set field wins over every later re-extraction until the recruiter resets it.
/// </summary>
public sealed record JobProfileOverrides(
    IReadOnlyList<string>? RequiredSkills = null,
    IReadOnlyList<string>? PreferredSkills = null,
    double? MinYearsExperience = null,
    EducationLevel? EducationLevel = null)
{
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsEmpty => RequiredSkills is null && PreferredSkills is null && MinYearsExperience is null && EducationLevel is null;

    /// <summary>The extracted profile with these corrections on top.</summary>
    public JobProfile ApplyTo(JobProfile extracted) => extracted with
    {
        RequiredSkills = RequiredSkills ?? extracted.RequiredSkills,
        PreferredSkills = PreferredSkills ?? extracted.PreferredSkills,
        MinYearsExperience = MinYearsExperience ?? extracted.MinYearsExperience,
        EducationLevel = EducationLevel ?? extracted.EducationLevel,
    };
}
