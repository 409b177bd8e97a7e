using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using RecruiterPortal.Auth;
using RecruiterPortal.Core.Ai;
using RecruiterPortal.Core.CoverLetters;
using RecruiterPortal.Core.Exports;
using RecruiterPortal.Core.Tailoring;

namespace RecruiterPortal.Endpoints;

/// <summary>
/// Writing samples (<c>/api/v1/candidates/{id}/writing-samples</c>: a candidate's own letters and
/// the style read from them) and cover letters (<c>/api/v1/cover-letters</c>: written on the tailoring
/// pipeline for a candidate and a job, in the candidate's style, checked against the resume).
/// </summary>
public static class CoverLetterEndpoints
{
    private const long MaxSampleFileBytes = 5 * 1024 * 1024;

    public static RouteGroupBuilder MapCoverLetterEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/candidates/{id:guid}/writing-samples", ListSamplesAsync)
            .WithName("ListWritingSamples")
            .WithSummary("A candidate's writing samples with the style read from each: the active one first, then the archived ones, newest first.");

        api.MapPost("/candidates/{id:guid}/writing-samples", AddSampleAsync)
            .RequireAuthorization(PortalPolicies.ApiRecruiter)
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(MaxSampleFileBytes))
            .WithFormOptions(multipartBodyLengthLimit: MaxSampleFileBytes)
            .Accepts<AddSampleRequest>("application/json", "multipart/form-data")
            .Produces<WritingSampleView>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .Produces(StatusCodes.Status404NotFound)
            .WithName("AddWritingSample")
            .WithSummary("Adds a sample of the candidate's writing, pasted as JSON {text, document_type, original_filename} or uploaded as a TXT, DOCX or PDF in multipart field 'file' (with form field document_type). The style is read from it (text statistics, refined by the AI when one is configured); it becomes the active sample of its type and earlier ones are archived.");

        api.MapPost("/cover-letters", StartAsync)
            .RequireAuthorization(PortalPolicies.ApiRecruiter)
            .WithName("StartCoverLetter")
            .WithSummary("Writes a cover letter for a candidate and a job posting in the candidate's writing style (their active cover-letter sample, or options.writing_sample_id), with the built-in engine or the configured AI (options.ai_provider); answers 202 with the id to poll. It states only what the resume supports.");

        api.MapGet("/cover-letters/{id:guid}", GetAsync)
            .WithName("GetCoverLetter")
            .WithSummary("A cover letter's status and, once completed, the letter (tailored.content_markdown), the resume it was written from, the style used, the experience it drew on and the job skills matched and missing.");

        api.MapGet("/cover-letters/{id:guid}/export", ExportAsync)
            .RequireAuthorization(PortalPolicies.ApiRecruiter)
            .WithName("ExportCoverLetter")
            .WithSummary("Downloads a completed cover letter as format=pdf, docx, md or html.");
        return api;
    }

    private static async Task<Results<Ok<IReadOnlyList<WritingSampleView>>, NotFound>> ListSamplesAsync(Guid id, [FromServices] WritingSampleService samples, CancellationToken cancellationToken) =>
        await samples.ListAsync(id, cancellationToken) is { } list ? TypedResults.Ok(list) : TypedResults.NotFound();

    private static async Task<IResult> AddSampleAsync(Guid id, HttpRequest request, [FromServices] WritingSampleService samples, CancellationToken cancellationToken)
    {
        Core.Common.Result<WritingSampleView> added;
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken);
            var type = form["document_type"].FirstOrDefault();
            if (form.Files.GetFile("file") is { } file)
            {
                using var buffer = new MemoryStream();
                await file.CopyToAsync(buffer, cancellationToken);
                added = await samples.UploadAsync(id, buffer.ToArray(), file.FileName, type, cancellationToken);
            }
            else
            {
                added = await samples.AddAsync(id, form["text"].FirstOrDefault(), type, null, cancellationToken);
            }
        }
        else
        {
            AddSampleRequest? body;
            try
            {
                body = await request.ReadFromJsonAsync<AddSampleRequest>(cancellationToken);
            }
            catch (System.Text.Json.JsonException)
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["text"] = ["Send JSON {\"text\": \"...\"} or a multipart form with a 'file'."] });
            }

            added = await samples.AddAsync(id, body?.Text, body?.DocumentType, body?.OriginalFilename, cancellationToken);
        }

        if (added.IsSuccess)
        {
            return TypedResults.Created($"{PortalApi.Prefix}/candidates/{id}/writing-samples", added.Value);
        }

        return added.Code == WritingSampleService.NotFoundCode
            ? TypedResults.NotFound()
            : TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["text"] = [added.Error!] });
    }

    private static async Task<Results<Accepted<StartResponse>, ValidationProblem, NotFound<ProblemDetails>>> StartAsync(
        StartRequest request, [FromServices] TailoringService tailoring, [FromServices] IAiChatClientFactory ai, CancellationToken cancellationToken)
    {
        if (request.CandidateId is not { } candidateId || request.JobPostingId is not { } jobPostingId)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                [request.CandidateId is null ? "candidate_id" : "job_posting_id"] = ["Send the candidate_id and the job_posting_id to write the letter for."],
            });
        }

        var options = new TailorOptions
        {
            MaxIterations = request.Options?.MaxIterations ?? 2,
            AiProvider = request.Options?.AiProvider,
            AiModel = request.Options?.AiModel,
            WritingSampleId = request.Options?.WritingSampleId,
        };
        var errors = options.Validate();
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors.GroupBy(e => $"options.{e.Split(' ', 2)[0]}").ToDictionary(g => g.Key, g => g.ToArray()));
        }

        if (ai.Check(options.AiProvider) is { } unusable)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["options.ai_provider"] = [unusable] });
        }

        var started = await tailoring.StartAsync(candidateId, jobPostingId, options, TailoredDocumentTypes.CoverLetter, cancellationToken);
        if (started.IsSuccess)
        {
            var view = started.Value!;
            return TypedResults.Accepted($"{PortalApi.Prefix}/cover-letters/{view.Id}", new StartResponse(view.Id, view.Id, view.Status));
        }

        return started.Code == TailoringService.NotFoundCode
            ? TypedResults.NotFound(new ProblemDetails { Status = StatusCodes.Status404NotFound, Title = "Not found", Detail = started.Error })
            : TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["candidate_id"] = [started.Error!] });
    }

    private static async Task<Results<Ok<TailoredResumeView>, NotFound>> GetAsync(Guid id, [FromServices] TailoringService tailoring, CancellationToken cancellationToken) =>
        await tailoring.GetAsync(id, cancellationToken) is { IsCoverLetter: true } view ? TypedResults.Ok(view) : TypedResults.NotFound();

    private static async Task<IResult> ExportAsync(Guid id, [FromQuery] string? format, [FromServices] TailoringService tailoring, [FromServices] TailoredResumeExportService exports, CancellationToken cancellationToken) =>
        await tailoring.GetAsync(id, cancellationToken) is { IsCoverLetter: true }
            ? await TailorExportEndpoints.ExportAsync(id, format, exports, cancellationToken)
            : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: "This cover letter does not exist.");

    public sealed record AddSampleRequest(string? Text, string? DocumentType, string? OriginalFilename);

    public sealed record StartOptions(int? MaxIterations, string? AiProvider, string? AiModel, Guid? WritingSampleId);

    public sealed record StartRequest(Guid? CandidateId, Guid? JobPostingId, StartOptions? Options);

    public sealed record StartResponse(Guid Id, Guid CoverLetterId, string Status);
}
