using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RecruiterPortal.Core.Progress;
using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Core.Bulk;

/// <summary>
/// Shares one live view of a session among all its watchers on this instance (page circuits,
/// event streams). The first watcher subscribes the session's item and control events; every burst
/// of events becomes one snapshot read (at most one per <see cref="BulkOptions.LiveRefresh"/>, or per
/// <see cref="BulkOptions.CrowdRefresh"/> for a crowd of watchers) delivered to all watchers, so fifty
/// open pages cost the database what one does. While a session runs the view is
/// also re-read every <see cref="CatchUpInterval"/>, so a lost event never leaves it stale for long.
/// </summary>
public sealed class TailorSessionWatchers(IServiceScopeFactory scopes, IProgressNotifier notifier, IOptions<BulkOptions> options, ILogger<TailorSessionWatchers> logger)
{
    public static readonly TimeSpan CatchUpInterval = TimeSpan.FromSeconds(5);

    private readonly IProgressNotifier _notifier = notifier;
    private readonly ILogger _logger = logger;
    private readonly BulkOptions _options = options.Value;
    private readonly ConcurrentDictionary<(Guid TenantId, Guid SessionId), Feed> _feeds = new();
    private readonly Lock _lock = new();
    private long _reads;

    /// <summary>Snapshot reads so far on this instance, for diagnostics and benchmarks.</summary>
    public long SnapshotReads => Interlocked.Read(ref _reads);

    /// <summary>Sessions with at least one watcher on this instance.</summary>
    public int WatchedSessions => _feeds.Count;

    /// <summary>Calls <paramref name="onChange"/> with a fresh view after each change (and soon after watching starts); dispose to stop.</summary>
    public IDisposable Watch(Guid tenantId, Guid sessionId, Func<TailorSessionView, Task> onChange)
    {
        var watcher = new Watcher(onChange);
        Feed feed;
        lock (_lock)
        {
            feed = _feeds.GetOrAdd((tenantId, sessionId), key => new Feed(this, key.TenantId, key.SessionId));
            feed.Add(watcher);
        }

        if (feed.Latest is { } latest)
        {
            _ = Deliver(watcher, latest);
        }

        feed.Request();
        return new Subscription(() => Unwatch(feed, watcher));
    }

    /// <summary>The latest shared view when the session is watched here, else a read of its own.</summary>
    public async Task<TailorSessionView?> CurrentAsync(Guid tenantId, Guid sessionId, CancellationToken cancellationToken = default) =>
        _feeds.TryGetValue((tenantId, sessionId), out var feed) && feed.Latest is { } latest
            ? latest
            : await ReadAsync(tenantId, sessionId, cancellationToken);

    private void Unwatch(Feed feed, Watcher watcher)
    {
        lock (_lock)
        {
            if (feed.Remove(watcher))
            {
                _feeds.TryRemove(new KeyValuePair<(Guid, Guid), Feed>((feed.TenantId, feed.SessionId), feed));
                feed.Dispose();
            }
        }
    }

    private async Task<TailorSessionView?> ReadAsync(Guid tenantId, Guid sessionId, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _reads);
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Use(tenantId);
        return await scope.ServiceProvider.GetRequiredService<TailorSessionService>().GetAsync(sessionId, cancellationToken);
    }

    private async Task Deliver(Watcher watcher, TailorSessionView view)
    {
        try
        {
            await watcher.OnChange(view);
        }
        catch (Exception ex)
        {
            // A watcher that went away (a closed circuit) must not break the view for the others.
            _logger.LogDebug(ex, "A watcher of session {SessionId} failed", view.SessionId);
        }
    }

    private sealed record Watcher(Func<TailorSessionView, Task> OnChange);

    private sealed class Subscription(Action dispose) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                dispose();
            }
        }
    }

    private sealed class Feed : IDisposable
    {
        private readonly TailorSessionWatchers _owner;
        private readonly List<IDisposable> _subscriptions = [];
        private readonly SemaphoreSlim _gate = new(1, 1);
        private readonly CancellationTokenSource _stop = new();
        private ImmutableArray<Watcher> _watchers = [];
        private int _pending;

        public Feed(TailorSessionWatchers owner, Guid tenantId, Guid sessionId)
        {
            _owner = owner;
            TenantId = tenantId;
            SessionId = sessionId;
            _subscriptions.Add(owner._notifier.Subscribe(tenantId, ProgressTopics.Batch(sessionId), _ => { Request(); return Task.CompletedTask; }));
            _subscriptions.Add(owner._notifier.Subscribe(tenantId, ProgressTopics.Session(sessionId), _ => { Request(); return Task.CompletedTask; }));
            _ = CatchUpAsync();
        }

        public Guid TenantId { get; }

        public Guid SessionId { get; }

        public TailorSessionView? Latest { get; private set; }

        public void Add(Watcher watcher) => _watchers = _watchers.Add(watcher);

        /// <summary>Removes a watcher; true when it was the last.</summary>
        public bool Remove(Watcher watcher)
        {
            _watchers = _watchers.Remove(watcher);
            return _watchers.IsEmpty;
        }

        public void Request()
        {
            if (Interlocked.Exchange(ref _pending, 1) == 1)
            {
                return;
            }

            _ = RunAsync();
        }

        public void Dispose()
        {
            _stop.Cancel();
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
                while (!_stop.IsCancellationRequested && Interlocked.Exchange(ref _pending, 0) == 1)
                {
                    var view = await _owner.ReadAsync(TenantId, SessionId, _stop.Token);
                    if (view is not null)
                    {
                        Latest = view;
                        foreach (var watcher in _watchers)
                        {
                            _ = _owner.Deliver(watcher, view);
                        }
                    }

                    await Task.Delay(_owner._options.RefreshFor(_watchers.Length), _stop.Token);
                }
            }
            catch (OperationCanceledException) when (_stop.IsCancellationRequested)
            {
            }
            catch (Exception ex)
            {
                _owner._logger.LogWarning(ex, "Could not read session {SessionId} for its watchers", SessionId);
                Interlocked.Exchange(ref _pending, 0);
            }
            finally
            {
                _gate.Release();
            }
        }

        private async Task CatchUpAsync()
        {
            using var timer = new PeriodicTimer(CatchUpInterval);
            try
            {
                while (await timer.WaitForNextTickAsync(_stop.Token))
                {
                    if (Latest is null || Latest.Status == TailorSessionStatuses.Processing)
                    {
                        Request();
                    }
                }
            }
            catch (OperationCanceledException)
            {
            }
        }
    }
}
