using Microsoft.EntityFrameworkCore;
using RecruiterPortal.Core.Data;
using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Core.Users;

/// <summary>
/// The current tenant's users. The user table is global (see <see cref="PortalDbContext.GlobalEntityTypes"/>),
/// so every query here filters by the current tenant explicitly, and returns nothing without one.
/// </summary>
public sealed class TenantUserDirectory(IDbContextFactory<PortalDbContext> dbFactory, ITenantContext tenant)
{
    public async Task<IReadOnlyList<TenantUserSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        var tenantId = tenant.TenantId ?? Guid.Empty;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var users = await db.Users.AsNoTracking()
            .Where(u => u.TenantId == tenantId)
            .Select(u => new TenantUserSummary(u.Id, u.DisplayName, u.Email ?? "", u.Role, u.IsActive, u.LastSignInAt, u.TwoFactorEnabled, u.CreatedAt, u.PasswordHash != null, u.InvitationExpiresAt))
            .ToListAsync(cancellationToken);
        return users.OrderBy(u => PortalRoles.All.ToList().IndexOf(u.Role)).ThenBy(u => u.DisplayName, StringComparer.CurrentCultureIgnoreCase).ToList();
    }

    public async Task<int> CountAsync(CancellationToken cancellationToken = default)
    {
        var tenantId = tenant.TenantId ?? Guid.Empty;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Users.CountAsync(u => u.TenantId == tenantId && u.IsActive, cancellationToken);
    }
}
