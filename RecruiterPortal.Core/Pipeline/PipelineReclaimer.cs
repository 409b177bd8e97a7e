using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RecruiterPortal.Core.Data;
using RecruiterPortal.Core.Progress;

namespace RecruiterPortal.Core.Pipeline;

/// <summary>
/// Takes back jobs whose worker stopped sending heartbeats (a crashed or frozen instance): they go
/// back to the queue, and the next attempt resumes from the last checkpoint; a job out of attempts
/// fails. Every instance runs it; each row is moved by one guarded update, so concurrent runs are safe.
/// </summary>
public sealed class PipelineReclaimer(
    IServiceScopeFactory scopes,
    IProgressNotifier notifier,
    PipelineWakeSignal signal,
    IOptions<PipelineOptions> options,
    TimeProvider clock,
    ILogger<PipelineReclaimer> logger)
{
    /// <summary>Reclaims stale jobs now; returns how many were moved.</summary>
    public async Task<int> ReclaimAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var cutoff = now - options.Value.LeaseTimeout;
        await using var scope = scopes.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(cancellationToken);
        var stale = await db.PipelineJobs.IgnoreQueryFilters().AsNoTracking()
            .Where(j => j.Status == PipelineJobStatus.Processing && (j.HeartbeatAt == null || j.HeartbeatAt < cutoff))
            .OrderBy(j => j.HeartbeatAt)
            .Take(500)
            .ToListAsync(cancellationToken);

        var moved = 0;
        foreach (var job in stale)
        {
            var (id, token) = (job.Id, job.LockToken);
            var row = db.PipelineJobs.IgnoreQueryFilters()
                .Where(j => j.Id == id && j.LockToken == token && j.Status == PipelineJobStatus.Processing && (j.HeartbeatAt == null || j.HeartbeatAt < cutoff));
            if (job.Attempts >= job.MaxAttempts)
            {
                var error = $"Failed after {job.Attempts} attempts: the worker running it stopped responding.";
                if (await row.ExecuteUpdateAsync(
                        s => s.SetProperty(j => j.Status, PipelineJobStatus.Failed)
                            .SetProperty(j => j.Error, error)
                            .SetProperty(j => j.ErrorCode, "worker_lost")
                            .SetProperty(j => j.CompletedAt, now)
                            .SetProperty(j => j.LockToken, (Guid?)null),
                        cancellationToken) == 1)
                {
                    moved++;
                    PipelineProgress.Publish(notifier, job, PipelineJobStatus.Failed, job.Step, job.Percent, error);
                }
            }
            else if (await row.ExecuteUpdateAsync(
                         s => s.SetProperty(j => j.Status, PipelineJobStatus.Queued)
                             .SetProperty(j => j.RunAfter, now)
                             .SetProperty(j => j.LockToken, (Guid?)null)
                             .SetProperty(j => j.WorkerId, (string?)null),
                         cancellationToken) == 1)
            {
                moved++;
                PipelineProgress.Publish(notifier, job, PipelineJobStatus.Queued, job.Step, job.Percent, "Resuming after an interruption");
            }
        }

        if (moved > 0)
        {
            logger.LogWarning("Reclaimed {Count} pipeline jobs whose worker stopped responding", moved);
            signal.Signal();
        }

        return moved;
    }
}
