using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Auth;

/// <summary>
/// Authorization policies, one per tenant role, in one place. A policy admits its role and every
/// role above it. Pages use the cookie scheme; the HTTP API uses API keys (the Api* policies).
/// </summary>
public static class PortalPolicies
{
    public const string Viewer = "Viewer";
    public const string Recruiter = "Recruiter";
    public const string Admin = "Admin";
    public const string Owner = "Owner";

    public const string ApiViewer = "ApiViewer";
    public const string ApiRecruiter = "ApiRecruiter";
    public const string ApiAdmin = "ApiAdmin";
    public const string ApiOwner = "ApiOwner";

    public static void Configure(AuthorizationOptions options)
    {
        foreach (var role in PortalRoles.All)
        {
            options.AddPolicy(role, p => p
                .AddAuthenticationSchemes(IdentityConstants.ApplicationScheme)
                .RequireAuthenticatedUser()
                .RequireClaim(PortalClaims.TenantId)
                .RequireRole(PortalRoles.AtLeast(role)));
            options.AddPolicy("Api" + role, p => p
                .AddAuthenticationSchemes(ApiKeyAuthenticationHandler.SchemeName)
                .RequireAuthenticatedUser()
                .RequireClaim(PortalClaims.TenantId)
                .RequireRole(PortalRoles.AtLeast(role)));
        }
    }

    public static bool IsInRoleAtLeast(this ClaimsPrincipal user, string role) =>
        PortalRoles.Includes(user.FindFirstValue(ClaimTypes.Role), role);
}
