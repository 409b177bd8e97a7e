namespace RecruiterPortal.Core.Pipeline;

/// <summary>A job to put on the queue.</summary>
/// <param name="TenantId">The tenant the job belongs to and runs as.</param>
/// <param name="Kind">Which <see cref="IPipelineHandler"/> runs it.</param>
/// <param name="Payload">Serialised to JSON; the handler reads it back with <see cref="PipelineJobContext.GetPayload{T}"/>.</param>
/// <param name="CorrelationId">Groups jobs: an upload batch, a bulk tailoring session.</param>
/// <param name="SubjectId">What the job is about (a resume, a tailored resume), for progress events.</param>
public sealed record PipelineJobRequest(
    Guid TenantId,
    string Kind,
    object Payload,
    Guid? CorrelationId = null,
    Guid? SubjectId = null,
    int Priority = 0,
    int MaxAttempts = 3,
    Guid? CreatedByUserId = null);
