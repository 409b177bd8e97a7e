using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace RecruiterPortal.Core.Ingestion;

/// <summary>
/// Serialises "find the person, else create them" per tenant, so two resumes of one person processed
/// at the same moment become two versions of one candidate, not two candidates. Within an instance a
/// semaphore per tenant does it; across instances on PostgreSQL a transaction-scoped advisory lock.
/// The save step takes milliseconds, so serialising it costs little.
/// </summary>
public static class CandidateIdentityLock
{
    private static readonly ConcurrentDictionary<Guid, SemaphoreSlim> Locks = new();

    public static async Task<T> RunAsync<T>(DbContext db, Guid tenantId, Func<Task<T>> save, CancellationToken cancellationToken)
    {
        var gate = Locks.GetOrAdd(tenantId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (!db.Database.IsNpgsql())
            {
                return await save();
            }

            var strategy = db.Database.CreateExecutionStrategy();
            return await strategy.ExecuteAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                await db.Database.ExecuteSqlInterpolatedAsync($"SELECT pg_advisory_xact_lock(hashtext({"candidate-identity:" + tenantId}))", cancellationToken);
                var result = await save();
                await transaction.CommitAsync(cancellationToken);
                return result;
            });
        }
        finally
        {
            gate.Release();
        }
    }
}
