using Microsoft.AspNetCore.Mvc;
using RecruiterPortal.Auth;
using RecruiterPortal.Core.Exports;

namespace RecruiterPortal.Endpoints;

/// <summary>
/// Downloads of a completed tailored resume as PDF, DOCX, Markdown or HTML: over the HTTP API
/// (<c>/api/v1/tailor/{id}/export</c>, API key) and for the portal's pages
/// (<c>/files/tailored/{id}/export</c>, signed-in cookie). Both need the Recruiter role.
/// </summary>
public static class TailorExportEndpoints
{
    /// <summary>The page link that downloads a tailoring in a format (relative to the base href).</summary>
    public static string DownloadUrl(Guid id, string format) => $"files/tailored/{id}/export?format={Uri.EscapeDataString(format)}";

    public static RouteGroupBuilder MapTailorExportEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/tailor/{tailorId:guid}/export", (Guid tailorId, [FromQuery] string? format, TailoredResumeExportService exports, CancellationToken cancellationToken) =>
                ExportAsync(tailorId, format, exports, cancellationToken))
            .RequireAuthorization(PortalPolicies.ApiRecruiter)
            .WithName("ExportTailoring")
            .WithSummary("Downloads a completed tailoring (the reviewed version when changes were declined) as format=pdf, docx, md or html.");
        return api;
    }

    public static IEndpointRouteBuilder MapTailorExportFiles(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/files/tailored/{id:guid}/export", (Guid id, [FromQuery] string? format, TailoredResumeExportService exports, CancellationToken cancellationToken) =>
                ExportAsync(id, format, exports, cancellationToken))
            .RequireAuthorization(PortalPolicies.Recruiter)
            .ExcludeFromDescription();
        return endpoints;
    }

    internal static async Task<IResult> ExportAsync(Guid id, string? format, TailoredResumeExportService exports, CancellationToken cancellationToken)
    {
        var result = await exports.ExportAsync(id, format, cancellationToken);
        if (result.IsSuccess)
        {
            var file = result.Value!;
            return Results.File(file.Content, file.ContentType, file.FileName);
        }

        return result.Code switch
        {
            TailoredResumeExportService.InvalidFormatCode => Results.ValidationProblem(new Dictionary<string, string[]> { ["format"] = [result.Error!] }),
            TailoredResumeExportService.NotFoundCode => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: result.Error),
            TailoredResumeExportService.NotCompletedCode => Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Not completed", detail: result.Error),
            _ => Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Export unavailable", detail: result.Error),
        };
    }
}
