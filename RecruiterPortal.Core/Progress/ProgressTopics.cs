namespace RecruiterPortal.Core.Progress;

/// <summary>The topic names shared by publishers and watchers.</summary>
public static class ProgressTopics
{
    public static string Job(Guid jobId) => $"job:{jobId}";

    public static string Batch(Guid correlationId) => $"batch:{correlationId}";

    /// <summary>A bulk tailoring session's control changes (cancel, pause, retry); its items' job events go to <see cref="Batch"/>.</summary>
    public static string Session(Guid sessionId) => $"session:{sessionId}";
}
