namespace RecruiterPortal.Core.Matching;

/// <summary>A candidate in <see cref="TenantCandidates"/>: who, and which resume the features came from.</summary>
public sealed record IndexedCandidate(Guid CandidateId, string? FullName, Guid ResumeId);
