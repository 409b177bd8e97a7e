using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RecruiterPortal.Core.Audit;
using RecruiterPortal.Core.CoverLetters;
using RecruiterPortal.Core.Data;
using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Core.Privacy;

/// <summary>
/// Erases, every hour (the first time shortly after start), each tenant's candidates whose last
/// activity is older than the tenant's <see cref="Tenant.RetentionDays"/>. Each erasure is audited
/// with the actor "retention". Archived writing samples (replaced by a newer one) whose archiving
/// is older than the same setting are deleted too, even when their candidate stays. Several
/// instances may sweep at once: erasing an already erased candidate or sample finds nothing and
/// does nothing.
/// </summary>
public sealed class RetentionWorker(IServiceScopeFactory scopes, TimeProvider clock, ILogger<RetentionWorker> logger) : BackgroundService
{
    public static readonly TimeSpan FirstRunDelay = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(FirstRunDelay, clock, stoppingToken);
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    await SweepAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogError(ex, "The retention sweep failed; it runs again in {Interval}", Interval);
                }

                await Task.Delay(Interval, clock, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>One sweep over every tenant with a retention setting; returns how many candidates it erased.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken = default)
    {
        List<(Guid Id, int Days)> tenants;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            tenants = (await db.Tenants.Where(t => t.RetentionDays != null).Select(t => new { t.Id, t.RetentionDays }).ToListAsync(cancellationToken))
                .Select(t => (t.Id, t.RetentionDays!.Value))
                .ToList();
        }

        var erased = 0;
        foreach (var (tenantId, days) in tenants)
        {
            var cutoff = RetentionService.CutoffOf(days, clock);
            List<Guid> due;
            await using (var scope = scopes.CreateAsyncScope())
            {
                scope.ServiceProvider.GetRequiredService<TenantContext>().Use(tenantId);
                var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
                due = await RetentionService.Due(db, cutoff).OrderBy(c => c.UpdatedAt).Select(c => c.Id).ToListAsync(cancellationToken);
            }

            foreach (var candidateId in due)
            {
                // A scope per candidate: each erasure is its own unit, and one failure does not stop the rest.
                await using var scope = scopes.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<TenantContext>().Use(tenantId);
                try
                {
                    if (await scope.ServiceProvider.GetRequiredService<CandidateErasure>().EraseForRetentionAsync(candidateId, cancellationToken) is not null)
                    {
                        erased++;
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogError(ex, "Retention could not erase candidate {CandidateId} of tenant {TenantId}", candidateId, tenantId);
                }
            }

            if (due.Count > 0)
            {
                logger.LogInformation("Retention erased {Count} candidates of tenant {TenantId} inactive since before {Cutoff:u}", due.Count, tenantId, cutoff);
            }

            try
            {
                await PurgeArchivedSamplesAsync(tenantId, cutoff, cancellationToken);
                await PurgeErrorLogAsync(tenantId, cutoff, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Retention could not purge archived writing samples or old error log entries of tenant {TenantId}", tenantId);
            }
        }

        return erased;
    }

    /// <summary>
    /// Deletes the tenant's archived writing samples archived before the cutoff: a replaced sample
    /// is the candidate's old writing, kept only as long as the tenant keeps inactive data. The
    /// active sample stays while its candidate does. A cover letter written from a purged sample
    /// keeps the style copied onto it; its <c>writing_sample_id</c> becomes null.
    /// </summary>
    /// <summary>Error log entries older than the retention period go too: their messages may quote data.</summary>
    private async Task PurgeErrorLogAsync(Guid tenantId, DateTime cutoff, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Use(tenantId);
        var purged = await scope.ServiceProvider.GetRequiredService<Monitoring.ErrorLog>().PurgeAsync(cutoff, cancellationToken);
        if (purged > 0)
        {
            logger.LogInformation("Retention deleted {Count} error log entries of tenant {TenantId} older than {Cutoff:u}", purged, tenantId, cutoff);
        }
    }

    private async Task PurgeArchivedSamplesAsync(Guid tenantId, DateTime cutoff, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Use(tenantId);
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var purged = await db.Set<WritingSample>()
            .Where(s => !s.IsActive && s.ArchivedAt != null && s.ArchivedAt < cutoff)
            .ExecuteDeleteAsync(cancellationToken);
        if (purged > 0)
        {
            await scope.ServiceProvider.GetRequiredService<AuditLog>().RecordForAsync(tenantId, null, CandidateErasure.RetentionActor,
                AuditActions.WritingSamplesPurged, AuditEntities.WritingSample, null, $"{purged} archived writing samples (retention)", null, cancellationToken);
            logger.LogInformation("Retention deleted {Count} archived writing samples of tenant {TenantId} archived before {Cutoff:u}", purged, tenantId, cutoff);
        }
    }
}
