using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Core.Matching;

/// <summary>
/// A tenant's default match weights (one row per tenant; absent means <see cref="WeightageProfile.Default"/>).
/// <see cref="Version"/> counts edits so analyses can say which weights they were scored with.
/// </summary>
public class WeightageSettings : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public double RequiredSkills { get; set; }

    public double PreferredSkills { get; set; }

    public double KeywordRelevance { get; set; }

    public double TitleSimilarity { get; set; }

    public double ExperienceFit { get; set; }

    public double EducationFit { get; set; }

    /// <summary>The AI score's share (0–1) of a resolved score; the local score has the rest.</summary>
    public double AiWeight { get; set; } = Scoring.ScoreResolver.DefaultAiWeight;

    /// <summary>How far apart (0–1) the local and AI scores must be for a pair to need a human look.</summary>
    public double DisagreementThreshold { get; set; } = Scoring.ScoreResolver.DefaultDisagreementThreshold;

    public int Version { get; set; } = 1;

    public Guid? UpdatedByUserId { get; set; }

    public DateTime UpdatedAt { get; set; } = DateTime.UtcNow;

    public WeightageProfile ToProfile() =>
        new(RequiredSkills, PreferredSkills, KeywordRelevance, TitleSimilarity, ExperienceFit, EducationFit);
}
