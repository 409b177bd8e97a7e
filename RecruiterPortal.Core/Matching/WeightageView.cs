namespace RecruiterPortal.Core.Matching;

/// <summary>
/// The tenant's match weights as shown and edited (relative; the scorer normalises them), with the
/// AI score's share of a resolved score and the disagreement that flags a pair for review.
/// </summary>
public sealed record WeightageView(
    double RequiredSkills,
    double PreferredSkills,
    double KeywordRelevance,
    double TitleSimilarity,
    double ExperienceFit,
    double EducationFit,
    int Version = 0,
    string Hash = "",
    bool IsDefault = false,
    double AiWeight = Scoring.ScoreResolver.DefaultAiWeight,
    double DisagreementThreshold = Scoring.ScoreResolver.DefaultDisagreementThreshold)
{
    public WeightageProfile ToProfile() =>
        new(RequiredSkills, PreferredSkills, KeywordRelevance, TitleSimilarity, ExperienceFit, EducationFit);
}
