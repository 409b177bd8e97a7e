using System.Security.Claims;

namespace RecruiterPortal.Core.Tenancy;

/// <summary>
/// The scoped, settable <see cref="ITenantContext"/>: filled from the principal's claims by the web
/// layer (per request and per circuit) or by a worker for the job it runs.
/// </summary>
public sealed class TenantContext : ITenantContext
{
    public Guid? TenantId { get; private set; }

    public string? TenantName { get; private set; }

    public Guid? UserId { get; private set; }

    public string? Role { get; private set; }

    public void Set(ClaimsPrincipal? principal)
    {
        if (principal?.Identity?.IsAuthenticated != true
            || !Guid.TryParse(principal.FindFirstValue(PortalClaims.TenantId), out var tenantId))
        {
            Clear();
            return;
        }

        TenantId = tenantId;
        TenantName = principal.FindFirstValue(PortalClaims.TenantName);
        UserId = Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var userId) ? userId : null;
        Role = principal.FindFirstValue(ClaimTypes.Role);
    }

    /// <summary>Acts for a tenant outside a user's request: a worker running that tenant's job.</summary>
    public void Use(Guid tenantId, Guid? userId = null, string? role = null)
    {
        TenantId = tenantId;
        UserId = userId;
        Role = role;
        TenantName = null;
    }

    public void Clear()
    {
        TenantId = null;
        TenantName = null;
        UserId = null;
        Role = null;
    }
}
