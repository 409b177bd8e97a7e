using RecruiterPortal.Auth;
using RecruiterPortal.Core.Candidates;
using RecruiterPortal.Core.Privacy;

namespace RecruiterPortal.Endpoints;

/// <summary>Downloads for signed-in users of the portal's pages (cookie authentication, tenant-scoped).</summary>
public static class FileEndpoints
{
    public static IEndpointRouteBuilder MapFileEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/files/resumes/{id:guid}", async (Guid id, CandidateService candidates, CancellationToken cancellationToken) =>
                await candidates.DownloadAsync(id, cancellationToken) is { } file
                    ? Results.File(file.Content, file.ContentType, file.FileName)
                    : Results.NotFound())
            .RequireAuthorization(PortalPolicies.Viewer)
            .ExcludeFromDescription();

        endpoints.MapGet("/files/candidates/{id:guid}/export", async (Guid id, CandidateDataExport export, CancellationToken cancellationToken) =>
                await export.ExportAsync(id, cancellationToken) is { } archive
                    ? Results.File(archive.Content, CandidateArchive.ContentType, archive.FileName)
                    : Results.NotFound())
            .RequireAuthorization(PortalPolicies.Admin)
            .ExcludeFromDescription();
        return endpoints;
    }
}
