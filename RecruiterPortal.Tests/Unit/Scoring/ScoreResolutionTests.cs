using RecruiterPortal.Core.Scoring;

namespace RecruiterPortal.Tests.Unit.Scoring;

public class ScoreResolutionTests
{
    [Theory]
    [InlineData(0.60, 0.80, 0.5, 0.70, 0.20)]
    [InlineData(0.60, 0.80, 0.0, 0.60, 0.20)]
    [InlineData(0.60, 0.80, 1.0, 0.80, 0.20)]
    [InlineData(0.90, 0.30, 0.25, 0.75, 0.60)]
    public void The_resolved_score_weighs_ai_against_local(double local, double ai, double weight, double resolved, double disagreement)
    {
        var result = ScoreResolver.Resolve(local, ai, weight, 0.25);

        Assert.Equal(resolved, result.Score, 4);
        Assert.Equal(disagreement, result.Disagreement, 4);
        Assert.Equal(weight, result.AiWeight);
    }

    [Fact]
    public void A_disagreement_at_or_over_the_threshold_needs_review_with_the_reason()
    {
        var close = ScoreResolver.Resolve(0.60, 0.80, 0.5, 0.25);
        var apart = ScoreResolver.Resolve(0.55, 0.80, 0.5, 0.25);

        Assert.False(close.NeedsReview);
        Assert.Null(close.ReviewReason);
        Assert.True(apart.NeedsReview);
        Assert.Equal("The local score (55) and the AI score (80) differ by 25 points, at least the 25 that needs a review.", apart.ReviewReason);
    }

    [Fact]
    public void Invented_evidence_needs_review_even_when_the_scores_agree()
    {
        var result = ScoreResolver.Resolve(0.70, 0.72, 0.5, 0.25, evidenceRejected: true);

        Assert.True(result.NeedsReview);
        Assert.Contains("quoted evidence the resume does not contain", result.ReviewReason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-0.1, 0.25)]
    [InlineData(1.1, 0.25)]
    [InlineData(double.NaN, 0.25)]
    [InlineData(0.5, 0)]
    [InlineData(0.5, 1.5)]
    public void Weights_and_thresholds_outside_their_range_are_refused(double weight, double threshold)
    {
        Assert.NotNull(ScoreResolver.Validate(weight, threshold));
        Assert.Throws<ArgumentException>(() => ScoreResolver.Resolve(0.5, 0.5, weight, threshold));
    }

    [Fact]
    public void The_verdict_score_weighs_required_skills_and_experience_above_the_rest()
    {
        RequirementVerdict V(string kind, string verdict) => new("R", "r", kind, verdict, null, null);

        Assert.Null(RequirementVerdict.ScoreOf([]));
        Assert.Equal(1.0, RequirementVerdict.ScoreOf([V(RequirementKinds.RequiredSkill, "met"), V(RequirementKinds.Education, "met")]));

        // Required met (2) + preferred partial (0.5 of 1) + experience missing (0 of 1.5) = 2.5 / 4.5.
        Assert.Equal(Math.Round(2.5 / 4.5, 4), RequirementVerdict.ScoreOf(
            [V(RequirementKinds.RequiredSkill, "met"), V(RequirementKinds.PreferredSkill, "partial"), V(RequirementKinds.Experience, "missing")]));
    }
}
