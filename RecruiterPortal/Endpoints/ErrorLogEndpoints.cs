using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using RecruiterPortal.Auth;
using RecruiterPortal.Core.Monitoring;

namespace RecruiterPortal.Endpoints;

/// <summary><c>/api/v1/error-logs</c>: the tenant's error log for Owner and Admin keys, newest first.</summary>
public static class ErrorLogEndpoints
{
    public static RouteGroupBuilder MapErrorLogEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/error-logs", SearchAsync)
            .RequireAuthorization(PortalPolicies.ApiAdmin)
            .WithName("SearchErrorLog")
            .WithSummary("The organisation's unexpected failures (requests, open pages, background jobs), newest first. " +
                "search matches the reference a person was shown, the message, the place or the exception type; from/to are UTC days (yyyy-MM-dd, to inclusive).");
        return api;
    }

    private static async Task<Ok<ErrorLogPage>> SearchAsync(
        [FromServices] ErrorLog errors, string? source, string? search, string? from, string? to, int? skip, int? take, CancellationToken cancellationToken)
    {
        var query = new ErrorLogQuery(source, search, AuditEndpoints.Day(from), AuditEndpoints.Day(to)?.AddDays(1), skip ?? 0, take ?? 50);
        var found = await errors.SearchAsync(query, cancellationToken);
        return TypedResults.Ok(new ErrorLogPage(found.Total, found.Entries.Select(ErrorLogItem.From).ToList()));
    }
}

public sealed record ErrorLogPage(int Total, IReadOnlyList<ErrorLogItem> Entries);

public sealed record ErrorLogItem(Guid Id, DateTime OccurredAt, string Source, string Reference, string Where, Guid? UserId, string ExceptionType, string Message, string Detail)
{
    public static ErrorLogItem From(ErrorLogEntry e) =>
        new(e.Id, DateTime.SpecifyKind(e.OccurredAt, DateTimeKind.Utc), e.Source, e.Reference, e.Where, e.UserId, e.ExceptionType, e.Message, e.Detail);
}
