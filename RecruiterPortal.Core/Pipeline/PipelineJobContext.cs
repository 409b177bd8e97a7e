namespace RecruiterPortal.Core.Pipeline;

/// <summary>
/// What a handler gets for one run of one job: the payload, the checkpoints of earlier attempts,
/// progress reporting, and a place for the result. Implemented by the pipeline engine.
/// </summary>
public abstract class PipelineJobContext
{
    public abstract Guid JobId { get; }

    public abstract Guid TenantId { get; }

    public abstract string Kind { get; }

    /// <summary>1 for the first run; higher after a crash, a reclaim or a transient failure.</summary>
    public abstract int Attempt { get; }

    public abstract Guid? CorrelationId { get; }

    public abstract Guid? SubjectId { get; }

    /// <summary>The job's DI scope: the tenant context is the job's tenant.</summary>
    public abstract IServiceProvider Services { get; }

    public abstract T GetPayload<T>();

    /// <summary>The state saved after a step by an earlier attempt, or default if that step never finished.</summary>
    public abstract Task<T?> LoadCheckpointAsync<T>(string step, CancellationToken cancellationToken = default);

    /// <summary>Saves a step's output durably, so a later attempt resumes after this step.</summary>
    public abstract Task SaveCheckpointAsync<T>(string step, T state, CancellationToken cancellationToken = default);

    /// <summary>Records the current step and percent on the job and publishes a progress event.</summary>
    public abstract Task ReportProgressAsync(string step, int percent, string? message = null, CancellationToken cancellationToken = default);

    /// <summary>Sets the job's result (serialised to JSON), stored when the job completes.</summary>
    public abstract void SetResult(object result);
}
