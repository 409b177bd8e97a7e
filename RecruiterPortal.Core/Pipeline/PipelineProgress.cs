using RecruiterPortal.Core.Progress;

namespace RecruiterPortal.Core.Pipeline;

/// <summary>Publishes a job's status and step changes on <c>job:{id}</c> and, for a batch, <c>batch:{correlationId}</c>.</summary>
internal static class PipelineProgress
{
    public static void Publish(IProgressNotifier notifier, PipelineJob job, string status, string? step, int percent, string? message)
    {
        var subject = job.SubjectId ?? job.Id;
        notifier.Publish(new ProgressEvent(job.TenantId, ProgressTopics.Job(job.Id), subject, status, step, percent, message, job.Id));
        if (job.CorrelationId is { } correlationId)
        {
            notifier.Publish(new ProgressEvent(job.TenantId, ProgressTopics.Batch(correlationId), subject, status, step, percent, message, job.Id));
        }
    }
}
