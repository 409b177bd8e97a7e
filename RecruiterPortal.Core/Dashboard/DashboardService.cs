using Microsoft.EntityFrameworkCore;
using RecruiterPortal.Core.Data;
using RecruiterPortal.Core.Users;

namespace RecruiterPortal.Core.Dashboard;

/// <summary>The figures on the dashboard, all counted live for the current tenant.</summary>
public sealed class DashboardService(IDbContextFactory<PortalDbContext> dbFactory, TenantUserDirectory users)
{
    public async Task<DashboardFigures> GetAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var activeKeys = await db.ApiKeys.CountAsync(k => k.RevokedAt == null, cancellationToken);
        return new DashboardFigures(await users.CountAsync(cancellationToken), activeKeys);
    }
}
