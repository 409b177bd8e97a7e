using Microsoft.AspNetCore.Authentication;
using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Auth;

/// <summary>Fills the request's <see cref="TenantContext"/> from the signed-in user or API key.</summary>
public sealed class TenantContextMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, TenantContext tenant)
    {
        var principal = context.User;
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            // The API is keyed: a browser's cookie must not act on the API's behalf.
            var result = await context.AuthenticateAsync(ApiKeyAuthenticationHandler.SchemeName);
            principal = result.Succeeded ? result.Principal : null;
        }

        tenant.Set(principal);
        tenant.SetOrigin(context.Connection.RemoteIpAddress?.ToString());
        await next(context);
    }
}
