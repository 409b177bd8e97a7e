namespace RecruiterPortal.Core.JobPostings;

/// <summary>The fields of a posting a recruiter writes, for create and for a full update.</summary>
public sealed record JobPostingInput
{
    public string Title { get; init; } = "";

    public string? Company { get; init; }

    public string? Location { get; init; }

    public string? EmploymentType { get; init; }

    public bool Remote { get; init; }

    public decimal? SalaryMin { get; init; }

    public decimal? SalaryMax { get; init; }

    public string? SalaryCurrency { get; init; }

    public string? SalaryText { get; init; }

    public string Description { get; init; } = "";

    public string? Status { get; init; }

    public string? ApplicationStatus { get; init; }
}
