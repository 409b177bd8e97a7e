namespace RecruiterPortal.Core.Tenancy;

/// <summary>
/// The tenant the current operation acts for: the signed-in user's (from claims, per HTTP request
/// or per Blazor circuit), an API key's, or the tenant a background job belongs to.
/// With no tenant, tenant-owned queries return nothing (fail closed).
/// </summary>
public interface ITenantContext
{
    Guid? TenantId { get; }

    string? TenantName { get; }

    Guid? UserId { get; }

    /// <summary>The caller's role, one of <see cref="PortalRoles"/>; null when anonymous.</summary>
    string? Role { get; }

    /// <summary>How the audit log names the caller: a user's email; null for a key or a job.</summary>
    string? ActorName => null;

    /// <summary>The API key's name when the caller is a key.</summary>
    string? ApiKeyName => null;

    /// <summary>The client's network address, when the operation came over the network.</summary>
    string? Origin => null;
}
