using Microsoft.EntityFrameworkCore;
using RecruiterPortal.Core.Candidates;
using RecruiterPortal.Core.Data;
using RecruiterPortal.Core.Ingestion;
using RecruiterPortal.Core.JobPostings;
using RecruiterPortal.Core.Users;

namespace RecruiterPortal.Core.Dashboard;

/// <summary>The figures on the dashboard, all counted live for the current tenant.</summary>
public sealed class DashboardService(IDbContextFactory<PortalDbContext> dbFactory, TenantUserDirectory users)
{
    private static readonly string[] InProgress = [ResumeStatuses.Queued, ResumeStatuses.Extracting, ResumeStatuses.Parsing];

    public async Task<DashboardFigures> GetAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var activeKeys = await db.ApiKeys.CountAsync(k => k.RevokedAt == null, cancellationToken);
        var candidates = await db.Set<Candidate>().CountAsync(cancellationToken);
        var activeJobs = await db.Set<JobPosting>().CountAsync(j => j.Status == JobPostingStatuses.Active, cancellationToken);
        var resumes = await db.Set<Resume>().GroupBy(r => r.Status).Select(g => new { Status = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return new DashboardFigures(
            await users.CountAsync(cancellationToken),
            activeKeys,
            candidates,
            resumes.Where(r => r.Status == ResumeStatuses.Completed).Sum(r => r.Count),
            resumes.Where(r => InProgress.Contains(r.Status)).Sum(r => r.Count),
            resumes.Where(r => r.Status == ResumeStatuses.Failed).Sum(r => r.Count),
            activeJobs);
    }
}
