using System.Collections.Concurrent;

namespace RecruiterPortal.Tests.Data;

/// <summary>What the test handlers did, shared by every worker (and every "instance") of a test.</summary>
public sealed class PipelineProbe
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _signals = new();
    private int _running;
    private int _maxRunning;

    /// <summary>Runs started per job id.</summary>
    public ConcurrentDictionary<Guid, int> Executions { get; } = new();

    /// <summary>Times each step's work ran, keyed "jobId:step".</summary>
    public ConcurrentDictionary<string, int> StepRuns { get; } = new();

    public ConcurrentBag<Guid> Cancelled { get; } = [];

    public int MaxRunning => Volatile.Read(ref _maxRunning);

    public int StepRunsOf(Guid jobId, string step) => StepRuns.GetValueOrDefault($"{jobId}:{step}");

    public int CountStep(Guid jobId, string step) => StepRuns.AddOrUpdate($"{jobId}:{step}", 1, (_, n) => n + 1);

    public int Started(Guid jobId)
    {
        Signal($"started:{jobId}");
        return Executions.AddOrUpdate(jobId, 1, (_, n) => n + 1);
    }

    public Task WhenStarted(Guid jobId) => SignalOf($"started:{jobId}").Task;

    public IDisposable Enter()
    {
        var now = Interlocked.Increment(ref _running);
        int seen;
        while (now > (seen = Volatile.Read(ref _maxRunning)) && Interlocked.CompareExchange(ref _maxRunning, now, seen) != seen)
        {
        }

        return new Exit(this);
    }

    private void Signal(string name) => SignalOf(name).TrySetResult();

    private TaskCompletionSource SignalOf(string name) =>
        _signals.GetOrAdd(name, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

    private sealed class Exit(PipelineProbe probe) : IDisposable
    {
        public void Dispose() => Interlocked.Decrement(ref probe._running);
    }
}
