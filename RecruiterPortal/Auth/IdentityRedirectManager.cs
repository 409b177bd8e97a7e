using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Components;

namespace RecruiterPortal.Auth;

/// <summary>Redirects from static server-rendered account pages, with a one-shot status message.</summary>
public sealed class IdentityRedirectManager(NavigationManager navigation)
{
    public const string StatusCookieName = "rp-status";

    [DoesNotReturn]
    public void RedirectTo(string? uri)
    {
        uri ??= "";

        // Only local redirects: a return URL from the query string must not leave the portal.
        if (!Uri.IsWellFormedUriString(uri, UriKind.Relative) || uri.StartsWith("//", StringComparison.Ordinal) || uri.StartsWith("/\\", StringComparison.Ordinal))
        {
            uri = navigation.ToBaseRelativePath(uri);
        }

        navigation.NavigateTo(uri);
        throw new InvalidOperationException($"{nameof(IdentityRedirectManager)} can only be used during static rendering.");
    }

    [DoesNotReturn]
    public void RedirectToWithStatus(string uri, string message, HttpContext context)
    {
        context.Response.Cookies.Append(StatusCookieName, message, new CookieOptions
        {
            SameSite = SameSiteMode.Strict,
            HttpOnly = true,
            IsEssential = true,
            MaxAge = TimeSpan.FromSeconds(5),
        });
        RedirectTo(uri);
    }
}
