using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using RecruiterPortal.Auth;
using RecruiterPortal.Core.Common;
using RecruiterPortal.Core.Matching;

namespace RecruiterPortal.Endpoints;

/// <summary>Single matches, a candidate's best jobs and content ranking, and the tenant's match weights.</summary>
public static class MatchEndpoints
{
    public static RouteGroupBuilder MapMatchEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/match", MatchAsync)
            .WithName("GetMatch")
            .WithSummary("How well one candidate fits one posting: score, components, skill comparison and an explanation.");

        api.MapGet("/candidates/{id:guid}/best-jobs", BestJobsAsync)
            .WithName("ListBestJobsForCandidate")
            .WithSummary("The active postings that fit a candidate best, best first.");

        api.MapGet("/candidates/{id:guid}/content-ranking", ContentRankingAsync)
            .WithName("GetContentRanking")
            .WithSummary("The candidate's experiences, projects and skills ordered by relevance to a posting, with reasons.");

        api.MapPut("/candidates/{id:guid}/content-ranking", SaveContentRankingAsync)
            .RequireAuthorization(PortalPolicies.ApiRecruiter)
            .WithName("SaveContentRanking")
            .WithSummary("Save a recruiter's reordering (lists of item indexes); it is kept from then on.");

        api.MapGet("/weightage-profile", GetWeightsAsync)
            .WithName("GetWeightageProfile")
            .WithSummary("The tenant's match weights (relative; the defaults until an admin changes them).");

        api.MapPut("/weightage-profile", PutWeightsAsync)
            .RequireAuthorization(PortalPolicies.ApiAdmin)
            .WithName("UpdateWeightageProfile")
            .WithSummary("Replace the tenant's match weights (non-negative, not all zero).");
        return api;
    }

    private static async Task<Results<Ok<MatchView>, NotFound, ProblemHttpResult>> MatchAsync(
        [FromQuery(Name = "candidate_id")] Guid candidateId,
        [FromQuery(Name = "job_posting_id")] Guid jobPostingId,
        [FromServices] MatchingService matching,
        CancellationToken cancellationToken) =>
        ToResult(await matching.ScoreAsync(candidateId, jobPostingId, cancellationToken));

    private static async Task<Results<Ok<IReadOnlyList<JobMatch>>, NotFound, ProblemHttpResult>> BestJobsAsync(
        Guid id, int? top, [FromServices] MatchingService matching, CancellationToken cancellationToken) =>
        ToResult(await matching.BestJobsForCandidateAsync(id, top ?? 10, cancellationToken));

    private static async Task<Results<Ok<ContentRankingView>, NotFound, ProblemHttpResult>> ContentRankingAsync(
        Guid id, [FromQuery(Name = "job_posting_id")] Guid jobPostingId, [FromServices] ContentRankingService rankings, CancellationToken cancellationToken) =>
        ToResult(await rankings.GetOrCreateAsync(id, jobPostingId, cancellationToken));

    private static async Task<Results<Ok<ContentRankingView>, NotFound, ProblemHttpResult>> SaveContentRankingAsync(
        Guid id, [FromQuery(Name = "job_posting_id")] Guid jobPostingId, ContentOrder order, [FromServices] ContentRankingService rankings, CancellationToken cancellationToken) =>
        ToResult(await rankings.SaveOrderAsync(id, jobPostingId, order, cancellationToken));

    private static async Task<Ok<WeightageView>> GetWeightsAsync([FromServices] MatchingService matching, CancellationToken cancellationToken) =>
        TypedResults.Ok(await matching.GetWeightageAsync(cancellationToken));

    private static async Task<Results<Ok<WeightageView>, NotFound, ProblemHttpResult>> PutWeightsAsync(
        WeightageView weights, [FromServices] MatchingService matching, CancellationToken cancellationToken) =>
        ToResult(await matching.UpdateWeightageAsync(weights, cancellationToken));

    private static Results<Ok<T>, NotFound, ProblemHttpResult> ToResult<T>(Result<T> result) =>
        result.IsSuccess ? TypedResults.Ok(result.Value!)
        : result.Code == MatchingService.NotFoundCode ? TypedResults.NotFound()
        : TypedResults.Problem(result.Error, statusCode: result.Code == MatchingService.InvalidCode ? StatusCodes.Status400BadRequest : StatusCodes.Status422UnprocessableEntity,
            extensions: new Dictionary<string, object?> { ["code"] = result.Code });
}
