using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using RecruiterPortal.Auth;
using RecruiterPortal.Endpoints;

namespace RecruiterPortal.Hosting;

/// <summary>
/// Request rate limits (section <c>RateLimits</c>): sign-in form posts per client address and per
/// email address, and the HTTP API per API key. A refused request gets 429 with Retry-After and a
/// message saying how long to wait.
/// </summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Sign-in attempts per minute for one email address.</summary>
    public int SignInPerMinute { get; set; } = 10;

    /// <summary>Sign-in attempts per minute from one client address (offices share one).</summary>
    public int SignInPerAddressPerMinute { get; set; } = 30;

    /// <summary>API requests per minute for one API key.</summary>
    public int ApiPerMinute { get; set; } = 300;
}

public static class RateLimits
{
    private static readonly string[] SignInPaths = [PortalRoutes.Login, PortalRoutes.LoginWith2fa, PortalRoutes.Signup, PortalRoutes.Setup];

    public static IServiceCollection AddPortalRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        services.AddRateLimiter(o =>
        {
            o.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(context => ByAddressOrKey(context, options)),
                PartitionedRateLimiter.Create<HttpContext, string>(context => ByEmail(context, options)));
            o.OnRejected = RejectAsync;
        });
        return services;
    }

    /// <summary>Reads a sign-in form before the limiter looks at it, so the email partition can be found without blocking.</summary>
    public static IApplicationBuilder UsePortalRateLimits(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (IsSignInPost(context.Request) && context.Request.HasFormContentType)
            {
                await context.Request.ReadFormAsync(context.RequestAborted);
            }

            await next(context);
        }).UseRateLimiter();

    private static RateLimitPartition<string> ByAddressOrKey(HttpContext context, RateLimitOptions options)
    {
        if (IsSignInPost(context.Request))
        {
            return PerMinute("sign-in-address:" + context.Connection.RemoteIpAddress, options.SignInPerAddressPerMinute);
        }

        if (context.Request.Path.StartsWithSegments(PortalApi.Prefix))
        {
            // Keyed by a hash of the credential, so a wrong key is limited as well and no key is held in memory.
            var credential = context.Request.Headers.Authorization.ToString();
            var partition = credential.Length == 0
                ? "api-address:" + context.Connection.RemoteIpAddress
                : "api-key:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(credential)))[..24];
            return PerMinute(partition, options.ApiPerMinute);
        }

        return RateLimitPartition.GetNoLimiter(string.Empty);
    }

    private static RateLimitPartition<string> ByEmail(HttpContext context, RateLimitOptions options)
    {
        if (IsSignInPost(context.Request) && context.Request.HasFormContentType
            && context.Request.Form.FirstOrDefault(f => f.Key.EndsWith("Email", StringComparison.OrdinalIgnoreCase)).Value.ToString() is { Length: > 0 } email)
        {
            return PerMinute("sign-in-email:" + email.Trim().ToLowerInvariant(), options.SignInPerMinute);
        }

        return RateLimitPartition.GetNoLimiter(string.Empty);
    }

    private static RateLimitPartition<string> PerMinute(string key, int limit) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, limit),
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });

    private static bool IsSignInPost(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) && SignInPaths.Any(p => request.Path.Equals(p, StringComparison.OrdinalIgnoreCase));

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        if (context.Request.Path.StartsWithSegments(PortalApi.Prefix))
        {
            await Results.Problem(
                $"Too many requests with this API key. Wait {seconds} seconds and try again.",
                statusCode: StatusCodes.Status429TooManyRequests,
                title: "Too many requests").ExecuteAsync(context);
            return;
        }

        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(
            $"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8" /><title>Too many attempts · RecruiterPortal</title></head>
            <body style="font-family: sans-serif; max-width: 32rem; margin: 4rem auto; line-height: 1.5">
            <h1>Too many sign-in attempts</h1>
            <p>To protect your account, sign-in is paused for a moment. Wait {seconds} seconds and <a href="{PortalRoutes.Login}">try again</a>.</p>
            </body></html>
            """,
            cancellationToken);
    }
}
