using System.Collections.Concurrent;
using RecruiterPortal.Core.Pipeline;

namespace RecruiterPortal.Tests.Unit.Ingestion;

/// <summary>Records enqueued jobs so a test can inspect them or run them with <see cref="IngestionHarness"/>.</summary>
public sealed class RecordingPipelineQueue : IPipelineQueue
{
    public ConcurrentDictionary<Guid, PipelineJobRequest> Jobs { get; } = new();

    public Task<Guid> EnqueueAsync(PipelineJobRequest request, CancellationToken cancellationToken = default)
    {
        var id = Guid.CreateVersion7();
        Jobs[id] = request;
        return Task.FromResult(id);
    }

    public async Task<IReadOnlyList<Guid>> EnqueueManyAsync(IReadOnlyList<PipelineJobRequest> requests, CancellationToken cancellationToken = default)
    {
        var ids = new List<Guid>();
        foreach (var request in requests)
        {
            ids.Add(await EnqueueAsync(request, cancellationToken));
        }

        return ids;
    }
}
