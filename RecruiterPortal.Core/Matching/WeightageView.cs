namespace RecruiterPortal.Core.Matching;

/// <summary>The tenant's match weights as shown and edited (relative; the scorer normalises them).</summary>
public sealed record WeightageView(
    double RequiredSkills,
    double PreferredSkills,
    double KeywordRelevance,
    double TitleSimilarity,
    double ExperienceFit,
    double EducationFit,
    int Version = 0,
    string Hash = "",
    bool IsDefault = false)
{
    public WeightageProfile ToProfile() =>
        new(RequiredSkills, PreferredSkills, KeywordRelevance, TitleSimilarity, ExperienceFit, EducationFit);
}
