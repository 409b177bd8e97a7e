namespace RecruiterPortal.Core.Matching;

/// <summary>
/// How much each part of a match counts. Weights are relative: they are checked to be
/// non-negative and divided by their sum, so (2, 1, …) and (0.4, 0.2, …) mean the same.
/// </summary>
public sealed record WeightageProfile(
    double RequiredSkills,
    double PreferredSkills,
    double KeywordRelevance,
    double TitleSimilarity,
    double ExperienceFit,
    double EducationFit)
{
    /// <summary>Skills first, then wording, title, experience and education.</summary>
    public static WeightageProfile Default { get; } = new(0.35, 0.10, 0.20, 0.15, 0.12, 0.08);

    /// <summary>The same profile scaled so the weights sum to 1.</summary>
    /// <exception cref="ArgumentException">A weight is negative or not a number, or all are zero.</exception>
    public WeightageProfile Normalized()
    {
        double[] all = [RequiredSkills, PreferredSkills, KeywordRelevance, TitleSimilarity, ExperienceFit, EducationFit];
        if (all.Any(w => double.IsNaN(w) || double.IsInfinity(w) || w < 0))
        {
            throw new ArgumentException("Match weights must be finite and non-negative.");
        }

        var sum = all.Sum();
        if (sum <= 0)
        {
            throw new ArgumentException("At least one match weight must be positive.");
        }

        return new WeightageProfile(
            RequiredSkills / sum, PreferredSkills / sum, KeywordRelevance / sum,
            TitleSimilarity / sum, ExperienceFit / sum, EducationFit / sum);
    }
}
