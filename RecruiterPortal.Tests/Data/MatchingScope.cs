using RecruiterPortal.Core.Data;
using RecruiterPortal.Core.JobPostings;
using RecruiterPortal.Core.Matching;

namespace RecruiterPortal.Tests.Data;

/// <summary>One unit of work of <see cref="MatchingHarness"/>: a tenant's context and the services over it.</summary>
internal sealed record MatchingScope(PortalDbContext Db, JobPostingService Postings, MatchingService Matching, ContentRankingService Rankings) : IAsyncDisposable
{
    public ValueTask DisposeAsync() => Db.DisposeAsync();
}
