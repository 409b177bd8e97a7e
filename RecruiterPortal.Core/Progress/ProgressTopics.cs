namespace RecruiterPortal.Core.Progress;

/// <summary>The topic names shared by publishers and watchers.</summary>
public static class ProgressTopics
{
    public static string Job(Guid jobId) => $"job:{jobId}";

    public static string Batch(Guid correlationId) => $"batch:{correlationId}";
}
