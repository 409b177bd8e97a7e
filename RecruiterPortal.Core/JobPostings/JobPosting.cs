using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Core.JobPostings;

/// <summary>
/// A job the tenant recruits for. <see cref="ProfileJson"/> is what the extractor read from the
/// description; <see cref="OverridesJson"/> holds the recruiter's corrections, which survive
/// re-extraction so an edit of the description never silently undoes them.
/// </summary>
public class JobPosting : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public required string Title { get; set; }

    public string? Company { get; set; }

    public string? Location { get; set; }

    /// <summary>One of <see cref="EmploymentTypes"/>.</summary>
    public string EmploymentType { get; set; } = EmploymentTypes.FullTime;

    public bool Remote { get; set; }

    public decimal? SalaryMin { get; set; }

    public decimal? SalaryMax { get; set; }

    public string? SalaryCurrency { get; set; }

    public string? SalaryText { get; set; }

    public string Description { get; set; } = "";

    /// <summary>One of <see cref="JobPostingStatuses"/>.</summary>
    public string Status { get; set; } = JobPostingStatuses.Active;

    /// <summary>One of <see cref="ApplicationStatuses"/>.</summary>
    public string ApplicationStatus { get; set; } = ApplicationStatuses.NotApplied;

    /// <summary>1 when created; every edit or correction adds one and snapshots a <see cref="JobPostingVersion"/>.</summary>
    public int Version { get; set; } = 1;

    /// <summary>The extracted <see cref="JobProfile"/> as JSON (see <see cref="JobProfileJson"/>).</summary>
    public string ProfileJson { get; set; } = "{}";

    /// <summary>The recruiter's <see cref="JobProfileOverrides"/> as JSON; null when nothing was corrected.</summary>
    public string? OverridesJson { get; set; }

    public Guid? CreatedByUserId { get; set; }

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;

    public DateTime UpdatedAt { get; set; } = DateTime.UtcNow;
}
