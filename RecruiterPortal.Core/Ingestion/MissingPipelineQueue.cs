using RecruiterPortal.Core.Pipeline;

namespace RecruiterPortal.Core.Ingestion;

/// <summary>Stands in for <see cref="IPipelineQueue"/> when no pipeline engine is registered.</summary>
internal sealed class MissingPipelineQueue : IPipelineQueue
{
    private const string Message = "Resume processing is not available: no pipeline engine is registered in this build.";

    public Task<Guid> EnqueueAsync(PipelineJobRequest request, CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException(Message);

    public Task<IReadOnlyList<Guid>> EnqueueManyAsync(IReadOnlyList<PipelineJobRequest> requests, CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException(Message);
}
