using RecruiterPortal.Core.Progress;

namespace RecruiterPortal.Components.Shared;

/// <summary>
/// Turns a stream of progress events into at most a few re-renders a second: the first event after
/// a quiet spell refreshes at once, further events within <see cref="MinInterval"/> are coalesced
/// into one trailing refresh. Components re-read persisted state in <c>refresh</c>, so a missed
/// event never leaves the screen wrong for long.
/// </summary>
public sealed class LiveRefresh : IDisposable
{
    public static readonly TimeSpan MinInterval = TimeSpan.FromMilliseconds(300);

    private readonly Func<Task> _refresh;
    private readonly Action<Exception> _onError;
    private readonly List<IDisposable> _subscriptions = [];
    private readonly SemaphoreSlim _gate = new(1, 1);
    private int _pending;
    private bool _disposed;

    public LiveRefresh(Func<Task> refresh, Action<Exception> onError)
    {
        _refresh = refresh;
        _onError = onError;
    }

    public void Watch(IProgressNotifier notifier, Guid tenantId, string topic) =>
        _subscriptions.Add(notifier.Subscribe(tenantId, topic, _ => RequestAsync()));

    public Task RequestAsync()
    {
        if (Interlocked.Exchange(ref _pending, 1) == 1)
        {
            return Task.CompletedTask;
        }

        _ = RunAsync();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _disposed = true;
        foreach (var subscription in _subscriptions)
        {
            subscription.Dispose();
        }
    }

    private async Task RunAsync()
    {
        await _gate.WaitAsync();
        try
        {
            while (!_disposed && Interlocked.Exchange(ref _pending, 0) == 1)
            {
                await _refresh();
                await Task.Delay(MinInterval);
            }
        }
        catch (Exception ex)
        {
            _onError(ex);
        }
        finally
        {
            _gate.Release();
        }
    }
}
