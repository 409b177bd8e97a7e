using RecruiterPortal.Core.Monitoring;
using RecruiterPortal.Core.Tenancy;
using RecruiterPortal.Endpoints;

namespace RecruiterPortal.Hosting;

/// <summary>
/// Writes a request's unexpected failure to the tenant's error log under the reference the error
/// page and the API's problem details show (the request's trace identifier), then lets the
/// exception go on to those handlers. Sits inside them, so it sees the failure first.
/// </summary>
public sealed class ErrorRecordingMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        // A malformed request is the caller's to fix, and a request the client gave up on is not a failure.
        catch (Exception ex) when (ex is not BadHttpRequestException && !(ex is OperationCanceledException && context.RequestAborted.IsCancellationRequested))
        {
            var tenant = context.RequestServices.GetRequiredService<ITenantContext>();
            var source = context.Request.Path.StartsWithSegments(PortalApi.Prefix) ? ErrorSources.Api : ErrorSources.Page;
            await context.RequestServices.GetRequiredService<ErrorLog>().RecordAsync(
                tenant.TenantId, tenant.UserId, source, context.TraceIdentifier, $"{context.Request.Method} {context.Request.Path}", ex);
            throw;
        }
    }
}
