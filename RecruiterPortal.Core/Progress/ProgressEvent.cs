namespace RecruiterPortal.Core.Progress;

/// <summary>
/// A small notice that something changed: a job's step, an upload's status, a session's counts.
/// Watchers re-read persisted state when they need more, so events stay small (they also cross
/// app instances through PostgreSQL NOTIFY, whose payload is limited).
/// </summary>
/// <param name="Topic">What to watch, e.g. <c>batch:{id}</c>, <c>job:{id}</c>, <c>session:{id}</c>.</param>
/// <param name="JobId">The pipeline job the event is about, when there is one (a batch watcher sees many).</param>
public sealed record ProgressEvent(
    Guid TenantId,
    string Topic,
    Guid SubjectId,
    string Status,
    string? Step = null,
    int Percent = 0,
    string? Message = null,
    Guid? JobId = null);
