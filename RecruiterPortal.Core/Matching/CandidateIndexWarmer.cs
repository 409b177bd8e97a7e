using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RecruiterPortal.Core.Data;
using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Core.Matching;

/// <summary>
/// Builds every tenant's candidate index in the background once the app has started, so the first
/// recruiter to open a job after a restart sees the ranking at once instead of waiting for the build.
/// </summary>
public sealed class CandidateIndexWarmer(IServiceScopeFactory scopes, ILogger<CandidateIndexWarmer> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            // Let start-up (migrations, seeding, the first requests) go first; warming is not urgent.
            await Task.Delay(TimeSpan.FromSeconds(2), stoppingToken);
            List<Guid> tenants;
            await using (var scope = scopes.CreateAsyncScope())
            await using (var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(stoppingToken))
            {
                tenants = await db.Tenants.Select(t => t.Id).ToListAsync(stoppingToken);
            }

            foreach (var tenantId in tenants)
            {
                await using var scope = scopes.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<TenantContext>().Use(tenantId);
                await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(stoppingToken);
                await scope.ServiceProvider.GetRequiredService<CandidateIndexCache>().GetAsync(db, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            // Warming is an optimisation: the first ranking read builds the index anyway.
            logger.LogWarning(ex, "Could not warm the candidate indexes");
        }
    }
}
