using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using RecruiterPortal.Auth;
using RecruiterPortal.Core.Ai;
using RecruiterPortal.Core.Tailoring;

namespace RecruiterPortal.Endpoints;

/// <summary>
/// <c>/api/v1/tailor</c>: start a tailoring of a candidate's resume to a job posting and read it
/// back; <c>POST /api/v1/tailor/verify</c> checks a resume tailored anywhere against its original.
/// </summary>
public static class TailorEndpoints
{
    private const int MaxMarkdownChars = 200_000;

    public static RouteGroupBuilder MapTailorEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/tailor/verify", (VerifyRequest request, TailoringGuard guard) =>
            {
                if (string.IsNullOrWhiteSpace(request.OriginalMarkdown) || string.IsNullOrWhiteSpace(request.TailoredMarkdown))
                {
                    return Results.ValidationProblem(new Dictionary<string, string[]>
                    {
                        ["original_markdown"] = ["Send the original resume as Markdown in original_markdown and the tailored one in tailored_markdown."],
                    });
                }

                if (request.OriginalMarkdown.Length > MaxMarkdownChars || request.TailoredMarkdown.Length > MaxMarkdownChars)
                {
                    return Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, detail: $"Each resume may be at most {MaxMarkdownChars:N0} characters.");
                }

                var report = guard.Verify(request.OriginalMarkdown, request.TailoredMarkdown, request.PreserveExperience ?? true);
                return Results.Ok(new VerifyResponse(report.Ok, report.Violations));
            })
            .RequireAuthorization(PortalPolicies.ApiRecruiter)
            .WithName("VerifyTailoredResume")
            .WithSummary("Checks a tailored resume against its original: no new employer, title, date, degree, institution, certification, number or unevidenced skill; contact unchanged; no section dropped.");

        api.MapPost("/tailor", StartAsync)
            .RequireAuthorization(PortalPolicies.ApiRecruiter)
            .WithName("StartTailoring")
            .WithSummary("Tailor a candidate's current resume to a job posting with the built-in engine or the configured AI provider (options.ai_provider); answers 202 with the tailor_id to poll.");

        api.MapGet("/tailor/{tailorId:guid}", GetAsync)
            .WithName("GetTailoring")
            .WithSummary("A tailoring's status and, once completed, the original and tailored resume with scores, improvements and skill analysis.");
        return api;
    }

    private static async Task<Results<Accepted<StartResponse>, ValidationProblem, NotFound<ProblemDetails>>> StartAsync(
        StartRequest request, [FromServices] TailoringService tailoring, [FromServices] IAiChatClientFactory ai, CancellationToken cancellationToken)
    {
        if (request.CandidateId is not { } candidateId || request.JobPostingId is not { } jobPostingId)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                [request.CandidateId is null ? "candidate_id" : "job_posting_id"] = ["Send the candidate_id and the job_posting_id to tailor the resume to."],
            });
        }

        var options = request.Options ?? new StartOptions(null, null, null, null, null);
        var tailorOptions = new TailorOptions
        {
            PreserveExperience = options.PreserveExperience ?? true,
            MaxIterations = options.MaxIterations ?? new TailorOptions().MaxIterations,
            TargetScore = options.TargetScore,
            AiProvider = options.AiProvider,
            AiModel = options.AiModel,
        };

        // Each problem names its field first ("max_iterations must be…"), so it is filed under that field.
        var errors = tailorOptions.Validate();
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors
                .GroupBy(e => $"options.{e.Split(' ', 2)[0]}")
                .ToDictionary(g => g.Key, g => g.ToArray()));
        }

        if (ai.Check(tailorOptions.AiProvider) is { } unusable)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["options.ai_provider"] = [unusable] });
        }

        var started = await tailoring.StartAsync(candidateId, jobPostingId, tailorOptions, cancellationToken);
        if (started.IsSuccess)
        {
            var view = started.Value!;
            return TypedResults.Accepted($"{PortalApi.Prefix}/tailor/{view.TailorId}", new StartResponse(view.TailorId, view.Status));
        }

        return started.Code == TailoringService.NotFoundCode
            ? TypedResults.NotFound(new ProblemDetails { Status = StatusCodes.Status404NotFound, Title = "Not found", Detail = started.Error })
            : TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["candidate_id"] = [started.Error!] });
    }

    private static async Task<Results<Ok<TailoredResumeView>, NotFound>> GetAsync(Guid tailorId, [FromServices] TailoringService tailoring, CancellationToken cancellationToken) =>
        await tailoring.GetAsync(tailorId, cancellationToken) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound();

    public sealed record StartOptions(bool? PreserveExperience, int? MaxIterations, double? TargetScore, string? AiProvider, string? AiModel);

    public sealed record StartRequest(Guid? CandidateId, Guid? JobPostingId, StartOptions? Options);

    public sealed record StartResponse(Guid TailorId, string Status);

    public sealed record VerifyRequest(string? OriginalMarkdown, string? TailoredMarkdown, bool? PreserveExperience);

    public sealed record VerifyResponse(bool Ok, IReadOnlyList<GuardViolation> Violations);
}
