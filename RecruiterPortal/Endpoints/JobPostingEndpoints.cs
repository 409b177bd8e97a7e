using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using RecruiterPortal.Auth;
using RecruiterPortal.Core.Common;
using RecruiterPortal.Core.JobPostings;
using RecruiterPortal.Core.Matching;

namespace RecruiterPortal.Endpoints;

/// <summary><c>/api/v1/job-postings</c>: postings, their extraction and versions, and their ranked matches.</summary>
public static class JobPostingEndpoints
{
    /// <summary>Job descriptions are small documents; more than this is not a description.</summary>
    private const long MaxDescriptionFileBytes = 10 * 1024 * 1024;

    public static RouteGroupBuilder MapJobPostingEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/job-postings", ListAsync)
            .WithName("ListJobPostings")
            .WithSummary("Job postings, newest edit first, filtered by status and a search over title, company and location.");

        api.MapPost("/job-postings", CreateAsync)
            .RequireAuthorization(PortalPolicies.ApiRecruiter)
            .WithName("CreateJobPosting")
            .WithSummary("Create a posting from a pasted description; the answer carries the extracted profile (skills, years, education).");

        api.MapPost("/job-postings/upload", UploadAsync)
            .RequireAuthorization(PortalPolicies.ApiRecruiter)
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(MaxDescriptionFileBytes))
            .WithFormOptions(multipartBodyLengthLimit: MaxDescriptionFileBytes)
            .WithName("UploadJobPosting")
            .WithSummary("Create a posting from a description file (PDF, DOCX or TXT in field 'file') and form fields title, company, location, employment_type.");

        api.MapGet("/job-postings/{id:guid}", GetAsync)
            .WithName("GetJobPosting")
            .WithSummary("A posting with its effective extracted profile.");

        api.MapPut("/job-postings/{id:guid}", UpdateAsync)
            .RequireAuthorization(PortalPolicies.ApiRecruiter)
            .WithName("UpdateJobPosting")
            .WithSummary("Replace a posting's fields; a change makes a new version and re-extracts, keeping the recruiter's corrections.");

        api.MapPut("/job-postings/{id:guid}/extraction", CorrectAsync)
            .RequireAuthorization(PortalPolicies.ApiRecruiter)
            .WithName("CorrectJobPostingExtraction")
            .WithSummary("Correct the extracted required/preferred skills, minimum years or education; 'reset: true' goes back to the extraction.");

        api.MapDelete("/job-postings/{id:guid}", DeleteAsync)
            .RequireAuthorization(PortalPolicies.ApiRecruiter)
            .WithName("DeleteJobPosting")
            .WithSummary("Delete a posting with its versions, analyses and content rankings.");

        api.MapGet("/job-postings/{id:guid}/versions", VersionsAsync)
            .WithName("ListJobPostingVersions")
            .WithSummary("A posting's versions, newest first, each with the posting as it was.");

        api.MapGet("/job-postings/{id:guid}/matches", MatchesAsync)
            .WithName("ListJobPostingMatches")
            .WithSummary("Candidates ranked for a posting, best first, with matched/missing skills, a 10-bucket score histogram and how many resumes still await stored analysis.");
        return api;
    }

    private static async Task<Ok<JobPostingPage>> ListAsync(
        [FromServices] JobPostingService postings,
        string? status,
        string? search,
        int? page,
        [FromQuery(Name = "page_size")] int? pageSize,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await postings.ListAsync(new JobPostingQuery(status, search, page ?? 1, pageSize ?? JobPostingQuery.DefaultPageSize), cancellationToken));

    private static async Task<Results<Created<JobPostingView>, ValidationProblem>> CreateAsync(
        JobPostingInput input, [FromServices] JobPostingService postings, CancellationToken cancellationToken)
    {
        var errors = JobPostingValidator.Validate(input);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var created = await postings.CreateAsync(input, cancellationToken);
        return created.IsSuccess
            ? TypedResults.Created($"{PortalApi.Prefix}/job-postings/{created.Value!.Id}", created.Value)
            : TypedResults.ValidationProblem(new Dictionary<string, string[]> { [""] = [created.Error!] });
    }

    private static async Task<Results<Created<JobPostingView>, ValidationProblem, ProblemHttpResult>> UploadAsync(
        IFormFile? file,
        [FromForm] string? title,
        [FromForm] string? company,
        [FromForm] string? location,
        [FromForm(Name = "employment_type")] string? employmentType,
        [FromServices] JobPostingService postings,
        CancellationToken cancellationToken)
    {
        if (file is null)
        {
            return TypedResults.Problem("Send the description as multipart form field 'file'.", statusCode: StatusCodes.Status400BadRequest);
        }

        byte[] content;
        using (var buffer = new MemoryStream())
        {
            await file.CopyToAsync(buffer, cancellationToken);
            content = buffer.ToArray();
        }

        var text = await postings.ReadDescriptionAsync(content, file.FileName, cancellationToken);
        if (!text.IsSuccess)
        {
            return TypedResults.Problem(text.Error, statusCode: StatusCodes.Status400BadRequest, title: "The description file could not be read.",
                extensions: new Dictionary<string, object?> { ["code"] = text.Code });
        }

        return await CreateAsync(
            new JobPostingInput { Title = title ?? "", Company = company, Location = location, EmploymentType = employmentType, Description = text.Value! },
            postings,
            cancellationToken) switch
        {
            { Result: Created<JobPostingView> created } => created,
            { Result: ValidationProblem problem } => problem,
            _ => TypedResults.Problem(statusCode: StatusCodes.Status500InternalServerError),
        };
    }

    private static async Task<Results<Ok<JobPostingView>, NotFound>> GetAsync(Guid id, [FromServices] JobPostingService postings, CancellationToken cancellationToken) =>
        await postings.GetAsync(id, cancellationToken) is { } posting ? TypedResults.Ok(posting) : TypedResults.NotFound();

    private static async Task<Results<Ok<JobPostingView>, ValidationProblem, NotFound>> UpdateAsync(
        Guid id, JobPostingInput input, [FromServices] JobPostingService postings, CancellationToken cancellationToken)
    {
        var errors = JobPostingValidator.Validate(input);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return ToResult(await postings.UpdateAsync(id, input, cancellationToken));
    }

    private static async Task<Results<Ok<JobPostingView>, ValidationProblem, NotFound>> CorrectAsync(
        Guid id, JobProfileCorrection correction, [FromServices] JobPostingService postings, CancellationToken cancellationToken) =>
        ToResult(await postings.CorrectExtractionAsync(id, correction, cancellationToken));

    private static async Task<Results<NoContent, NotFound>> DeleteAsync(Guid id, [FromServices] JobPostingService postings, CancellationToken cancellationToken) =>
        await postings.DeleteAsync(id, cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static async Task<Results<Ok<IReadOnlyList<JobPostingVersionView>>, NotFound>> VersionsAsync(Guid id, [FromServices] JobPostingService postings, CancellationToken cancellationToken) =>
        await postings.GetVersionsAsync(id, cancellationToken) is { } versions ? TypedResults.Ok(versions) : TypedResults.NotFound();

    private static async Task<Results<Ok<MatchRankPage>, NotFound>> MatchesAsync(
        Guid id,
        [FromServices] MatchingService matching,
        int? top,
        int? skip,
        [FromQuery(Name = "min_score")] double? minScore,
        [FromQuery(Name = "must_have")] string? mustHave,
        CancellationToken cancellationToken)
    {
        var skills = mustHave?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var page = await matching.RankAsync(id, new RankRequest(top ?? RankRequest.DefaultTop, skip ?? 0, minScore ?? 0, skills), cancellationToken);
        return page.IsSuccess ? TypedResults.Ok(page.Value!) : TypedResults.NotFound();
    }

    private static Results<Ok<JobPostingView>, ValidationProblem, NotFound> ToResult(Result<JobPostingView> result) =>
        result.IsSuccess ? TypedResults.Ok(result.Value!)
        : result.Code == JobPostingService.NotFoundCode ? TypedResults.NotFound()
        : TypedResults.ValidationProblem(new Dictionary<string, string[]> { [""] = [result.Error!] });
}
