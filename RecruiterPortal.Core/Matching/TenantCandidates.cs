namespace RecruiterPortal.Core.Matching;

/// <summary>
/// A tenant's candidates ready for matching: the index over their current resumes and, per
/// candidate, the name and resume it was built from. Immutable; shared between requests.
/// </summary>
public sealed record TenantCandidates(
    CandidateIndex Index,
    IReadOnlyDictionary<Guid, IndexedCandidate> Candidates,
    string Stamp);
