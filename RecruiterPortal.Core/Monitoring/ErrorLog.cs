using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using RecruiterPortal.Core.Audit;
using RecruiterPortal.Core.Data;

namespace RecruiterPortal.Core.Monitoring;

public sealed record ErrorLogQuery(string? Source = null, string? Search = null, DateTime? FromUtc = null, DateTime? ToUtc = null, int Skip = 0, int Take = 50);

public sealed record ErrorLogResults(IReadOnlyList<ErrorLogEntry> Entries, int Total);

/// <summary>
/// Writes and reads the tenant's error log (<c>error_logs</c>). Recording never throws: it runs
/// while something else has already failed, so a failure to record is only written to the server
/// log. Failures with no tenant (an anonymous page) go to the server log alone.
/// </summary>
public sealed class ErrorLog(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider clock, ILogger<ErrorLog> logger)
{
    public const int MaxMessageLength = 1000;
    public const int MaxDetailLength = 16_000;

    public async Task RecordAsync(Guid? tenantId, Guid? userId, string source, string reference, string where, Exception exception)
    {
        if (tenantId is not { } tenant)
        {
            return;
        }

        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(CancellationToken.None);
            db.Add(new ErrorLogEntry
            {
                Id = Guid.CreateVersion7(),
                TenantId = tenant,
                OccurredAt = clock.GetUtcNow().UtcDateTime,
                Source = source,
                Reference = AuditText.Clean(reference, 100)!,
                Where = AuditText.Clean(where, 300)!,
                UserId = userId,
                ExceptionType = AuditText.Clean(exception.GetType().FullName ?? exception.GetType().Name, 200)!,
                Message = AuditText.Clean(exception.Message, MaxMessageLength)!,
                Detail = Cap(exception.ToString(), MaxDetailLength),
            });
            await db.SaveChangesAsync(CancellationToken.None);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Could not write the error log entry for {Reference}", reference);
        }
    }

    public async Task<ErrorLogResults> SearchAsync(ErrorLogQuery query, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var entries = db.Set<ErrorLogEntry>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Source))
        {
            entries = entries.Where(e => e.Source == query.Source);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var text = query.Search.Trim().ToLowerInvariant();
            entries = entries.Where(e => e.Reference.ToLower().Contains(text) || e.Message.ToLower().Contains(text) || e.Where.ToLower().Contains(text) || e.ExceptionType.ToLower().Contains(text));
        }

        if (query.FromUtc is { } from)
        {
            entries = entries.Where(e => e.OccurredAt >= from);
        }

        if (query.ToUtc is { } to)
        {
            entries = entries.Where(e => e.OccurredAt < to);
        }

        var total = await entries.CountAsync(cancellationToken);
        var page = await entries
            .OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id)
            .Skip(Math.Max(0, query.Skip)).Take(Math.Clamp(query.Take, 1, 500))
            .ToListAsync(cancellationToken);
        return new ErrorLogResults(page, total);
    }

    /// <summary>Deletes the current tenant's entries older than <paramref name="before"/>; returns how many.</summary>
    public async Task<int> PurgeAsync(DateTime before, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Set<ErrorLogEntry>().Where(e => e.OccurredAt < before).ExecuteDeleteAsync(cancellationToken);
    }

    private static string Cap(string text, int max) => text.Length <= max ? text : text[..max] + "…";
}
