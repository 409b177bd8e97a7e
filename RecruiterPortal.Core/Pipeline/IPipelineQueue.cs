namespace RecruiterPortal.Core.Pipeline;

/// <summary>Puts durable jobs on the queue that the workers of every app instance share.</summary>
public interface IPipelineQueue
{
    /// <summary>Stores the job (status queued) and wakes a worker; returns the job id.</summary>
    Task<Guid> EnqueueAsync(PipelineJobRequest request, CancellationToken cancellationToken = default);

    /// <summary>Stores several jobs in one transaction.</summary>
    Task<IReadOnlyList<Guid>> EnqueueManyAsync(IReadOnlyList<PipelineJobRequest> requests, CancellationToken cancellationToken = default);
}
