using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using RecruiterPortal.Auth;
using RecruiterPortal.Core.Candidates;
using RecruiterPortal.Core.Extraction;
using RecruiterPortal.Core.Ingestion;

namespace RecruiterPortal.Endpoints;

/// <summary>
/// <c>/api/v1/resumes</c>: upload one resume or a batch (processed in the background; poll
/// <c>/api/v1/jobs/{job_id}</c>), and read back a resume's original file or extracted text.
/// </summary>
public static class ResumeEndpoints
{
    public static RouteGroupBuilder MapResumeEndpoints(this RouteGroupBuilder api)
    {
        var limits = ((IEndpointRouteBuilder)api).ServiceProvider.GetRequiredService<IOptions<UploadOptions>>().Value;

        // API keys carry no ambient browser credentials, so these form posts need no antiforgery token.
        api.MapPost("/resumes/upload", UploadOneAsync)
            .RequireAuthorization(PortalPolicies.ApiRecruiter)
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(limits.MaxSingleRequestBytes))
            .WithFormOptions(multipartBodyLengthLimit: limits.MaxSingleRequestBytes)
            .WithName("UploadResume")
            .WithSummary("Upload one resume (PDF, DOCX, TXT or MD) as multipart field 'file'.")
            .WithDescription("Answers 202 with the job that parses it; a byte-identical re-upload answers 200 with status 'duplicate' and is not processed again.");

        api.MapPost("/resumes/upload-batch", UploadBatchAsync)
            .RequireAuthorization(PortalPolicies.ApiRecruiter)
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(limits.MaxBatchRequestBytes))
            .WithFormOptions(multipartBodyLengthLimit: limits.MaxBatchRequestBytes, valueCountLimit: Math.Max(1024, limits.MaxFilesPerBatch * 2))
            .WithName("UploadResumeBatch")
            .WithSummary("Upload several resumes as multipart fields 'files'.")
            .WithDescription("Answers 202 with one item per file: queued files carry a job_id; refused files carry status 'failed' and an error; re-uploads carry status 'duplicate'.");

        api.MapGet("/resumes/{id:guid}/file", DownloadAsync)
            .WithName("DownloadResumeFile")
            .WithSummary("The resume's original uploaded file.");

        api.MapGet("/resumes/{id:guid}/text", TextAsync)
            .WithName("GetResumeText")
            .WithSummary("The text extracted from the resume.");
        return api;
    }

    private static async Task<Results<Accepted<UploadItemResult>, Ok<UploadItemResult>, ProblemHttpResult>> UploadOneAsync(
        IFormFile? file, [FromServices] ResumeUploadService uploads, CancellationToken cancellationToken)
    {
        if (file is null)
        {
            return TypedResults.Problem("Send the resume as multipart form field 'file'.", statusCode: StatusCodes.Status400BadRequest);
        }

        var item = (await uploads.UploadAsync([ToUpload(file)], cancellationToken)).Items[0];
        return item.Status switch
        {
            UploadItemStatuses.Queued => TypedResults.Accepted($"{PortalApi.Prefix}/jobs/{item.JobId}", item),
            UploadItemStatuses.Duplicate => TypedResults.Ok(item),
            _ => TypedResults.Problem(
                item.Error,
                statusCode: item.ErrorCode switch
                {
                    ExtractionErrorCodes.TooLarge => StatusCodes.Status413PayloadTooLarge,
                    ExtractionErrorCodes.UnsupportedType or ExtractionErrorCodes.LegacyDoc => StatusCodes.Status415UnsupportedMediaType,
                    _ => StatusCodes.Status400BadRequest,
                },
                title: "The file was not accepted.",
                extensions: new Dictionary<string, object?> { ["code"] = item.ErrorCode, ["file_name"] = item.FileName }),
        };
    }

    private static async Task<Results<Accepted<IReadOnlyList<UploadItemResult>>, ProblemHttpResult>> UploadBatchAsync(
        IFormFileCollection files, [FromServices] ResumeUploadService uploads, CancellationToken cancellationToken)
    {
        var picked = files.GetFiles("files");
        if (picked.Count == 0)
        {
            return TypedResults.Problem("Send the resumes as multipart form fields named 'files'.", statusCode: StatusCodes.Status400BadRequest);
        }

        var result = await uploads.UploadAsync(picked.Select(ToUpload).ToList(), cancellationToken);
        return TypedResults.Accepted((string?)null, result.Items);
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> DownloadAsync(Guid id, [FromServices] CandidateService candidates, CancellationToken cancellationToken) =>
        await candidates.DownloadAsync(id, cancellationToken) is { } file
            ? TypedResults.File(file.Content, file.ContentType, file.FileName)
            : TypedResults.NotFound();

    private static async Task<Results<ContentHttpResult, NotFound>> TextAsync(Guid id, [FromServices] CandidateService candidates, CancellationToken cancellationToken) =>
        await candidates.GetTextAsync(id, cancellationToken) is { } text
            ? TypedResults.Text(text, "text/plain; charset=utf-8")
            : TypedResults.NotFound();

    private static ResumeUploadFile ToUpload(IFormFile file) => new(file.FileName, file.Length, file.OpenReadStream);
}
