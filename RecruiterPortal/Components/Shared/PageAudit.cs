using RecruiterPortal.Core.Audit;

namespace RecruiterPortal.Components.Shared;

/// <summary>
/// Pages that take a record's id answer another tenant's id exactly like a missing one; this records
/// the attempt in the caller's own log, as <c>AccessOutcomeMiddleware</c> does for API and file routes.
/// </summary>
public static class PageAudit
{
    public static Task RecordMissingAsync(this AuditLog audit, Guid id, string route) =>
        audit.RecordAsync(AuditActions.RecordNotFound, AuditEntities.Record, id, $"page {route}");
}
