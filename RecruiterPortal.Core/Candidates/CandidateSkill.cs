using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Core.Candidates;

/// <summary>A skill of a candidate, by its canonical taxonomy name, one row per skill.</summary>
public class CandidateSkill : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public Guid CandidateId { get; set; }

    public required string SkillName { get; set; }

    /// <summary>The taxonomy category; null for a skill the taxonomy does not know.</summary>
    public string? Category { get; set; }

    /// <summary>How often the resume text names the skill (at least 1).</summary>
    public int Mentions { get; set; } = 1;

    /// <summary>One of <see cref="CandidateSkillSources"/>.</summary>
    public required string Source { get; set; }

    public int SortOrder { get; set; }
}
