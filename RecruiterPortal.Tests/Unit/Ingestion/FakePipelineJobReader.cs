using System.Collections.Concurrent;
using RecruiterPortal.Core.Pipeline;
using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Tests.Unit.Ingestion;

/// <summary>Jobs a test puts in, read back per tenant like the engine's reader.</summary>
public sealed class FakePipelineJobReader(ITenantContext tenant) : IPipelineJobReader
{
    public static ConcurrentDictionary<Guid, (Guid TenantId, PipelineJobView Job)> Jobs { get; } = new();

    public Task<PipelineJobView?> GetAsync(Guid jobId, CancellationToken cancellationToken) =>
        Task.FromResult(Jobs.TryGetValue(jobId, out var entry) && entry.TenantId == tenant.TenantId ? entry.Job : null);
}
