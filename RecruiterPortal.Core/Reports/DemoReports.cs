using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RecruiterPortal.Core.Data;
using RecruiterPortal.Core.JobPostings;
using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Core.Reports;

/// <summary>
/// One saved shortlist in the demo tenant, made by its Recruiter for the first demo posting, so
/// the Reports page has something to open. Idempotent: skipped once the tenant has any report.
/// </summary>
public sealed class DemoReports(IServiceScopeFactory scopes)
{
    public const int TopN = 5;

    public async Task<bool> SeedAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<PortalDbContext>();
        if (await db.Set<Report>().IgnoreQueryFilters().AnyAsync(r => r.TenantId == tenantId, cancellationToken))
        {
            return false;
        }

        var title = DemoJobTexts.All[0].Title;
        var posting = await db.Set<JobPosting>().IgnoreQueryFilters().Where(p => p.TenantId == tenantId && p.Title == title).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(cancellationToken);
        var recruiter = await db.Users.Where(u => u.TenantId == tenantId && u.Role == PortalRoles.Recruiter && u.IsActive).OrderBy(u => u.CreatedAt).Select(u => (Guid?)u.Id).FirstOrDefaultAsync(cancellationToken);
        if (posting is not { } postingId)
        {
            return false;
        }

        services.GetRequiredService<TenantContext>().Use(tenantId, recruiter, PortalRoles.Recruiter);
        var created = await services.GetRequiredService<ShortlistReportService>().CreateShortlistAsync(postingId, TopN, $"Shortlist: {title} (demo)", cancellationToken);
        return created.IsSuccess;
    }
}
