using Microsoft.EntityFrameworkCore;
using RecruiterPortal.Core.Data;

namespace RecruiterPortal.Core.Users;

/// <summary>Whether a user's tenant requires two-factor sign-in that the user has not set up yet.</summary>
public sealed class TwoFactorRequirement(IDbContextFactory<PortalDbContext> dbFactory)
{
    public async Task<bool> MustSetUpAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Users
            .Where(u => u.Id == userId && !u.TwoFactorEnabled)
            .Join(db.Tenants, u => u.TenantId, t => t.Id, (u, t) => t.RequireTwoFactor)
            .SingleOrDefaultAsync(cancellationToken);
    }
}
