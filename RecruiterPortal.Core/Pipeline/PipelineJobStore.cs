using Microsoft.EntityFrameworkCore;
using RecruiterPortal.Core.Data;

namespace RecruiterPortal.Core.Pipeline;

/// <summary>
/// The engine's writes to job rows. Workers serve every tenant, so these ignore the tenant filter
/// on purpose; every write after the claim is guarded by the claim's lock token, so a worker
/// whose job was reclaimed (or cancelled) cannot overwrite what happened since.
/// </summary>
internal sealed class PipelineJobStore(TimeProvider clock)
{
    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>
    /// Atomically takes the most urgent due job, skipping kinds this instance has no room for and
    /// (kind, tenant) pairs at that tenant's own limit here. PostgreSQL skips rows another instance is
    /// claiming (SKIP LOCKED); SQLite runs one writer at a time, and the status guard makes a lost race
    /// claim nothing.
    /// </summary>
    public async Task<PipelineJob?> ClaimAsync(
        PortalDbContext db, string workerId, IReadOnlyCollection<string> saturatedKinds, IReadOnlyCollection<(string Kind, Guid TenantId)> saturatedTenants, CancellationToken cancellationToken)
    {
        var now = Now;
        var token = Guid.CreateVersion7();
        int claimed;
        if (db.Database.IsNpgsql())
        {
            var saturated = saturatedKinds.ToArray();
            var pairKinds = saturatedTenants.Select(p => p.Kind).ToArray();
            var pairTenants = saturatedTenants.Select(p => p.TenantId).ToArray();
            claimed = await db.Database.ExecuteSqlAsync(
                $"""
                UPDATE pipeline_jobs
                SET status = {PipelineJobStatus.Processing}, lock_token = {token}, worker_id = {workerId}, heartbeat_at = {now},
                    attempts = attempts + 1, started_at = coalesce(started_at, {now})
                WHERE id = (
                    SELECT id FROM pipeline_jobs
                    WHERE status = {PipelineJobStatus.Queued} AND run_after <= {now} AND NOT (kind = ANY({saturated}))
                      AND NOT EXISTS (SELECT 1 FROM unnest({pairKinds}, {pairTenants}) AS full_tenant(kind, tenant_id)
                                      WHERE full_tenant.kind = pipeline_jobs.kind AND full_tenant.tenant_id = pipeline_jobs.tenant_id)
                    ORDER BY priority DESC, created_at, id
                    LIMIT 1
                    FOR UPDATE SKIP LOCKED)
                """,
                cancellationToken);
        }
        else
        {
            var runnable = db.PipelineJobs.IgnoreQueryFilters()
                .Where(q => q.Status == PipelineJobStatus.Queued && q.RunAfter <= now && !saturatedKinds.Contains(q.Kind));
            foreach (var group in saturatedTenants.GroupBy(p => p.Kind))
            {
                var kind = group.Key;
                var tenants = group.Select(p => p.TenantId).ToArray();
                runnable = runnable.Where(q => !(q.Kind == kind && tenants.Contains(q.TenantId)));
            }

            var next = runnable
                .OrderByDescending(q => q.Priority).ThenBy(q => q.CreatedAt).ThenBy(q => q.Id)
                .Select(q => q.Id);
            claimed = await db.PipelineJobs.IgnoreQueryFilters()
                .Where(j => j.Id == next.FirstOrDefault() && j.Status == PipelineJobStatus.Queued)
                .ExecuteUpdateAsync(
                    s => s.SetProperty(j => j.Status, PipelineJobStatus.Processing)
                        .SetProperty(j => j.LockToken, token)
                        .SetProperty(j => j.WorkerId, workerId)
                        .SetProperty(j => j.HeartbeatAt, now)
                        .SetProperty(j => j.Attempts, j => j.Attempts + 1)
                        .SetProperty(j => j.StartedAt, j => j.StartedAt ?? now),
                    cancellationToken);
        }

        if (claimed == 0)
        {
            return null;
        }

        // The status narrows the lookup to the few processing rows (claim index).
        return await db.PipelineJobs.IgnoreQueryFilters().AsNoTracking()
            .SingleAsync(j => j.Status == PipelineJobStatus.Processing && j.LockToken == token, cancellationToken);
    }

    public Task<int> HeartbeatAsync(PortalDbContext db, PipelineJob job, CancellationToken cancellationToken)
    {
        var now = Now;
        return Held(db, job).ExecuteUpdateAsync(s => s.SetProperty(j => j.HeartbeatAt, now), cancellationToken);
    }

    public Task<int> ProgressAsync(PortalDbContext db, PipelineJob job, string step, int percent, string? message, CancellationToken cancellationToken)
    {
        var now = Now;
        message = PipelineLimits.Trim(message, PipelineLimits.MessageLength);
        return Held(db, job).ExecuteUpdateAsync(
            s => s.SetProperty(j => j.Step, step).SetProperty(j => j.Percent, percent).SetProperty(j => j.Message, message).SetProperty(j => j.HeartbeatAt, now),
            cancellationToken);
    }

    public async Task<int> CompleteAsync(PortalDbContext db, PipelineJob job, string? resultJson, CancellationToken cancellationToken)
    {
        var now = Now;
        var done = await Held(db, job).ExecuteUpdateAsync(
            s => s.SetProperty(j => j.Status, PipelineJobStatus.Completed)
                .SetProperty(j => j.Percent, 100)
                .SetProperty(j => j.ResultJson, resultJson)
                .SetProperty(j => j.Error, (string?)null)
                .SetProperty(j => j.ErrorCode, (string?)null)
                .SetProperty(j => j.CompletedAt, now)
                .SetProperty(j => j.LockToken, (Guid?)null),
            cancellationToken);
        if (done == 1)
        {
            // Checkpoints only serve resumption; a completed job has its result.
            await db.PipelineCheckpoints.IgnoreQueryFilters().Where(c => c.JobId == job.Id).ExecuteDeleteAsync(cancellationToken);
        }

        return done;
    }

    public Task<int> FailAsync(PortalDbContext db, PipelineJob job, string error, string code, CancellationToken cancellationToken)
    {
        var now = Now;
        error = PipelineLimits.Trim(error, PipelineLimits.ErrorLength)!;
        return Held(db, job).ExecuteUpdateAsync(
            s => s.SetProperty(j => j.Status, PipelineJobStatus.Failed)
                .SetProperty(j => j.Error, error)
                .SetProperty(j => j.ErrorCode, code)
                .SetProperty(j => j.CompletedAt, now)
                .SetProperty(j => j.LockToken, (Guid?)null),
            cancellationToken);
    }

    /// <summary>Back to the queue after a transient failure, not before <paramref name="runAfter"/>.</summary>
    public Task<int> RetryLaterAsync(PortalDbContext db, PipelineJob job, DateTime runAfter, string error, CancellationToken cancellationToken)
    {
        error = PipelineLimits.Trim(error, PipelineLimits.ErrorLength)!;
        return Held(db, job).ExecuteUpdateAsync(
            s => s.SetProperty(j => j.Status, PipelineJobStatus.Queued)
                .SetProperty(j => j.RunAfter, runAfter)
                .SetProperty(j => j.Error, error)
                .SetProperty(j => j.ErrorCode, "retrying")
                .SetProperty(j => j.LockToken, (Guid?)null)
                .SetProperty(j => j.WorkerId, (string?)null),
            cancellationToken);
    }

    /// <summary>Hands the job back at shutdown; the interrupted run does not count as an attempt.</summary>
    public Task<int> ReleaseAsync(PortalDbContext db, PipelineJob job, CancellationToken cancellationToken)
    {
        var now = Now;
        return Held(db, job).ExecuteUpdateAsync(
            s => s.SetProperty(j => j.Status, PipelineJobStatus.Queued)
                .SetProperty(j => j.RunAfter, now)
                .SetProperty(j => j.Attempts, j => j.Attempts > 0 ? j.Attempts - 1 : 0)
                .SetProperty(j => j.LockToken, (Guid?)null)
                .SetProperty(j => j.WorkerId, (string?)null),
            cancellationToken);
    }

    /// <summary>Records the end of a run whose job was cancelled while it ran.</summary>
    public Task<int> FinishCancelledAsync(PortalDbContext db, PipelineJob job, CancellationToken cancellationToken)
    {
        var now = Now;
        return Held(db, job, PipelineJobStatus.Cancelled).ExecuteUpdateAsync(
            s => s.SetProperty(j => j.CompletedAt, now).SetProperty(j => j.LockToken, (Guid?)null).SetProperty(j => j.Message, "Cancelled"),
            cancellationToken);
    }

    private static IQueryable<PipelineJob> Held(PortalDbContext db, PipelineJob job, string status = PipelineJobStatus.Processing)
    {
        var (id, token) = (job.Id, job.LockToken);
        return db.PipelineJobs.IgnoreQueryFilters().Where(j => j.Id == id && j.LockToken == token && j.Status == status);
    }
}
