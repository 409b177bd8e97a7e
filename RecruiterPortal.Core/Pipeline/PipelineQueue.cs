using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RecruiterPortal.Core.Data;
using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Core.Pipeline;

/// <summary>
/// Stores jobs as queued rows and wakes the workers of every instance. A caller acting for a
/// tenant (a user, an API key, a job) can only queue work for that tenant.
/// </summary>
public sealed class PipelineQueue(IDbContextFactory<PortalDbContext> dbFactory, PipelineWaker waker, ITenantContext tenant, TimeProvider clock) : IPipelineQueue
{
    public async Task<Guid> EnqueueAsync(PipelineJobRequest request, CancellationToken cancellationToken = default) =>
        (await EnqueueManyAsync([request], cancellationToken))[0];

    public async Task<IReadOnlyList<Guid>> EnqueueManyAsync(IReadOnlyList<PipelineJobRequest> requests, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(requests);
        if (requests.Count == 0)
        {
            return [];
        }

        if (tenant.TenantId is { } current && requests.Any(r => r.TenantId != current))
        {
            throw new InvalidOperationException("A job can only be queued for the tenant the caller acts for.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var jobs = requests.Select(r => ToJob(r, now)).ToList();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            db.PipelineJobs.AddRange(jobs);
            await db.SaveChangesAsync(cancellationToken);
            await waker.NotifyAsync(db, cancellationToken);

            await transaction.CommitAsync(cancellationToken);
        }

        waker.WakeLocal();
        return jobs.Select(j => j.Id).ToList();
    }

    /// <summary>The row a request becomes, for callers that store jobs in their own transaction.</summary>
    internal static PipelineJob ToJob(PipelineJobRequest request, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.TenantId == Guid.Empty)
        {
            throw new ArgumentException("A job needs the tenant it belongs to.", nameof(request));
        }

        if (string.IsNullOrWhiteSpace(request.Kind))
        {
            throw new ArgumentException("A job needs a kind.", nameof(request));
        }

        if (request.MaxAttempts < 1)
        {
            throw new ArgumentException("MaxAttempts must be at least 1.", nameof(request));
        }

        return new PipelineJob
        {
            TenantId = request.TenantId,
            Kind = request.Kind,
            PayloadJson = JsonSerializer.Serialize(request.Payload, request.Payload?.GetType() ?? typeof(object), JsonSerializerOptions.Web),
            CorrelationId = request.CorrelationId,
            SubjectId = request.SubjectId,
            Priority = request.Priority,
            MaxAttempts = request.MaxAttempts,
            CreatedByUserId = request.CreatedByUserId,
            RunAfter = now,
            CreatedAt = now,
        };
    }
}
