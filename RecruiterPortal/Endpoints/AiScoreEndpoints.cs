using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using RecruiterPortal.Auth;
using RecruiterPortal.Core.Common;
using RecruiterPortal.Core.Scoring;

namespace RecruiterPortal.Endpoints;

/// <summary>
/// <c>/api/v1/job-postings/{id}/candidates/{candidateId}/ai-score</c>: start an AI score of a
/// candidate against a posting, and read the latest one with the local score and the resolution.
/// </summary>
public static class AiScoreEndpoints
{
    private const string Route = "/job-postings/{id:guid}/candidates/{candidateId:guid}/ai-score";

    public static RouteGroupBuilder MapAiScoreEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost(Route, StartAsync)
            .RequireAuthorization(PortalPolicies.ApiRecruiter)
            .WithName("StartAiScore")
            .WithSummary("Score a candidate against a posting requirement by requirement (met / partial / missing with quoted evidence) with the configured language model, or the deterministic matcher when none is configured; answers 202 with the ai score to poll.");

        api.MapGet(Route, GetAsync)
            .WithName("GetAiScore")
            .WithSummary("The pair's local score, the matcher's verdicts, the latest AI score attempt, the latest completed AI score with its resolution (combined score, disagreement, needs_review), and attempts: the pair's last 20 attempts, newest first (created_at, status, source, overall_score, resolved_score, needs_review, error).");
        return api;
    }

    private static async Task<Results<Accepted<AiScoreView>, NotFound, ProblemHttpResult>> StartAsync(
        Guid id, Guid candidateId, [FromServices] AiScoreService scores, CancellationToken cancellationToken)
    {
        var started = await scores.StartAsync(id, candidateId, cancellationToken);
        return started.IsSuccess
            ? TypedResults.Accepted($"{PortalApi.Prefix}/job-postings/{id}/candidates/{candidateId}/ai-score", started.Value!)
            : Failure<Accepted<AiScoreView>, AiScoreView>(started);
    }

    private static async Task<Results<Ok<AiScoreOverview>, NotFound, ProblemHttpResult>> GetAsync(
        Guid id, Guid candidateId, [FromServices] AiScoreService scores, CancellationToken cancellationToken)
    {
        var overview = await scores.GetAsync(id, candidateId, cancellationToken);
        return overview.IsSuccess ? TypedResults.Ok(overview.Value!) : Failure<Ok<AiScoreOverview>, AiScoreOverview>(overview);
    }

    private static Results<T, NotFound, ProblemHttpResult> Failure<T, TValue>(Result<TValue> result)
        where T : IResult =>
        result.Code == AiScoreService.NotFoundCode
            ? TypedResults.NotFound()
            : TypedResults.Problem(result.Error, statusCode: StatusCodes.Status422UnprocessableEntity, extensions: new Dictionary<string, object?> { ["code"] = result.Code });
}
