using System.Security.Cryptography;

namespace RecruiterPortal.Hosting;

/// <summary>
/// Security headers on every response. The Content-Security-Policy lets scripts run only from the
/// portal itself or with this response's nonce (Blazor's import map carries it), allows inline
/// styles (Radzen and Blazor set style attributes), and the Blazor Server connection to the same
/// origin; the portal may not be framed.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    private const string NonceKey = "rp-csp-nonce";

    /// <summary>The nonce of this response's Content-Security-Policy, for inline scripts the portal writes itself.</summary>
    public static string NonceOf(HttpContext context) =>
        context.Items[NonceKey] as string ?? string.Empty;

    public Task InvokeAsync(HttpContext context)
    {
        // Hex, not base64: '+', '/' and '=' would be entity-encoded in the attribute the page writes.
        var nonce = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        context.Items[NonceKey] = nonce;
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy =
                $"default-src 'self'; script-src 'self' 'nonce-{nonce}'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
                "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            return Task.CompletedTask;
        });
        return next(context);
    }
}
