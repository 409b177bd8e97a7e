namespace RecruiterPortal.Core.JobPostings;

/// <summary>The profile matching uses (extraction with corrections applied), plus which fields the recruiter corrected.</summary>
public sealed record JobProfileView(
    IReadOnlyList<string> RequiredSkills,
    IReadOnlyList<string> PreferredSkills,
    IReadOnlyList<string> KeyPhrases,
    double? MinYearsExperience,
    string Seniority,
    string EducationLevel,
    string? EducationField,
    IReadOnlyList<string> RequirementLines,
    IReadOnlyList<string> Benefits,
    string? SalaryText,
    IReadOnlyList<string> CorrectedFields);
