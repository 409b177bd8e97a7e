using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using RecruiterPortal.Core.Pipeline;

namespace RecruiterPortal.Endpoints;

/// <summary><c>GET /api/v1/jobs/{job_id}</c>: where a background job (e.g. a resume upload) is.</summary>
public static class JobEndpoints
{
    public static RouteGroupBuilder MapJobEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/jobs/{jobId:guid}", GetAsync)
            .WithName("GetJob")
            .WithSummary("Status, step and result of a background job.")
            .WithDescription("status is queued, processing, completed or failed; progress is 0–100. For a resume upload the result holds resume_id, candidate_id and duplicate.");
        return api;
    }

    private static async Task<Results<Ok<JobResponse>, NotFound>> GetAsync(Guid jobId, [FromServices] IPipelineJobReader jobs, CancellationToken cancellationToken)
    {
        // Another tenant's job reads as missing: the reader is tenant-scoped and answers null alike.
        var job = await jobs.GetAsync(jobId, cancellationToken);
        return job is null ? TypedResults.NotFound() : TypedResults.Ok(JobResponse.From(job));
    }

    public sealed record JobResponse(Guid JobId, string Kind, string Status, string? Step, int Progress, string? Error, string? ErrorCode, JsonElement? Result, DateTime CreatedAt, DateTime? CompletedAt)
    {
        public static JobResponse From(PipelineJobView job) => new(
            job.Id,
            job.Kind,
            job.Status,
            job.Step,
            job.Percent,
            job.Error,
            job.ErrorCode,
            string.IsNullOrEmpty(job.ResultJson) ? null : JsonDocument.Parse(job.ResultJson).RootElement.Clone(),
            job.CreatedAt,
            job.CompletedAt);
    }
}
