using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RecruiterPortal.Core.Data;
using RecruiterPortal.Core.Progress;

namespace RecruiterPortal.Core.Pipeline;

/// <summary>The engine's <see cref="PipelineJobContext"/> for one run of one claimed job.</summary>
internal sealed class RunningJobContext(
    PipelineJob job,
    IServiceProvider services,
    PipelineJobStore store,
    IProgressNotifier notifier,
    Action onLeaseLost) : PipelineJobContext
{
    private readonly IDbContextFactory<PortalDbContext> _dbFactory = services.GetRequiredService<IDbContextFactory<PortalDbContext>>();

    public override Guid JobId => job.Id;

    public override Guid TenantId => job.TenantId;

    public override string Kind => job.Kind;

    public override int Attempt => job.Attempts;

    public override Guid? CorrelationId => job.CorrelationId;

    public override Guid? SubjectId => job.SubjectId;

    public override IServiceProvider Services => services;

    /// <summary>The result set by the handler, as stored JSON.</summary>
    public string? ResultJson { get; private set; }

    public override T GetPayload<T>() =>
        JsonSerializer.Deserialize<T>(job.PayloadJson, JsonSerializerOptions.Web)
            ?? throw new PipelineFailure($"The job's input is missing or unreadable as {typeof(T).Name}.", "invalid_payload");

    public override async Task<T?> LoadCheckpointAsync<T>(string step, CancellationToken cancellationToken = default)
        where T : default
    {
        await using var db = await _dbFactory.CreateDbContextAsync(cancellationToken);
        var state = await db.PipelineCheckpoints.AsNoTracking()
            .Where(c => c.JobId == job.Id && c.Step == step)
            .Select(c => c.StateJson)
            .SingleOrDefaultAsync(cancellationToken);
        return state is null ? default : JsonSerializer.Deserialize<T>(state, JsonSerializerOptions.Web);
    }

    public override async Task SaveCheckpointAsync<T>(string step, T state, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(step);
        var json = JsonSerializer.Serialize(state, JsonSerializerOptions.Web);
        var now = store.Now;
        await using var db = await _dbFactory.CreateDbContextAsync(cancellationToken);
        var updated = await db.PipelineCheckpoints
            .Where(c => c.JobId == job.Id && c.Step == step)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.StateJson, json).SetProperty(c => c.CreatedAt, now), cancellationToken);
        if (updated == 0)
        {
            db.PipelineCheckpoints.Add(new PipelineCheckpoint { TenantId = job.TenantId, JobId = job.Id, Step = step, StateJson = json, CreatedAt = now });
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    public override async Task ReportProgressAsync(string step, int percent, string? message = null, CancellationToken cancellationToken = default)
    {
        percent = Math.Clamp(percent, 0, 100);
        await using var db = await _dbFactory.CreateDbContextAsync(cancellationToken);
        if (await store.ProgressAsync(db, job, step, percent, message, cancellationToken) == 0)
        {
            // Cancelled or taken over: stop the handler now rather than at the next heartbeat.
            onLeaseLost();
            return;
        }

        PipelineProgress.Publish(notifier, job, PipelineJobStatus.Processing, step, percent, message);
    }

    public override void SetResult(object result) =>
        ResultJson = JsonSerializer.Serialize(result, result?.GetType() ?? typeof(object), JsonSerializerOptions.Web);
}
