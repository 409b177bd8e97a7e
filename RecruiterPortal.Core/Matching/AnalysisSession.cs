using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Core.Matching;

/// <summary>
/// One scoring run: a job posting at one version with one set of weights (or no posting for a
/// general analysis). Its <see cref="ResumeAnalysis"/> rows say which resumes were scored.
/// </summary>
public class AnalysisSession : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    /// <summary>Null for a general analysis not tied to a posting.</summary>
    public Guid? JobPostingId { get; set; }

    public int JobVersion { get; set; }

    public int WeightageVersion { get; set; }

    /// <summary>Hash of the weights used, so a session is reused only with exactly the same weights.</summary>
    public string WeightageHash { get; set; } = "";

    /// <summary><c>running</c> or <c>completed</c>.</summary>
    public string Status { get; set; } = AnalysisSessionStatuses.Running;

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;

    public DateTime? CompletedAt { get; set; }
}
