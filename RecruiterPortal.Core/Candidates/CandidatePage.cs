namespace RecruiterPortal.Core.Candidates;

/// <summary>One page of a candidate search.</summary>
public sealed record CandidatePage(IReadOnlyList<CandidateListItem> Items, int Page, int PageSize, int Total);
