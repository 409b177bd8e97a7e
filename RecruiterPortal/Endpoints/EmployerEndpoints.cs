using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using RecruiterPortal.Auth;
using RecruiterPortal.Core.Common;
using RecruiterPortal.Core.Employers;

namespace RecruiterPortal.Endpoints;

/// <summary><c>/api/v1/employers</c>: canonical employers with their written forms and candidate counts; rename, merge and split.</summary>
public static class EmployerEndpoints
{
    public static RouteGroupBuilder MapEmployerEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/employers", ListAsync)
            .WithName("ListEmployers")
            .WithSummary("Canonical employers, most candidates first, each with its written forms (variants) and how many candidates worked there; 'query' searches names and variants.");

        api.MapGet("/employers/{id:guid}", GetAsync)
            .WithName("GetEmployer")
            .WithSummary("An employer with its aliases (and how many experience entries use each), departments, positions held there and candidate count.");

        api.MapPatch("/employers/{id:guid}", RenameAsync)
            .RequireAuthorization(PortalPolicies.ApiRecruiter)
            .WithName("RenameEmployer")
            .WithSummary("Give this employer the display name 'name'. Its written forms stay with it, and resumes that later write the new name join it. Refused when another employer already goes by that name (merge them instead).");

        api.MapPost("/employers/{id:guid}/merge", MergeAsync)
            .RequireAuthorization(PortalPolicies.ApiRecruiter)
            .WithName("MergeEmployer")
            .WithSummary("Merge this employer into 'into_employer_id': its aliases, departments and roles move, its experience entries re-point, and it is deleted. Answers the merged employer.");

        api.MapPost("/employers/{id:guid}/split", SplitAsync)
            .RequireAuthorization(PortalPolicies.ApiRecruiter)
            .WithName("SplitEmployer")
            .WithSummary("Split the written form 'alias' off this employer into a new employer, with the experience entries written that way. Answers the new employer.");
        return api;
    }

    private static async Task<Ok<EmployerPage>> ListAsync(
        [FromServices] EmployerService employers,
        string? query,
        int? page,
        [FromQuery(Name = "page_size")] int? pageSize,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await employers.ListAsync(new EmployerQuery(query, page ?? 1, pageSize ?? EmployerQuery.DefaultPageSize), cancellationToken));

    private static async Task<Results<Ok<EmployerView>, NotFound>> GetAsync(Guid id, [FromServices] EmployerService employers, CancellationToken cancellationToken) =>
        await employers.GetAsync(id, cancellationToken) is { } employer ? TypedResults.Ok(employer) : TypedResults.NotFound();

    private static async Task<Results<Ok<EmployerView>, ValidationProblem, NotFound>> RenameAsync(
        Guid id, EmployerRenameRequest request, [FromServices] EmployerService employers, CancellationToken cancellationToken) =>
        ToResult(await employers.RenameAsync(id, request.Name, cancellationToken), "name");

    private static async Task<Results<Ok<EmployerView>, ValidationProblem, NotFound>> MergeAsync(
        Guid id, EmployerMergeRequest request, [FromServices] EmployerService employers, CancellationToken cancellationToken) =>
        ToResult(await employers.MergeAsync(id, request.IntoEmployerId, cancellationToken), "into_employer_id");

    private static async Task<Results<Ok<EmployerView>, ValidationProblem, NotFound>> SplitAsync(
        Guid id, EmployerSplitRequest request, [FromServices] EmployerService employers, CancellationToken cancellationToken) =>
        ToResult(await employers.SplitAsync(id, request.Alias, cancellationToken), "alias");

    private static Results<Ok<EmployerView>, ValidationProblem, NotFound> ToResult(Result<EmployerView> result, string field) => result switch
    {
        { IsSuccess: true } => TypedResults.Ok(result.Value!),
        { Code: EmployerService.NotFoundCode } => TypedResults.NotFound(),
        _ => TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [result.Error!] }),
    };
}
