namespace RecruiterPortal.Core.Matching;

/// <summary>A posting that fits a candidate, for the candidate's "best jobs" list.</summary>
public sealed record JobMatch(
    Guid JobPostingId,
    string Title,
    string? Company,
    double Score,
    IReadOnlyList<string> MatchedSkills,
    IReadOnlyList<string> MissingSkills);
