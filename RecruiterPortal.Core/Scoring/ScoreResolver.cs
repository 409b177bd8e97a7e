using System.Globalization;

namespace RecruiterPortal.Core.Scoring;

/// <summary>
/// Combines the local (deterministic) score and the AI score by the tenant's AI weight, and flags
/// the pair for a human look when the two disagree by at least the tenant's threshold or when the
/// model quoted evidence the resume does not contain.
/// </summary>
public static class ScoreResolver
{
    /// <summary>The AI score's share of the resolved score until an admin sets one.</summary>
    public const double DefaultAiWeight = 0.5;

    /// <summary>How far apart (on 0–1) the two scores must be to need a review, until an admin sets it.</summary>
    public const double DefaultDisagreementThreshold = 0.25;

    public static ResolvedScore Resolve(double local, double ai, double aiWeight, double threshold, bool evidenceRejected = false)
    {
        Check(aiWeight, threshold);
        var resolved = Round((1 - aiWeight) * local + aiWeight * ai);
        var disagreement = Round(Math.Abs(local - ai));
        var reasons = new List<string>();
        if (disagreement >= threshold)
        {
            reasons.Add($"The local score ({Percent(local)}) and the AI score ({Percent(ai)}) differ by {Percent(disagreement)} points, at least the {Percent(threshold)} that needs a review.");
        }

        if (evidenceRejected)
        {
            reasons.Add("The AI quoted evidence the resume does not contain; those verdicts were lowered.");
        }

        return new ResolvedScore(Round(local), Round(ai), aiWeight, resolved, disagreement, threshold, reasons.Count > 0, reasons.Count > 0 ? string.Join(" ", reasons) : null);
    }

    /// <summary>Why a weight or threshold cannot be used; null when both can.</summary>
    public static string? Validate(double aiWeight, double threshold) =>
        double.IsNaN(aiWeight) || aiWeight < 0 || aiWeight > 1 ? "The AI score's weight must be between 0 and 1."
        : double.IsNaN(threshold) || threshold <= 0 || threshold > 1 ? "The disagreement threshold must be more than 0 and at most 1."
        : null;

    private static void Check(double aiWeight, double threshold)
    {
        if (Validate(aiWeight, threshold) is { } problem)
        {
            throw new ArgumentException(problem);
        }
    }

    private static double Round(double value) => Math.Round(value, 4, MidpointRounding.AwayFromZero);

    private static string Percent(double value) => (value * 100).ToString("0", CultureInfo.InvariantCulture);
}

/// <summary>The outcome of <see cref="ScoreResolver.Resolve"/>.</summary>
public sealed record ResolvedScore(
    double LocalScore,
    double AiScore,
    double AiWeight,
    double Score,
    double Disagreement,
    double Threshold,
    bool NeedsReview,
    string? ReviewReason);
