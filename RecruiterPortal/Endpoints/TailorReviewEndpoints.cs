using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using RecruiterPortal.Auth;
using RecruiterPortal.Core.Tailoring;

namespace RecruiterPortal.Endpoints;

/// <summary>
/// Following up a tailoring: the history for a candidate or job, cancelling one still running, and
/// accepting or declining individual changes before export.
/// </summary>
public static class TailorReviewEndpoints
{
    public static RouteGroupBuilder MapTailorReviewEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/tailor", ListAsync)
            .WithName("ListTailorings")
            .WithSummary("Tailorings, newest first, optionally for one candidate_id and/or job_posting_id (limit 1–200, default 50).");

        api.MapPost("/tailor/{tailorId:guid}/cancel", CancelAsync)
            .RequireAuthorization(PortalPolicies.ApiRecruiter)
            .WithName("CancelTailoring")
            .WithSummary("Stops a tailoring that has not finished; it ends failed with the reason 'Cancelled'.");

        api.MapPut("/tailor/{tailorId:guid}/review", ReviewAsync)
            .RequireAuthorization(PortalPolicies.ApiRecruiter)
            .WithName("ReviewTailoring")
            .WithSummary("Declines individual improvements (indexes into improvements); their changes are undone in the version exported. An empty list keeps every change.");
        return api;
    }

    private static async Task<Ok<IReadOnlyList<TailoringSummary>>> ListAsync(
        [FromQuery(Name = "candidate_id")] Guid? candidateId, [FromQuery(Name = "job_posting_id")] Guid? jobPostingId, [FromQuery] int? limit,
        [FromServices] TailoringReviewService review, CancellationToken cancellationToken) =>
        TypedResults.Ok(await review.ListAsync(candidateId, jobPostingId, limit ?? 50, cancellationToken));

    private static async Task<Results<Ok<TailoredResumeView>, NotFound, Conflict<ProblemDetails>>> CancelAsync(
        Guid tailorId, HttpContext http, [FromServices] TailoringReviewService review, CancellationToken cancellationToken)
    {
        var result = await review.CancelAsync(tailorId, http.User.Identity?.Name, cancellationToken);
        if (result.IsSuccess)
        {
            return TypedResults.Ok(result.Value!);
        }

        return result.Code == TailoringService.NotFoundCode
            ? TypedResults.NotFound()
            : TypedResults.Conflict(new ProblemDetails { Status = StatusCodes.Status409Conflict, Title = "Already finished", Detail = result.Error });
    }

    private static async Task<Results<Ok<ReviewResponse>, NotFound, ValidationProblem, Conflict<ProblemDetails>>> ReviewAsync(
        Guid tailorId, ReviewRequest request, [FromServices] TailoringReviewService review, CancellationToken cancellationToken)
    {
        var result = await review.ReviewAsync(tailorId, request.DeclinedImprovements ?? [], cancellationToken);
        if (result.IsSuccess)
        {
            return TypedResults.Ok(new ReviewResponse(result.Value!.Tailoring, result.Value.NotUndone.Select(n => new NotUndoneChange(n.Key, n.Value)).ToList()));
        }

        return result.Code switch
        {
            TailoringService.NotFoundCode => TypedResults.NotFound(),
            TailoringService.InvalidCode => TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["declined_improvements"] = [result.Error!] }),
            _ => TypedResults.Conflict(new ProblemDetails { Status = StatusCodes.Status409Conflict, Title = "Cannot review", Detail = result.Error }),
        };
    }

    public sealed record ReviewRequest(IReadOnlyList<int>? DeclinedImprovements);

    public sealed record NotUndoneChange(int Index, string Reason);

    public sealed record ReviewResponse(TailoredResumeView Tailoring, IReadOnlyList<NotUndoneChange> NotUndone);
}
