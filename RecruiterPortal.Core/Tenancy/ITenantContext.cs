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
}
