using Microsoft.EntityFrameworkCore;
using RecruiterPortal.Core.Data;
using RecruiterPortal.Core.Progress;

namespace RecruiterPortal.Core.Pipeline;

/// <summary>
/// The current tenant's view and control of its jobs. Every query goes through the tenant filter,
/// so another tenant's job looks as if it did not exist. Each change is one guarded update: a job
/// that moved on meanwhile (a worker finished it) is left alone.
/// </summary>
public sealed class PipelineJobs(IDbContextFactory<PortalDbContext> dbFactory, PipelineWaker waker, IProgressNotifier notifier, TimeProvider clock)
{
    private static readonly string[] Cancellable = [PipelineJobStatus.Queued, PipelineJobStatus.Paused];

    public async Task<PipelineJob?> GetAsync(Guid jobId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.PipelineJobs.AsNoTracking().SingleOrDefaultAsync(j => j.Id == jobId, cancellationToken);
    }

    public async Task<IReadOnlyList<PipelineJob>> ListByCorrelationAsync(Guid correlationId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.PipelineJobs.AsNoTracking()
            .Where(j => j.CorrelationId == correlationId)
            .OrderBy(j => j.CreatedAt).ThenBy(j => j.Id)
            .ToListAsync(cancellationToken);
    }

    /// <summary>Counts of a batch's jobs by status, for a progress summary.</summary>
    public async Task<IReadOnlyDictionary<string, int>> CountByStatusAsync(Guid correlationId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.PipelineJobs
            .Where(j => j.CorrelationId == correlationId)
            .GroupBy(j => j.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Status, x => x.Count, cancellationToken);
    }

    /// <summary>
    /// Cancels a job: a waiting one at once; a running one is marked cancelled and its worker
    /// stops it at the next heartbeat. Returns false when the job is not found or already over.
    /// </summary>
    public async Task<bool> CancelAsync(Guid jobId, CancellationToken cancellationToken = default) =>
        await CancelWhereAsync(j => j.Id == jobId, cancellationToken) > 0;

    public Task<int> CancelByCorrelationAsync(Guid correlationId, CancellationToken cancellationToken = default) =>
        CancelWhereAsync(j => j.CorrelationId == correlationId, cancellationToken);

    /// <summary>Holds a batch's waiting jobs; running ones finish.</summary>
    public Task<int> PauseByCorrelationAsync(Guid correlationId, CancellationToken cancellationToken = default) =>
        MoveAsync(j => j.CorrelationId == correlationId, PipelineJobStatus.Queued, PipelineJobStatus.Paused, wake: false, cancellationToken);

    public Task<int> ResumeByCorrelationAsync(Guid correlationId, CancellationToken cancellationToken = default) =>
        MoveAsync(j => j.CorrelationId == correlationId, PipelineJobStatus.Paused, PipelineJobStatus.Queued, wake: true, cancellationToken);

    /// <summary>Runs a failed job again from its last checkpoint, with a fresh set of attempts.</summary>
    public async Task<bool> RetryAsync(Guid jobId, CancellationToken cancellationToken = default) =>
        await RetryWhereAsync(j => j.Id == jobId, cancellationToken) > 0;

    public Task<int> RetryFailedByCorrelationAsync(Guid correlationId, CancellationToken cancellationToken = default) =>
        RetryWhereAsync(j => j.CorrelationId == correlationId, cancellationToken);

    private async Task<int> CancelWhereAsync(System.Linq.Expressions.Expression<Func<PipelineJob, bool>> which, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var jobs = await db.PipelineJobs.AsNoTracking().Where(which)
            .Where(j => j.Status == PipelineJobStatus.Queued || j.Status == PipelineJobStatus.Paused || j.Status == PipelineJobStatus.Processing)
            .ToListAsync(cancellationToken);
        var waiting = await db.PipelineJobs.Where(which).Where(j => Cancellable.Contains(j.Status)).ExecuteUpdateAsync(
            s => s.SetProperty(j => j.Status, PipelineJobStatus.Cancelled)
                .SetProperty(j => j.CompletedAt, now)
                .SetProperty(j => j.Message, "Cancelled"),
            cancellationToken);

        // The lock token stays: the worker's heartbeat sees the status and stops the handler.
        var running = await db.PipelineJobs.Where(which).Where(j => j.Status == PipelineJobStatus.Processing).ExecuteUpdateAsync(
            s => s.SetProperty(j => j.Status, PipelineJobStatus.Cancelled).SetProperty(j => j.Message, "Cancelling…"),
            cancellationToken);
        PublishAll(jobs, PipelineJobStatus.Cancelled, "Cancelled");
        return waiting + running;
    }

    private async Task<int> MoveAsync(System.Linq.Expressions.Expression<Func<PipelineJob, bool>> which, string from, string to, bool wake, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var jobs = await db.PipelineJobs.AsNoTracking().Where(which).Where(j => j.Status == from).ToListAsync(cancellationToken);
        var moved = await db.PipelineJobs.Where(which).Where(j => j.Status == from)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.Status, to), cancellationToken);
        await AfterMoveAsync(db, jobs, moved, to, wake, cancellationToken);
        return moved;
    }

    private async Task<int> RetryWhereAsync(System.Linq.Expressions.Expression<Func<PipelineJob, bool>> which, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var jobs = await db.PipelineJobs.AsNoTracking().Where(which).Where(j => j.Status == PipelineJobStatus.Failed).ToListAsync(cancellationToken);
        var moved = await db.PipelineJobs.Where(which).Where(j => j.Status == PipelineJobStatus.Failed).ExecuteUpdateAsync(
            s => s.SetProperty(j => j.Status, PipelineJobStatus.Queued)
                .SetProperty(j => j.Attempts, 0)
                .SetProperty(j => j.RunAfter, now)
                .SetProperty(j => j.Error, (string?)null)
                .SetProperty(j => j.ErrorCode, (string?)null)
                .SetProperty(j => j.CompletedAt, (DateTime?)null)
                .SetProperty(j => j.LockToken, (Guid?)null)
                .SetProperty(j => j.WorkerId, (string?)null),
            cancellationToken);
        await AfterMoveAsync(db, jobs, moved, PipelineJobStatus.Queued, wake: true, cancellationToken);
        return moved;
    }

    private async Task AfterMoveAsync(PortalDbContext db, List<PipelineJob> jobs, int moved, string status, bool wake, CancellationToken cancellationToken)
    {
        if (moved == 0)
        {
            return;
        }

        if (wake)
        {
            await waker.NotifyAsync(db, cancellationToken);
            waker.WakeLocal();
        }

        PublishAll(jobs, status, null);
    }

    private void PublishAll(List<PipelineJob> jobs, string status, string? message)
    {
        foreach (var job in jobs)
        {
            PipelineProgress.Publish(notifier, job, status, job.Step, job.Percent, message);
        }
    }
}
