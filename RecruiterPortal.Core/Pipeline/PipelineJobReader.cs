namespace RecruiterPortal.Core.Pipeline;

/// <summary>
/// The job status the HTTP API reports, read through <see cref="PipelineJobs"/> (tenant-filtered).
/// The API's four states fold the engine's others in: a paused job is still waiting, a cancelled
/// one did not complete.
/// </summary>
public sealed class PipelineJobReader(PipelineJobs jobs) : IPipelineJobReader
{
    public async Task<PipelineJobView?> GetAsync(Guid jobId, CancellationToken cancellationToken)
    {
        var job = await jobs.GetAsync(jobId, cancellationToken);
        if (job is null)
        {
            return null;
        }

        var (status, error) = job.Status switch
        {
            PipelineJobStatus.Paused => (PipelineJobStatus.Queued, job.Error),
            PipelineJobStatus.Cancelled => (PipelineJobStatus.Failed, job.Error ?? "Cancelled before it finished."),
            _ => (job.Status, job.Error),
        };
        return new PipelineJobView(job.Id, job.Kind, status, job.Step, job.Percent, error, job.ErrorCode, job.ResultJson, job.CorrelationId, job.CreatedAt, job.CompletedAt);
    }
}
