using RecruiterPortal.Core.Exports;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using RecruiterPortal.Auth;
using RecruiterPortal.Core.Bulk;
using RecruiterPortal.Core.Tailoring;
using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Endpoints;

/// <summary>
/// <c>/api/v1/tailor-sessions</c>: bulk tailoring of many candidates to one job posting: start,
/// follow (one read or a stream of events), cancel, pause, resume, retry failed items, export.
/// </summary>
public static class TailorSessionEndpoints
{
    public static RouteGroupBuilder MapTailorSessionEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/tailor-sessions", StartAsync)
            .RequireAuthorization(PortalPolicies.ApiRecruiter)
            .WithName("StartTailorSession")
            .WithSummary("Tailor many candidates' resumes to one job posting: candidate_ids, or the top_n best matches, or a search (query/skill); answers 202 with the session_id.");

        api.MapGet("/tailor-sessions", async (string? status, int? limit, [FromServices] TailorSessionService sessions, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sessions.ListAsync(status, limit ?? 100, cancellationToken)))
            .WithName("ListTailorSessions")
            .WithSummary("Bulk tailoring sessions, newest first, optionally with one status (limit 1–500, default 100).");

        api.MapGet("/tailor-sessions/{sessionId:guid}", async Task<Results<Ok<TailorSessionView>, NotFound>> (Guid sessionId, [FromServices] TailorSessionService sessions, CancellationToken cancellationToken) =>
                await sessions.GetAsync(sessionId, cancellationToken) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound())
            .WithName("GetTailorSession")
            .WithSummary("A session's status and counts (derived from its items) and each candidate's status and scores.");

        api.MapGet("/tailor-sessions/{sessionId:guid}/events", StreamAsync)
            .WithName("StreamTailorSession")
            .WithSummary("Server-sent events: the session's counts after each change (a few a second at most), ending once it is finished.");

        api.MapPost("/tailor-sessions/{sessionId:guid}/cancel", async Task<Results<Ok<TailorSessionView>, NotFound>> (Guid sessionId, HttpContext http, [FromServices] TailorSessionService sessions, CancellationToken cancellationToken) =>
                await sessions.CancelAsync(sessionId, http.User.Identity?.Name, cancellationToken) ? TypedResults.Ok((await sessions.GetAsync(sessionId, cancellationToken))!) : TypedResults.NotFound())
            .RequireAuthorization(PortalPolicies.ApiRecruiter)
            .WithName("CancelTailorSession")
            .WithSummary("Cancels the waiting items and stops running ones; they end failed with 'Cancelled by …'.");

        api.MapPost("/tailor-sessions/{sessionId:guid}/pause", async Task<Results<Ok<TailorSessionView>, NotFound>> (Guid sessionId, [FromServices] TailorSessionService sessions, CancellationToken cancellationToken) =>
                await sessions.PauseAsync(sessionId, cancellationToken) ? TypedResults.Ok((await sessions.GetAsync(sessionId, cancellationToken))!) : TypedResults.NotFound())
            .RequireAuthorization(PortalPolicies.ApiRecruiter)
            .WithName("PauseTailorSession")
            .WithSummary("Holds the waiting items; running ones finish.");

        api.MapPost("/tailor-sessions/{sessionId:guid}/resume", async Task<Results<Ok<TailorSessionView>, NotFound>> (Guid sessionId, [FromServices] TailorSessionService sessions, CancellationToken cancellationToken) =>
                await sessions.ResumeAsync(sessionId, cancellationToken) ? TypedResults.Ok((await sessions.GetAsync(sessionId, cancellationToken))!) : TypedResults.NotFound())
            .RequireAuthorization(PortalPolicies.ApiRecruiter)
            .WithName("ResumeTailorSession")
            .WithSummary("Lets held items run again.");

        api.MapPost("/tailor-sessions/{sessionId:guid}/retry", async Task<Results<Ok<RetryResponse>, NotFound>> (Guid sessionId, [FromServices] TailorSessionService sessions, CancellationToken cancellationToken) =>
                await sessions.RetryFailedAsync(sessionId, cancellationToken) is { } retried ? TypedResults.Ok(new RetryResponse(sessionId, retried)) : TypedResults.NotFound())
            .RequireAuthorization(PortalPolicies.ApiRecruiter)
            .WithName("RetryTailorSession")
            .WithSummary("Runs the failed items again; the session is processing until they finish.");

        api.MapGet("/tailor-sessions/{sessionId:guid}/export.csv", CsvAsync)
            .WithName("ExportTailorSession")
            .WithSummary("The session's results as CSV: candidate, scores, improvement, status.");
        return api;
    }

    /// <summary>The same downloads for signed-in users of the pages (cookie authentication).</summary>
    public static IEndpointRouteBuilder MapSessionFileEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/files/sessions/{sessionId:guid}/results.csv", CsvAsync)
            .RequireAuthorization(PortalPolicies.Viewer)
            .ExcludeFromDescription();
        endpoints.MapGet("/files/sessions/{sessionId:guid}/resumes.zip", ZipAsync)
            .RequireAuthorization(PortalPolicies.Viewer)
            .ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<IResult> CsvAsync(Guid sessionId, [FromServices] TailorSessionService sessions, CancellationToken cancellationToken)
    {
        if (await sessions.GetAsync(sessionId, cancellationToken) is not { } view)
        {
            return Results.NotFound();
        }

        var bytes = System.Text.Encoding.UTF8.GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes(SessionCsv.Write(view))).ToArray();
        return Results.File(bytes, "text/csv; charset=utf-8", $"tailor-session-{sessionId:N}.csv");
    }

    private static async Task<IResult> ZipAsync(Guid sessionId, string? format, [FromServices] TailorSessionService sessions, CancellationToken cancellationToken)
    {
        if (sessions.Format(format) is not { } exporter)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["format"] = [$"Unknown format '{format}'. Choose one of: {string.Join(", ", ExportFormats.All)}."] });
        }

        try
        {
            return await sessions.ZipAsync(sessionId, exporter, cancellationToken) is { } zip
                ? Results.File(zip, "application/zip", $"tailored-resumes-{sessionId:N}-{exporter.Extension}.zip")
                : Results.NotFound();
        }
        catch (ExportUnavailableException ex)
        {
            return Results.Problem(ex.Message, statusCode: StatusCodes.Status503ServiceUnavailable, title: "Export unavailable");
        }
    }

    private static async Task<Results<Accepted<StartResponse>, ValidationProblem, NotFound<ProblemDetails>>> StartAsync(
        StartRequest request, [FromServices] TailorSessionService sessions, CancellationToken cancellationToken)
    {
        if (request.JobPostingId is not { } jobPostingId)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["job_posting_id"] = ["Send the job_posting_id to tailor the resumes to."] });
        }

        var options = request.Options ?? new TailorEndpoints.StartOptions(null, null, null, null, null);
        var tailorOptions = new TailorOptions
        {
            PreserveExperience = options.PreserveExperience ?? true,
            MaxIterations = options.MaxIterations ?? new TailorOptions().MaxIterations,
            TargetScore = options.TargetScore,
            AiProvider = options.AiProvider,
            AiModel = options.AiModel,
        };
        var started = await sessions.StartAsync(new TailorSessionRequest(jobPostingId, request.CandidateIds, request.TopN, request.Query, request.Skill, tailorOptions), cancellationToken);
        if (started.IsSuccess)
        {
            var view = started.Value!;
            return TypedResults.Accepted($"{PortalApi.Prefix}/tailor-sessions/{view.SessionId}", new StartResponse(view.SessionId, view.Status, view.TotalCandidates));
        }

        return started.Code == TailorSessionService.NotFoundCode
            ? TypedResults.NotFound(new ProblemDetails { Status = StatusCodes.Status404NotFound, Title = "Not found", Detail = started.Error })
            : TypedResults.ValidationProblem(new Dictionary<string, string[]> { [request.CandidateIds is { Count: > 0 } ? "candidate_ids" : "top_n"] = [started.Error!] });
    }

    private static async Task StreamAsync(Guid sessionId, HttpContext http, [FromServices] TailorSessionService sessions, [FromServices] TailorSessionWatchers watchers, [FromServices] ITenantContext tenant, CancellationToken cancellationToken)
    {
        if (tenant.TenantId is not { } tenantId || await sessions.GetAsync(sessionId, cancellationToken) is null)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        http.Response.ContentType = "text/event-stream";
        http.Response.Headers.CacheControl = "no-cache";
        var updates = System.Threading.Channels.Channel.CreateBounded<TailorSessionView>(new System.Threading.Channels.BoundedChannelOptions(1) { FullMode = System.Threading.Channels.BoundedChannelFullMode.DropOldest });
        using var watch = watchers.Watch(tenantId, sessionId, view => updates.Writer.WriteAsync(view, cancellationToken).AsTask());
        var json = http.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        try
        {
            await foreach (var view in updates.Reader.ReadAllAsync(cancellationToken))
            {
                var summary = new TailorSessionSummary(view.SessionId, view.Status, view.Paused, view.JobPostingId, view.JobTitle, view.TotalCandidates, view.CompletedCount, view.FailedCount, view.CreatedAt, view.FinishedAt);
                await http.Response.WriteAsync($"data: {JsonSerializer.Serialize(summary, json)}\n\n", cancellationToken);
                await http.Response.Body.FlushAsync(cancellationToken);
                if (view.Status != TailorSessionStatuses.Processing)
                {
                    break;
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }

    public sealed record StartRequest(Guid? JobPostingId, IReadOnlyList<Guid>? CandidateIds, int? TopN, string? Query, string? Skill, TailorEndpoints.StartOptions? Options);

    public sealed record StartResponse(Guid SessionId, string Status, int TotalCandidates);

    public sealed record RetryResponse(Guid SessionId, int Retried);
}
