namespace RecruiterPortal.Core.Pipeline;

/// <summary>Reads pipeline jobs for status pages and the jobs API. Implemented by the pipeline engine.</summary>
public interface IPipelineJobReader
{
    /// <summary>The job of the current tenant; null when missing or another tenant's, which callers must not tell apart.</summary>
    Task<PipelineJobView?> GetAsync(Guid jobId, CancellationToken cancellationToken);
}
