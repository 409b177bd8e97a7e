namespace RecruiterPortal.Core.JobPostings;

/// <summary>
/// A recruiter's correction of the extraction. Omitted fields keep their current correction;
/// <see cref="Reset"/> drops every correction first, so the extractor's reading is back.
/// </summary>
public sealed record JobProfileCorrection(
    IReadOnlyList<string>? RequiredSkills = null,
    IReadOnlyList<string>? PreferredSkills = null,
    double? MinYearsExperience = null,
    string? EducationLevel = null,
    bool Reset = false);
