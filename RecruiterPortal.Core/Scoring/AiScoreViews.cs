namespace RecruiterPortal.Core.Scoring;

/// <summary>
/// Everything the match view shows for a candidate–job pair: the local score now, the
/// deterministic matcher's verdicts (always available), the newest AI score attempt and the newest
/// completed AI score with its resolution, and the history of attempts (newest first, up to 20).
/// </summary>
public sealed record AiScoreOverview(
    Guid JobPostingId,
    Guid CandidateId,
    string JobTitle,
    string? CandidateName,
    double LocalScore,
    bool LlmConfigured,
    string? AiProvider,
    string? AiModel,
    double AiWeight,
    double DisagreementThreshold,
    double? MatcherScore,
    IReadOnlyList<RequirementVerdict> MatcherVerdicts,
    AiScoreView? Latest,
    AiScoreView? Current,
    IReadOnlyList<AiScoreAttempt> Attempts);

/// <summary>
/// One attempt at an AI score of the pair, as the history lists it: when it was asked, who judged
/// (<see cref="AiScoreSources"/>), its overall score, whether its resolution flagged it for review,
/// and the resolved score, or the reason it failed.
/// </summary>
public sealed record AiScoreAttempt(
    Guid Id,
    DateTime CreatedAt,
    DateTime? CompletedAt,
    string Status,
    string? Source,
    string? AiModel,
    double? OverallScore,
    double? ResolvedScore,
    bool? NeedsReview,
    string? ReviewReason,
    string? Error)
{
    public static AiScoreAttempt From(AiScore row, ScoreResolution? resolution) => new(
        row.Id, row.CreatedAt, row.CompletedAt, row.Status, row.Source, row.AiModel, row.OverallScore,
        resolution?.ResolvedScore, resolution?.NeedsReview, resolution?.ReviewReason, row.Error);
}

/// <summary>One <see cref="AiScore"/> as the API and pages show it.</summary>
public sealed record AiScoreView(
    Guid Id,
    Guid CandidateId,
    Guid JobPostingId,
    string Status,
    string? Source,
    string? AiProvider,
    string? AiModel,
    double? OverallScore,
    double? ModelScore,
    string? Summary,
    IReadOnlyList<RequirementVerdict> Requirements,
    IReadOnlyList<string> Warnings,
    string? Error,
    string? ErrorCode,
    string? RawResponse,
    AiScoreUsage? Usage,
    DateTime CreatedAt,
    DateTime? CompletedAt,
    ScoreResolutionView? Resolution)
{
    public static AiScoreView From(AiScore row, ScoreResolution? resolution)
    {
        var document = Tailoring.TailoringJson.Deserialize<AiScoreDocument>(row.AiScoreJson);
        return new AiScoreView(
            row.Id, row.CandidateId, row.JobPostingId, row.Status, row.Source, row.AiProvider, row.AiModel,
            row.OverallScore, row.ModelScore, document?.Summary, document?.Requirements ?? [], row.Warnings,
            row.Error, row.ErrorCode, row.AiRawResponse,
            row.AiRequests is null ? null : new AiScoreUsage(row.AiRequests ?? 0, row.AiRetries ?? 0, row.AiPromptTokens ?? 0, row.AiCompletionTokens ?? 0),
            row.CreatedAt, row.CompletedAt, resolution is null ? null : ScoreResolutionView.From(resolution));
    }
}

/// <summary>What asking the model cost.</summary>
public sealed record AiScoreUsage(int Requests, int Retries, long PromptTokens, long CompletionTokens);

/// <summary>A <see cref="ScoreResolution"/> as shown.</summary>
public sealed record ScoreResolutionView(
    double LocalScore,
    double AiScore,
    double AiWeight,
    double ResolvedScore,
    double Disagreement,
    double DisagreementThreshold,
    bool NeedsReview,
    string? ReviewReason,
    int WeightageVersion,
    DateTime CreatedAt)
{
    public static ScoreResolutionView From(ScoreResolution r) => new(
        r.LocalScore, r.AiScoreValue, r.AiWeight, r.ResolvedScore, r.Disagreement, r.DisagreementThreshold,
        r.NeedsReview, r.ReviewReason, r.WeightageVersion, r.CreatedAt);
}
