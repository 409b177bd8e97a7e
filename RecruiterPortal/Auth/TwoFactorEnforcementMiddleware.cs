using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using RecruiterPortal.Core.Tenancy;
using RecruiterPortal.Core.Users;

namespace RecruiterPortal.Auth;

/// <summary>
/// When the tenant requires two-factor sign-in, a signed-in user who has not set it up is sent to
/// the set-up page from every page and download; account pages, the keyed API and the framework's
/// own files stay reachable. Pages opened in a live circuit are covered by <c>TwoFactorGate</c>.
/// </summary>
public sealed class TwoFactorEnforcementMiddleware(RequestDelegate next)
{
    private static readonly string[] _open = ["/Account", "/api", "/_blazor", "/_framework", "/_content", "/assets", "/healthz", "/openapi"];

    public async Task InvokeAsync(HttpContext context, TwoFactorRequirement requirement)
    {
        var path = context.Request.Path;
        if (context.User.Identity?.AuthenticationType == IdentityConstants.ApplicationScheme
            && !context.User.HasClaim(c => c.Type == PortalClaims.ApiKeyId)
            && !_open.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase))
            && !Path.HasExtension(path.Value)
            && Guid.TryParse(context.User.FindFirstValue(ClaimTypes.NameIdentifier), out var userId)
            && await requirement.MustSetUpAsync(userId, context.RequestAborted))
        {
            context.Response.Redirect(PortalRoutes.TwoFactor);
            return;
        }

        await next(context);
    }
}
