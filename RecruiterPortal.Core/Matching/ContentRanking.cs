using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Core.Matching;

/// <summary>
/// A candidate's resume content ordered for one job (from <see cref="ContentRanker"/>), kept so a
/// recruiter's reordering (<see cref="UserModified"/>) survives; an unmodified ranking is recomputed
/// when the candidate's current resume changes.
/// </summary>
public class ContentRanking : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public Guid CandidateId { get; set; }

    public Guid JobPostingId { get; set; }

    /// <summary>The resume the ranking was computed from.</summary>
    public Guid ResumeId { get; set; }

    public int JobVersion { get; set; }

    /// <summary>List of <see cref="RankedContent"/> as JSON, in the shown order.</summary>
    public string ExperiencesJson { get; set; } = "[]";

    public string ProjectsJson { get; set; } = "[]";

    public string SkillsJson { get; set; } = "[]";

    public bool UserModified { get; set; }

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;

    public DateTime UpdatedAt { get; set; } = DateTime.UtcNow;
}
