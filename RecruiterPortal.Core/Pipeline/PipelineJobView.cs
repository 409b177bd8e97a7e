namespace RecruiterPortal.Core.Pipeline;

/// <summary>A pipeline job as callers may see it: status, step, progress and outcome.</summary>
/// <param name="Status"><c>queued</c>, <c>processing</c>, <c>completed</c> or <c>failed</c>.</param>
/// <param name="ResultJson">The handler's result (see <see cref="PipelineJobContext.SetResult"/>) once completed.</param>
public sealed record PipelineJobView(
    Guid Id,
    string Kind,
    string Status,
    string? Step,
    int Percent,
    string? Error,
    string? ErrorCode,
    string? ResultJson,
    Guid? CorrelationId,
    DateTime CreatedAt,
    DateTime? CompletedAt);
