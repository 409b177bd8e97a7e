namespace RecruiterPortal.Core.Pipeline;

/// <summary>
/// Does the work of one kind of pipeline job (ingest a resume, score a job, tailor a resume…).
/// Handlers are resolved per job from a fresh DI scope whose <see cref="Tenancy.ITenantContext"/>
/// is the job's tenant. Throw <see cref="PipelineFailure"/> for a permanent failure (a poison file);
/// any other exception is treated as transient and retried with back-off.
/// </summary>
public interface IPipelineHandler
{
    /// <summary>The job kind this handler runs, e.g. <c>ingest_resume</c>.</summary>
    string Kind { get; }

    Task ExecuteAsync(PipelineJobContext context, CancellationToken cancellationToken);
}
