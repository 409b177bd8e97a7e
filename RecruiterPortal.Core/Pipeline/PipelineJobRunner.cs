using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RecruiterPortal.Core.Data;
using RecruiterPortal.Core.Progress;
using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Core.Pipeline;

/// <summary>
/// Runs one claimed job: a fresh DI scope acting as the job's tenant, its handler, a heartbeat
/// that keeps the claim alive (and notices a cancel or a takeover), and the final status write.
/// </summary>
internal sealed class PipelineJobRunner(
    IServiceScopeFactory scopes,
    PipelineJobStore store,
    IProgressNotifier notifier,
    IOptions<PipelineOptions> options,
    ILogger<PipelineJobRunner> logger)
{
    public async Task RunAsync(PipelineJob job, CancellationToken stoppingToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Use(job.TenantId, job.CreatedByUserId);
        var dbFactory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>();
        PipelineProgress.Publish(notifier, job, PipelineJobStatus.Processing, job.Step, job.Percent, job.Attempts > 1 ? $"Attempt {job.Attempts} of {job.MaxAttempts}" : null);

        using var leaseLost = new CancellationTokenSource();
        using var run = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, leaseLost.Token);
        using var stopHeartbeat = new CancellationTokenSource();
        var heartbeat = HeartbeatAsync(dbFactory, job, leaseLost, stopHeartbeat.Token);
        RunningJobContext? context = null;
        Outcome outcome;
        try
        {
            var handler = scope.ServiceProvider.GetServices<IPipelineHandler>().FirstOrDefault(h => h.Kind == job.Kind);
            if (handler is null)
            {
                outcome = Outcome.Failed($"This portal cannot run jobs of kind '{job.Kind}'.", "unknown_kind");
            }
            else
            {
                context = new RunningJobContext(job, scope.ServiceProvider, store, notifier, () => CancelQuietly(leaseLost));
                await handler.ExecuteAsync(context, run.Token);
                outcome = leaseLost.IsCancellationRequested ? Outcome.Interrupted : Outcome.Completed;
            }
        }
        catch (Exception) when (leaseLost.IsCancellationRequested)
        {
            outcome = Outcome.Interrupted;
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            outcome = Outcome.Released;
        }
        catch (PipelineFailure failure)
        {
            outcome = Outcome.Failed(failure.Message, failure.Code);
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Job {JobId} ({Kind}) failed on attempt {Attempt} of {MaxAttempts}", job.Id, job.Kind, job.Attempts, job.MaxAttempts);
            outcome = Outcome.Transient(ex.Message);
            if (scope.ServiceProvider.GetService<Monitoring.ErrorLog>() is { } errors)
            {
                await errors.RecordAsync(job.TenantId, job.CreatedByUserId, Monitoring.ErrorSources.Job, job.Id.ToString(), $"{job.Kind}, attempt {job.Attempts} of {job.MaxAttempts}", ex);
            }
        }
        finally
        {
            await stopHeartbeat.CancelAsync();
            await heartbeat;
        }

        try
        {
            await FinishAsync(dbFactory, job, outcome, context?.ResultJson);
        }
        catch (Exception ex)
        {
            // The reclaimer puts the job back once its heartbeat is stale.
            logger.LogError(ex, "Could not record the outcome of job {JobId}", job.Id);
        }
    }

    private async Task FinishAsync(IDbContextFactory<PortalDbContext> dbFactory, PipelineJob job, Outcome outcome, string? resultJson)
    {
        // The outcome is written even while the host stops, so the work is not lost.
        var none = CancellationToken.None;
        await using var db = await dbFactory.CreateDbContextAsync(none);
        switch (outcome.Kind)
        {
            case OutcomeKind.Completed when await store.CompleteAsync(db, job, resultJson, none) == 1:
                PipelineProgress.Publish(notifier, job, PipelineJobStatus.Completed, job.Step, 100, null);
                return;
            case OutcomeKind.Completed or OutcomeKind.Interrupted:
                await FinishInterruptedAsync(db, job);
                return;
            case OutcomeKind.Released when await store.ReleaseAsync(db, job, none) == 1:
                PipelineProgress.Publish(notifier, job, PipelineJobStatus.Queued, job.Step, job.Percent, "Waiting for a worker");
                return;
            case OutcomeKind.Released:
                // Cancelled while the instance was stopping: record the cancel instead.
                await FinishInterruptedAsync(db, job);
                return;
            case OutcomeKind.Transient when job.Attempts < job.MaxAttempts:
                var delay = PipelineBackoff.Delay(job.Attempts, options.Value);
                if (await store.RetryLaterAsync(db, job, store.Now + delay, outcome.Error!, none) == 1)
                {
                    PipelineProgress.Publish(notifier, job, PipelineJobStatus.Queued, job.Step, job.Percent, $"Retrying in {Math.Ceiling(delay.TotalSeconds)} s: {outcome.Error}");
                }

                return;
            case OutcomeKind.Transient:
                await FailAsync(db, job, $"Failed after {job.Attempts} attempts: {outcome.Error}", "retries_exhausted");
                return;
            default:
                await FailAsync(db, job, outcome.Error!, outcome.Code!);
                return;
        }
    }

    private async Task FailAsync(PortalDbContext db, PipelineJob job, string error, string code)
    {
        if (await store.FailAsync(db, job, error, code, CancellationToken.None) == 1)
        {
            PipelineProgress.Publish(notifier, job, PipelineJobStatus.Failed, job.Step, job.Percent, error);
        }
        else
        {
            await FinishInterruptedAsync(db, job);
        }
    }

    private async Task FinishInterruptedAsync(PortalDbContext db, PipelineJob job)
    {
        if (await store.FinishCancelledAsync(db, job, CancellationToken.None) == 1)
        {
            PipelineProgress.Publish(notifier, job, PipelineJobStatus.Cancelled, job.Step, job.Percent, "Cancelled");
        }
        else
        {
            logger.LogWarning("Job {JobId} was taken over by another worker; this run's outcome is dropped", job.Id);
        }
    }

    private async Task HeartbeatAsync(IDbContextFactory<PortalDbContext> dbFactory, PipelineJob job, CancellationTokenSource leaseLost, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(options.Value.HeartbeatInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                try
                {
                    await using var db = await dbFactory.CreateDbContextAsync(stop);
                    if (await store.HeartbeatAsync(db, job, stop) == 0)
                    {
                        // Cancelled by a user, or reclaimed after a stall: this run must stop.
                        CancelQuietly(leaseLost);
                        return;
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // A brief database outage: keep trying; if it lasts, the lease expires and the job is reclaimed.
                    logger.LogWarning(ex, "Heartbeat of job {JobId} failed", job.Id);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private static void CancelQuietly(CancellationTokenSource source)
    {
        try
        {
            source.Cancel();
        }
        catch (ObjectDisposedException)
        {
        }
    }

    private enum OutcomeKind
    {
        Completed,
        Failed,
        Transient,
        Released,
        Interrupted,
    }

    private sealed record Outcome(OutcomeKind Kind, string? Error = null, string? Code = null)
    {
        public static Outcome Completed { get; } = new(OutcomeKind.Completed);

        public static Outcome Released { get; } = new(OutcomeKind.Released);

        public static Outcome Interrupted { get; } = new(OutcomeKind.Interrupted);

        public static Outcome Failed(string error, string code) => new(OutcomeKind.Failed, error, code);

        public static Outcome Transient(string error) => new(OutcomeKind.Transient, error);
    }
}
