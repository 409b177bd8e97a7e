using System.Globalization;
using System.Text;
using RecruiterPortal.Auth;
using RecruiterPortal.Core.Audit;

namespace RecruiterPortal.Endpoints;

/// <summary>The audit log as CSV for the tenant's admins (cookie authentication).</summary>
public static class AuditEndpoints
{
    public const string CsvPath = "/files/audit.csv";

    public static IEndpointRouteBuilder MapAuditEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(CsvPath, async (HttpContext http, AuditLog audit, string? action, string? actor, string? entity, string? from, string? to, CancellationToken cancellationToken) =>
            {
                var query = new AuditQuery(action, actor, entity, Day(from), Day(to), 0, int.MaxValue);
                http.Response.ContentType = "text/csv; charset=utf-8";
                http.Response.Headers.ContentDisposition = $"attachment; filename=\"audit-log-{DateTime.UtcNow:yyyyMMdd-HHmm}.csv\"";
                await using var writer = new StreamWriter(http.Response.Body, new UTF8Encoding(false));
                await audit.WriteCsvAsync(query, writer, cancellationToken);
            })
            .RequireAuthorization(PortalPolicies.Admin)
            .ExcludeFromDescription();
        return endpoints;
    }

    /// <summary>A whole UTC day written yyyy-MM-dd, as the audit and error log filters take it; null when absent or unreadable.</summary>
    public static DateTime? Day(string? value) =>
        DateTime.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var day) ? day : null;
}

/// <summary>The CSV download's address for a filter (dates as whole UTC days; "to" is exclusive).</summary>
public static class AuditCsvLink
{
    public static string For(AuditQuery query)
    {
        var parts = new List<string>();
        Add(parts, "action", query.Action);
        Add(parts, "actor", query.Actor);
        Add(parts, "entity", query.EntityId);
        Add(parts, "from", query.FromUtc?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add(parts, "to", query.ToUtc?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        return AuditEndpoints.CsvPath.TrimStart('/') + (parts.Count == 0 ? "" : "?" + string.Join("&", parts));
    }

    private static void Add(List<string> parts, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            parts.Add($"{name}={Uri.EscapeDataString(value.Trim())}");
        }
    }
}
