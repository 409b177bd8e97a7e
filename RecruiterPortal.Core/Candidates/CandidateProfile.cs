namespace RecruiterPortal.Core.Candidates;

/// <summary>A candidate's full profile, in the shape the API returns it.</summary>
public sealed record CandidateProfile(
    Guid Id,
    string? FullName,
    string? Email,
    string? Phone,
    string? Location,
    string? LinkedinUrl,
    string? GithubUrl,
    string? Website,
    string? Summary,
    IReadOnlyList<string> Skills,
    IReadOnlyList<CandidateExperienceView> Experience,
    IReadOnlyList<CandidateEducationView> Education,
    IReadOnlyList<CandidateProjectView> Projects,
    IReadOnlyList<string> Certifications,
    IReadOnlyList<string> Languages,
    IReadOnlyList<CandidateResumeView> Resumes,
    double? TotalYearsExperience,
    DateTime CreatedAt,
    DateTime UpdatedAt);
