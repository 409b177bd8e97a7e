namespace RecruiterPortal.Core.JobPostings;

/// <summary>A posting in a list: enough to show a row and its top skills.</summary>
public sealed record JobPostingListItem(
    Guid Id,
    string Title,
    string? Company,
    string? Location,
    string EmploymentType,
    bool Remote,
    string Status,
    string ApplicationStatus,
    int Version,
    DateTime UpdatedAt);
