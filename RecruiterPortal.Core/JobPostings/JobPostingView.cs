namespace RecruiterPortal.Core.JobPostings;

/// <summary>A posting with its effective extracted profile.</summary>
public sealed record JobPostingView(
    Guid Id,
    string Title,
    string? Company,
    string? Location,
    string EmploymentType,
    bool Remote,
    decimal? SalaryMin,
    decimal? SalaryMax,
    string? SalaryCurrency,
    string? SalaryText,
    string Description,
    string Status,
    string ApplicationStatus,
    int Version,
    JobProfileView Profile,
    DateTime CreatedAt,
    DateTime UpdatedAt);
