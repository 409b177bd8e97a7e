using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Core.JobPostings;

/// <summary>A snapshot of a posting as it was at one version (the <c>jd_versions</c> history).</summary>
public class JobPostingVersion : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public Guid JobPostingId { get; set; }

    public int VersionNumber { get; set; }

    /// <summary>The posting's fields, extracted profile and overrides as JSON (a <see cref="JobPostingView"/>).</summary>
    public string SnapshotJson { get; set; } = "{}";

    public Guid? CreatedByUserId { get; set; }

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
}
