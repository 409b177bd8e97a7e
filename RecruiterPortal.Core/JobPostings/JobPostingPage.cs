namespace RecruiterPortal.Core.JobPostings;

/// <summary>One page of postings and the total that match the filters.</summary>
public sealed record JobPostingPage(IReadOnlyList<JobPostingListItem> Items, int Page, int PageSize, int Total);
