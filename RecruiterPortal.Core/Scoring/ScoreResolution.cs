using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Core.Scoring;

/// <summary>
/// The local score and an <see cref="Scoring.AiScore"/> combined by the tenant's AI weight (table
/// <c>score_resolutions</c>), with the disagreement between them and whether a human should look.
/// The weight and threshold used are copied in, so a later change of settings does not rewrite history.
/// </summary>
public class ScoreResolution : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public Guid AiScoreId { get; set; }

    public Guid CandidateId { get; set; }

    public Guid JobPostingId { get; set; }

    public double LocalScore { get; set; }

    /// <summary>The AI score's overall score at the time (column <c>ai_score</c>).</summary>
    public double AiScoreValue { get; set; }

    public double AiWeight { get; set; }

    public double ResolvedScore { get; set; }

    public double Disagreement { get; set; }

    public double DisagreementThreshold { get; set; }

    public bool NeedsReview { get; set; }

    public string? ReviewReason { get; set; }

    /// <summary>The tenant's weightage version the local score and the weight came from.</summary>
    public int WeightageVersion { get; set; }

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
}
