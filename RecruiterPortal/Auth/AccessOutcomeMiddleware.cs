using Microsoft.AspNetCore.Routing.Patterns;
using RecruiterPortal.Core.Audit;
using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Auth;

/// <summary>
/// Two outcomes of a request that the audit log and the caller must see the same way everywhere:
/// a record id that does not exist for the caller's tenant (another tenant's id answers exactly like a
/// missing one, and the attempt is logged in the caller's tenant), and a role refused by the service
/// layer (<see cref="RoleDeniedException"/>), which answers 403.
/// </summary>
public sealed class AccessOutcomeMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, ITenantContext tenant, AuditLog audit)
    {
        try
        {
            await next(context);
        }
        catch (RoleDeniedException ex) when (!context.Response.HasStarted)
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            await Results.Problem(ex.Message, statusCode: StatusCodes.Status403Forbidden).ExecuteAsync(context);
            return;
        }

        if (context.Response.StatusCode == StatusCodes.Status404NotFound
            && tenant.TenantId is not null
            && context.GetEndpoint() is RouteEndpoint endpoint
            && RecordId(context, endpoint.RoutePattern) is { } id)
        {
            await audit.RecordAsync(AuditActions.RecordNotFound, AuditEntities.Record, id, $"{context.Request.Method} {endpoint.RoutePattern.RawText}", context.RequestAborted);
        }
    }

    /// <summary>The first id-like route value (<c>{id}</c>, <c>{candidateId}</c>…) that is a well-formed id.</summary>
    private static Guid? RecordId(HttpContext context, RoutePattern pattern)
    {
        foreach (var parameter in pattern.Parameters)
        {
            if (parameter.Name.EndsWith("id", StringComparison.OrdinalIgnoreCase)
                && context.Request.RouteValues.TryGetValue(parameter.Name, out var value)
                && Guid.TryParse(value?.ToString(), out var id))
            {
                return id;
            }
        }

        return null;
    }
}
