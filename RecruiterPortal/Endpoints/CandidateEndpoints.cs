using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using RecruiterPortal.Auth;
using RecruiterPortal.Core.Candidates;
using RecruiterPortal.Core.Privacy;

namespace RecruiterPortal.Endpoints;

/// <summary><c>/api/v1/candidates</c>: search, profiles, corrections, resume versions, erasure and data export.</summary>
public static class CandidateEndpoints
{
    public static RouteGroupBuilder MapCandidateEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/candidates", ListAsync)
            .WithName("ListCandidates")
            .WithSummary("Search candidates by text (name, skill, title, company by substring; a whole email or phone exactly), an exact skill and/or 'employer_id' (everyone who worked at a canonical employer), newest first.");

        api.MapGet("/candidates/{id:guid}", GetAsync)
            .WithName("GetCandidate")
            .WithSummary("A candidate's profile: contact details, skills, experience, education, projects and resume versions.");

        api.MapPatch("/candidates/{id:guid}", UpdateAsync)
            .RequireAuthorization(PortalPolicies.ApiRecruiter)
            .WithName("UpdateCandidate")
            .WithSummary("Correct a candidate's contact fields, summary or skills; omitted fields stay as they are.");

        api.MapGet("/candidates/{id:guid}/resumes", ResumesAsync)
            .WithName("ListCandidateResumes")
            .WithSummary("A candidate's resume versions, newest first.");

        api.MapDelete("/candidates/{id:guid}", EraseAsync)
            .RequireAuthorization(PortalPolicies.ApiAdmin)
            .WithName("EraseCandidate")
            .WithSummary("Erase a candidate: profile, every resume version and file, analyses, tailored resumes and jobs. The audit log keeps only that it happened.");

        api.MapGet("/candidates/{id:guid}/export", ExportAsync)
            .RequireAuthorization(PortalPolicies.ApiAdmin)
            .WithName("ExportCandidate")
            .WithSummary("Everything held about a candidate as a ZIP: candidate.json and the original uploaded files.");
        return api;
    }

    private static async Task<Ok<CandidatePage>> ListAsync(
        [FromServices] CandidateService candidates,
        string? query,
        string? skill,
        int? page,
        [FromQuery(Name = "page_size")] int? pageSize,
        [FromQuery(Name = "employer_id")] Guid? employerId,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await candidates.ListAsync(new CandidateQuery(query, skill, page ?? 1, pageSize ?? CandidateQuery.DefaultPageSize, employerId), cancellationToken));

    private static async Task<Results<Ok<CandidateProfile>, NotFound>> GetAsync(Guid id, [FromServices] CandidateService candidates, CancellationToken cancellationToken) =>
        await candidates.GetAsync(id, cancellationToken) is { } profile ? TypedResults.Ok(profile) : TypedResults.NotFound();

    private static async Task<Results<Ok<CandidateProfile>, ValidationProblem, NotFound>> UpdateAsync(
        Guid id, CandidateUpdate update, [FromServices] CandidateService candidates, CancellationToken cancellationToken)
    {
        var errors = CandidateUpdateValidator.Validate(update);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var result = await candidates.UpdateAsync(id, update, cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : TypedResults.NotFound();
    }

    private static async Task<Results<Ok<ErasureSummary>, NotFound>> EraseAsync(Guid id, [FromServices] CandidateErasure erasure, CancellationToken cancellationToken) =>
        await erasure.EraseAsync(id, cancellationToken) is { } summary ? TypedResults.Ok(summary) : TypedResults.NotFound();

    private static async Task<Results<FileContentHttpResult, NotFound>> ExportAsync(Guid id, [FromServices] CandidateDataExport export, CancellationToken cancellationToken) =>
        await export.ExportAsync(id, cancellationToken) is { } archive
            ? TypedResults.File(archive.Content, CandidateArchive.ContentType, archive.FileName)
            : TypedResults.NotFound();

    private static async Task<Results<Ok<IReadOnlyList<CandidateResumeView>>, NotFound>> ResumesAsync(Guid id, [FromServices] CandidateService candidates, CancellationToken cancellationToken) =>
        await candidates.GetResumesAsync(id, cancellationToken) is { } resumes ? TypedResults.Ok(resumes) : TypedResults.NotFound();
}
