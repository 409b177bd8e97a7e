namespace RecruiterPortal.Core.Bulk;

/// <summary>What a session is asked to do: tailor these candidates (or the best N, or a search's) to one posting.</summary>
/// <param name="CandidateIds">Explicit candidates; used when given.</param>
/// <param name="TopN">Otherwise the N candidates that match the posting best.</param>
/// <param name="Query">Otherwise every candidate a search finds (name, email, skill, position).</param>
public sealed record TailorSessionRequest(
    Guid JobPostingId,
    IReadOnlyList<Guid>? CandidateIds = null,
    int? TopN = null,
    string? Query = null,
    string? Skill = null,
    Tailoring.TailorOptions? Options = null);

/// <summary>One candidate of a session.</summary>
public sealed record TailorSessionItemView(
    Guid CandidateId,
    string? CandidateName,
    Guid TailorId,
    string Status,
    string? Step,
    int Percent,
    double? OriginalScore,
    double? TailoredScore,
    double? Improvement,
    string? Error);

/// <summary>A session as its watchers see it: counts derived from the items, pace, and the items.</summary>
public sealed record TailorSessionView(
    Guid SessionId,
    string Status,
    bool Paused,
    Guid? JobPostingId,
    string? JobTitle,
    int TotalCandidates,
    int CompletedCount,
    int FailedCount,
    DateTime CreatedAt,
    DateTime? FinishedAt,
    double? ItemsPerMinute,
    double? EtaSeconds,
    IReadOnlyList<TailorSessionItemView> Items);

/// <summary>A session in a list.</summary>
public sealed record TailorSessionSummary(
    Guid SessionId,
    string Status,
    bool Paused,
    Guid? JobPostingId,
    string? JobTitle,
    int TotalCandidates,
    int CompletedCount,
    int FailedCount,
    DateTime CreatedAt,
    DateTime? FinishedAt);
