namespace RecruiterPortal.Core.Matching;

/// <summary>One entry of a ranking: the candidate and their match score (0–1, 4 decimals).</summary>
public readonly record struct RankedCandidate(Guid Id, double Score);
