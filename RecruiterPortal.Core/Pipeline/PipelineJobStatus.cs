namespace RecruiterPortal.Core.Pipeline;

/// <summary>
/// The states of a <see cref="PipelineJob"/>, stored as text so hand-written SQL (claiming,
/// reclaiming) and reports read the same on both providers.
/// </summary>
public static class PipelineJobStatus
{
    public const string Queued = "queued";
    public const string Processing = "processing";
    public const string Completed = "completed";
    public const string Failed = "failed";
    public const string Cancelled = "cancelled";
    public const string Paused = "paused";

    public static IReadOnlyList<string> All { get; } = [Queued, Processing, Completed, Failed, Cancelled, Paused];

    /// <summary>States a job never leaves on its own (only a retry moves a failed job again).</summary>
    public static bool IsFinal(string status) => status is Completed or Failed or Cancelled;
}
