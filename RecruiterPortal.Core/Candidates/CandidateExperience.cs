using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Core.Candidates;

/// <summary>One position of a candidate. Dates are <c>YYYY-MM</c> or <c>YYYY</c>, as the resume gives them.</summary>
public class CandidateExperience : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public Guid CandidateId { get; set; }

    public string? Title { get; set; }

    public string? Company { get; set; }

    /// <summary>The canonical employer <see cref="Company"/> resolves to; set on save (docs/employers.md).</summary>
    public Guid? EmployerId { get; set; }

    /// <summary>The department the company name gave ("Acme – Finance" → "Finance"); set on save with <see cref="EmployerId"/>.</summary>
    public string? Department { get; set; }

    public string? Location { get; set; }

    public string? StartDate { get; set; }

    public string? EndDate { get; set; }

    public bool IsCurrent { get; set; }

    public List<string> Bullets { get; set; } = [];

    /// <summary>Position in the resume, newest first as resumes list them.</summary>
    public int SortOrder { get; set; }
}
