using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RecruiterPortal.Core.Data;
using RecruiterPortal.Core.Pipeline;
using RecruiterPortal.Core.Settings;
using RecruiterPortal.Core.Tailoring;

namespace RecruiterPortal.Core.Bulk;

/// <summary>
/// Each tenant's own limit on tailorings running at once on an instance (its settings'
/// <see cref="TenantSettings.BulkConcurrency"/>), so one organisation's large session leaves room for
/// the others'. Read from the database at most every <see cref="CacheFor"/> per tenant.
/// </summary>
public sealed class TenantTailoringLimits(IServiceScopeFactory scopes, TimeProvider clock) : IPipelineTenantLimits
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(5);

    private readonly ConcurrentDictionary<Guid, (int? Limit, DateTimeOffset ReadAt)> _cache = new();

    public string Kind => TailorResumeHandler.JobKind;

    public async Task<int?> LimitAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (_cache.TryGetValue(tenantId, out var cached) && now - cached.ReadAt < CacheFor)
        {
            return cached.Limit;
        }

        await using var scope = scopes.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(cancellationToken);
        var limit = await db.Set<TenantSettings>().IgnoreQueryFilters().AsNoTracking()
            .Where(s => s.TenantId == tenantId)
            .Select(s => s.BulkConcurrency)
            .FirstOrDefaultAsync(cancellationToken);
        _cache[tenantId] = (limit, now);
        return limit;
    }
}
