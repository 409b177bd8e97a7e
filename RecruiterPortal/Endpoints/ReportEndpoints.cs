using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using RecruiterPortal.Auth;
using RecruiterPortal.Core.Reports;

namespace RecruiterPortal.Endpoints;

/// <summary>
/// Saved reports: <c>POST /api/v1/job-postings/{id}/reports</c> makes a shortlist (top N candidates
/// frozen with their scores, skills, verdicts and tailoring status); <c>/api/v1/reports</c> lists,
/// reads, downloads (CSV or PDF) and deletes them. The pages download through
/// <c>/files/reports/{id}/export</c> (cookie). Making, exporting and deleting need the Recruiter role.
/// </summary>
public static class ReportEndpoints
{
    /// <summary>The page link that downloads a report in a format (relative to the base href).</summary>
    public static string DownloadUrl(Guid id, string format) => $"files/reports/{id}/export?format={Uri.EscapeDataString(format)}";

    public static RouteGroupBuilder MapReportEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/job-postings/{id:guid}/reports", CreateAsync)
            .RequireAuthorization(PortalPolicies.ApiRecruiter)
            .WithName("CreateShortlistReport")
            .WithSummary("Saves a shortlist report for the posting: the top_n (1–100, default 10) best-matching candidates with their local score, matched and missing skills, per-requirement verdicts and latest tailored-resume status, frozen as they are now.");

        api.MapGet("/reports", async (Guid? jobPostingId, int? limit, [FromServices] ShortlistReportService reports, CancellationToken cancellationToken) =>
                TypedResults.Ok(await reports.ListAsync(jobPostingId, limit ?? 100, cancellationToken)))
            .WithName("ListReports")
            .WithSummary("Saved reports, newest first, optionally for one job_posting_id (limit 1–500, default 100).");

        api.MapGet("/reports/{id:guid}", async Task<Results<Ok<ReportView>, NotFound>> (Guid id, [FromServices] ShortlistReportService reports, CancellationToken cancellationToken) =>
                await reports.GetAsync(id, cancellationToken) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound())
            .WithName("GetReport")
            .WithSummary("A saved report with its rows exactly as they were when it was made.");

        api.MapGet("/reports/{id:guid}/export", (Guid id, [FromQuery] string? format, [FromServices] ShortlistReportService reports, CancellationToken cancellationToken) =>
                ExportAsync(id, format, reports, cancellationToken))
            .RequireAuthorization(PortalPolicies.ApiRecruiter)
            .WithName("ExportReport")
            .WithSummary("Downloads a saved report as format=csv (spreadsheet-safe: no cell starts a formula) or format=pdf.");

        api.MapDelete("/reports/{id:guid}", async Task<Results<NoContent, NotFound>> (Guid id, [FromServices] ShortlistReportService reports, CancellationToken cancellationToken) =>
                await reports.DeleteAsync(id, cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAuthorization(PortalPolicies.ApiRecruiter)
            .WithName("DeleteReport")
            .WithSummary("Deletes a saved report with its rows.");
        return api;
    }

    public static IEndpointRouteBuilder MapReportFiles(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/files/reports/{id:guid}/export", (Guid id, [FromQuery] string? format, [FromServices] ShortlistReportService reports, CancellationToken cancellationToken) =>
                ExportAsync(id, format, reports, cancellationToken))
            .RequireAuthorization(PortalPolicies.Recruiter)
            .ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<Results<Created<ReportView>, ValidationProblem, NotFound>> CreateAsync(
        Guid id, CreateRequest? request, [FromServices] ShortlistReportService reports, CancellationToken cancellationToken)
    {
        var created = await reports.CreateShortlistAsync(id, request?.TopN, request?.Title, cancellationToken);
        if (created.IsSuccess)
        {
            return TypedResults.Created($"{PortalApi.Prefix}/reports/{created.Value!.Id}", created.Value);
        }

        return created.Code == ShortlistReportService.NotFoundCode
            ? TypedResults.NotFound()
            : TypedResults.ValidationProblem(new Dictionary<string, string[]> { [created.Error!.StartsWith("top_n", StringComparison.Ordinal) ? "top_n" : "title"] = [created.Error] });
    }

    private static async Task<IResult> ExportAsync(Guid id, string? format, ShortlistReportService reports, CancellationToken cancellationToken)
    {
        var result = await reports.ExportAsync(id, format, cancellationToken);
        if (result.IsSuccess)
        {
            var file = result.Value!;
            return Results.File(file.Content, file.ContentType, file.FileName);
        }

        return result.Code switch
        {
            ShortlistReportService.InvalidFormatCode => Results.ValidationProblem(new Dictionary<string, string[]> { ["format"] = [result.Error!] }),
            ShortlistReportService.NotFoundCode => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: result.Error),
            _ => Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Export unavailable", detail: result.Error),
        };
    }

    public sealed record CreateRequest(int? TopN, string? Title);
}
