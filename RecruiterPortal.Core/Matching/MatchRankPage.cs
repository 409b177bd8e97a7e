namespace RecruiterPortal.Core.Matching;

/// <summary>
/// A page of a posting's ranking. <see cref="Histogram"/> counts every ranked candidate (after the
/// filters) in ten score buckets, [0, 0.1) … [0.9, 1]. <see cref="PendingCount"/> is how many
/// current resumes have no stored analysis for this version and weights yet; a <c>score_job</c>
/// is queued for them, while the ranking itself is always computed over every candidate.
/// </summary>
public sealed record MatchRankPage(
    Guid JobPostingId,
    int JobVersion,
    int Total,
    int Skip,
    int Top,
    IReadOnlyList<RankedMatch> Items,
    IReadOnlyList<int> Histogram,
    int PendingCount);
