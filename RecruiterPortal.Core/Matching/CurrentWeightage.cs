namespace RecruiterPortal.Core.Matching;

/// <summary>
/// The weights a tenant scores with now, with the version and hash analyses record, and how AI
/// scores are resolved against local ones (which does not change local scores, so is not in the hash).
/// </summary>
public sealed record CurrentWeightage(
    WeightageProfile Profile,
    int Version,
    string Hash,
    bool IsDefault,
    double AiWeight = Scoring.ScoreResolver.DefaultAiWeight,
    double DisagreementThreshold = Scoring.ScoreResolver.DefaultDisagreementThreshold)
{
    public static string HashOf(WeightageProfile p)
    {
        var text = string.Join('|', new[] { p.RequiredSkills, p.PreferredSkills, p.KeywordRelevance, p.TitleSimilarity, p.ExperienceFit, p.EducationFit }
            .Select(w => w.ToString("R", System.Globalization.CultureInfo.InvariantCulture)));
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)))[..16];
    }

    public WeightageView ToView() => new(
        Profile.RequiredSkills, Profile.PreferredSkills, Profile.KeywordRelevance, Profile.TitleSimilarity,
        Profile.ExperienceFit, Profile.EducationFit, Version, Hash, IsDefault, AiWeight, DisagreementThreshold);
}
