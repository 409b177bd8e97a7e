namespace RecruiterPortal.Core.Pipeline;

/// <summary>
/// Settings of the work engine (section <c>Pipeline</c>), checked at start-up by
/// <see cref="PipelineOptionsValidator"/>. Times are TimeSpans, e.g. <c>"00:00:05"</c>.
/// </summary>
public sealed class PipelineOptions
{
    public const string Section = "Pipeline";

    public const int MaxWorkers = 64;

    /// <summary>Whether this instance runs workers; a web-only instance can turn them off and still enqueue.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Jobs this instance runs at once.</summary>
    public int Workers { get; set; } = Math.Clamp(Environment.ProcessorCount, 1, MaxWorkers);

    /// <summary>Per-kind limits on this instance, e.g. <c>Pipeline:KindConcurrency:tailor_resume = 2</c>.</summary>
    public Dictionary<string, int> KindConcurrency { get; set; } = new(StringComparer.Ordinal);

    /// <summary>How often idle workers look for due jobs (they also wake on enqueue and NOTIFY).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>A processing job whose heartbeat is older than this is taken back from its worker.</summary>
    public TimeSpan LeaseTimeout { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan ReclaimInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Back-off after the first transient failure; it grows fourfold per attempt (2 s, 8 s, 32 s…).</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long a worker waits before reconnecting a dropped PostgreSQL LISTEN connection.</summary>
    public TimeSpan ReconnectDelay { get; set; } = TimeSpan.FromSeconds(2);

    public int LimitFor(string kind) => KindConcurrency.TryGetValue(kind, out var limit) ? limit : int.MaxValue;
}
