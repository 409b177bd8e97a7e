using System.Security.Claims;
using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Endpoints;

/// <summary><c>GET /api/v1/me</c>: who the caller is.</summary>
public static class MeEndpoints
{
    public static RouteGroupBuilder MapMeEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/me", (ClaimsPrincipal user, ITenantContext tenant) => TypedResults.Ok(new MeResponse(
                new MeTenant(tenant.TenantId!.Value, user.FindFirstValue(PortalClaims.TenantName) ?? ""),
                user.FindFirstValue(ClaimTypes.Role) ?? "",
                user.FindFirstValue(ClaimTypes.Name) ?? "")))
            .WithName("GetMe")
            .WithSummary("The tenant and role of the calling API key.");
        return api;
    }

    public sealed record MeResponse(MeTenant Tenant, string Role, string KeyName);

    public sealed record MeTenant(Guid Id, string Name);
}
