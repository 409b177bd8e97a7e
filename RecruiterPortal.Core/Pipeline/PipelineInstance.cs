namespace RecruiterPortal.Core.Pipeline;

/// <summary>
/// Names this app instance: in worker ids (who holds a job) and in cross-instance progress
/// notifications (so an instance skips its own echoes).
/// </summary>
public sealed class PipelineInstance
{
    public string Id { get; } = $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}";
}
