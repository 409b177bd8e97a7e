using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using RecruiterPortal.Core.Data;
using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Core.Audit;

/// <summary>A filter over a tenant's audit log; empty fields match everything.</summary>
public sealed record AuditQuery(string? Action = null, string? Actor = null, string? EntityId = null, DateTime? FromUtc = null, DateTime? ToUtc = null, int Skip = 0, int Take = 100);

public sealed record AuditResults(IReadOnlyList<AuditEntry> Entries, int Total);

/// <summary>
/// Writes and reads the current tenant's audit log. Each entry is saved in a context of its own, so
/// it neither carries nor waits for the caller's unsaved changes. Entries are never changed or removed.
/// </summary>
public sealed class AuditLog(IDbContextFactory<PortalDbContext> dbFactory, ITenantContext tenant, TimeProvider clock)
{
    /// <summary>Records an action of the current user or key on a record of the current tenant.</summary>
    public Task RecordAsync(string action, string entityType, object? entityId, string? detail = null, CancellationToken cancellationToken = default) =>
        tenant.TenantId is { } tenantId
            ? WriteAsync(tenantId, tenant.UserId is { } user && tenant.ApiKeyName is null ? user : null, ActorOf(tenant), action, entityType, entityId, detail, tenant.Origin, cancellationToken)
            : Task.CompletedTask;

    /// <summary>Records an action for a tenant outside a signed-in request, such as a sign-in attempt.</summary>
    public Task RecordForAsync(Guid tenantId, Guid? actorUserId, string actor, string action, string entityType, object? entityId, string? detail, string? origin, CancellationToken cancellationToken = default) =>
        WriteAsync(tenantId, actorUserId, actor, action, entityType, entityId, detail, origin, cancellationToken);

    public async Task<AuditResults> SearchAsync(AuditQuery query, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var filtered = Filter(db.Set<AuditEntry>().AsNoTracking(), query);
        var total = await filtered.CountAsync(cancellationToken);
        var entries = await filtered
            .OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id)
            .Skip(Math.Max(0, query.Skip)).Take(Math.Clamp(query.Take, 1, 500))
            .ToListAsync(cancellationToken);
        return new AuditResults(entries, total);
    }

    /// <summary>Writes every entry the filter matches as CSV, oldest first, streaming from the database.</summary>
    public async Task WriteCsvAsync(AuditQuery query, TextWriter writer, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await writer.WriteLineAsync("occurred_at_utc,actor,action,entity_type,entity_id,detail,origin");
        var rows = Filter(db.Set<AuditEntry>().AsNoTracking(), query).OrderBy(e => e.OccurredAt).ThenBy(e => e.Id).AsAsyncEnumerable();
        await foreach (var e in rows.WithCancellation(cancellationToken))
        {
            var line = new StringBuilder()
                .Append(e.OccurredAt.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)).Append(',')
                .Append(CsvCell(e.Actor)).Append(',')
                .Append(CsvCell(e.Action)).Append(',')
                .Append(CsvCell(e.EntityType)).Append(',')
                .Append(CsvCell(e.EntityId)).Append(',')
                .Append(CsvCell(e.Detail)).Append(',')
                .Append(CsvCell(e.Origin));
            await writer.WriteLineAsync(line.ToString());
        }
    }

    /// <summary>A CSV cell that spreadsheets will not run as a formula.</summary>
    public static string CsvCell(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        var text = value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
        return text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"") + "\"" : text;
    }

    private static IQueryable<AuditEntry> Filter(IQueryable<AuditEntry> entries, AuditQuery query)
    {
        if (!string.IsNullOrWhiteSpace(query.Action))
        {
            entries = entries.Where(e => e.Action == query.Action);
        }

        if (!string.IsNullOrWhiteSpace(query.Actor))
        {
            var actor = query.Actor.Trim().ToLowerInvariant();
            entries = entries.Where(e => e.Actor.ToLower().Contains(actor));
        }

        if (!string.IsNullOrWhiteSpace(query.EntityId))
        {
            var id = query.EntityId.Trim();
            entries = entries.Where(e => e.EntityId == id);
        }

        if (query.FromUtc is { } from)
        {
            entries = entries.Where(e => e.OccurredAt >= from);
        }

        if (query.ToUtc is { } to)
        {
            entries = entries.Where(e => e.OccurredAt < to);
        }

        return entries;
    }

    private static string ActorOf(ITenantContext context) =>
        context.ApiKeyName is { } key ? $"API key {key}" : context.ActorName ?? (context.UserId is null ? "system" : context.UserId.ToString()!);

    private async Task WriteAsync(Guid tenantId, Guid? actorUserId, string actor, string action, string entityType, object? entityId, string? detail, string? origin, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.Add(new AuditEntry
        {
            Id = Guid.CreateVersion7(),
            TenantId = tenantId,
            OccurredAt = clock.GetUtcNow().UtcDateTime,
            ActorUserId = actorUserId,
            Actor = AuditText.Clean(actor, 320)!,
            Action = action,
            EntityType = entityType,
            EntityId = entityId?.ToString(),
            Detail = AuditText.Clean(detail),
            Origin = AuditText.Clean(origin, 64),
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
