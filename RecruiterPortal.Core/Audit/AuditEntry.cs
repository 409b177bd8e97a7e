using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Core.Audit;

/// <summary>
/// One line of a tenant's append-only audit log: who did what to which record, when (UTC) and from
/// where. It names records by id only, so erasing a person leaves no personal data behind here.
/// </summary>
public sealed class AuditEntry : ITenantOwned
{
    public Guid Id { get; set; }

    public Guid TenantId { get; set; }

    public DateTime OccurredAt { get; set; }

    /// <summary>The user, or null for an API key, a sign-in attempt by an unknown name, or the system.</summary>
    public Guid? ActorUserId { get; set; }

    /// <summary>How the actor is shown: a user's email, "API key …", or "system".</summary>
    public string Actor { get; set; } = "";

    /// <summary>One of <see cref="AuditActions"/>.</summary>
    public string Action { get; set; } = "";

    public string EntityType { get; set; } = "";

    public string? EntityId { get; set; }

    public string? Detail { get; set; }

    /// <summary>The client's address, when the action came over the network.</summary>
    public string? Origin { get; set; }
}
