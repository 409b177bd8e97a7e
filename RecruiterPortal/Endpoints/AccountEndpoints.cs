using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using RecruiterPortal.Auth;
using RecruiterPortal.Core.Audit;
using RecruiterPortal.Core.Identity;
using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Endpoints;

/// <summary>Account actions that are plain form posts rather than pages.</summary>
public static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(PortalRoutes.Logout, async (SignInManager<PortalUser> signIn, AuditLog audit, ITenantContext tenant, [FromForm] string? returnUrl) =>
        {
            await audit.RecordAsync(AuditActions.SignedOut, AuditEntities.User, tenant.UserId);
            await signIn.SignOutAsync();
            return TypedResults.LocalRedirect($"~{PortalRoutes.Login}");
        }).ExcludeFromDescription();
        return endpoints;
    }
}
