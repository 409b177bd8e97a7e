using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Core.Candidates;

/// <summary>One course of study of a candidate.</summary>
public class CandidateEducation : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public Guid CandidateId { get; set; }

    public string? Institution { get; set; }

    public string? Degree { get; set; }

    public string? FieldOfStudy { get; set; }

    public string? StartDate { get; set; }

    public string? EndDate { get; set; }

    public string? Gpa { get; set; }

    public int SortOrder { get; set; }
}
