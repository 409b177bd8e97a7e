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

    public string? ActorName { get; private set; }

    public string? ApiKeyName { get; private set; }

    public string? Origin { get; private set; }

    /// <summary>Remembers the client's address for the audit log (per request, or at circuit start).</summary>
    public void SetOrigin(string? address) => Origin = address;

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
        var isKey = principal.HasClaim(c => c.Type == PortalClaims.ApiKeyId);
        ApiKeyName = isKey ? principal.FindFirstValue(ClaimTypes.Name) : null;
        ActorName = isKey ? null : principal.FindFirstValue(ClaimTypes.Email) ?? principal.FindFirstValue(ClaimTypes.Name);
    }

    /// <summary>Acts for a tenant outside a user's request: a worker running that tenant's job.</summary>
    public void Use(Guid tenantId, Guid? userId = null, string? role = null)
    {
        TenantId = tenantId;
        UserId = userId;
        Role = role;
        TenantName = null;
        ActorName = null;
        ApiKeyName = null;
    }

    public void Clear()
    {
        TenantId = null;
        TenantName = null;
        UserId = null;
        Role = null;
        ActorName = null;
        ApiKeyName = null;
    }
}
