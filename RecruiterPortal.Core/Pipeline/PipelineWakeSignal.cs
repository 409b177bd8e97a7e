namespace RecruiterPortal.Core.Pipeline;

/// <summary>
/// Wakes this instance's idle workers at once when work arrives (a local enqueue, a NOTIFY from
/// another instance, a freed per-kind slot) instead of at the next poll.
/// </summary>
public sealed class PipelineWakeSignal
{
    private TaskCompletionSource _next = NewSource();

    /// <summary>Completes at the next <see cref="Signal"/>; take it before looking for work so no wake-up is lost.</summary>
    public Task NextAsync => Volatile.Read(ref _next).Task;

    public void Signal() => Interlocked.Exchange(ref _next, NewSource()).TrySetResult();

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
