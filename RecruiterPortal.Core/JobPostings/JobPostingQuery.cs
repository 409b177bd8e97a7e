namespace RecruiterPortal.Core.JobPostings;

/// <summary>Filters and paging for the postings list: status and a text search over title, company and location.</summary>
public sealed record JobPostingQuery(string? Status = null, string? Search = null, int Page = 1, int PageSize = JobPostingQuery.DefaultPageSize)
{
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 100;
}
