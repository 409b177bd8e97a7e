using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.Extensions.Logging;

namespace RecruiterPortal.Core.Progress;

/// <summary>
/// In-process publish/subscribe keyed by (tenant, topic). Publishing takes no lock while handlers
/// run, and a handler that throws is logged without affecting the others or the publisher.
/// </summary>
public sealed class ProgressNotifier(ILogger<ProgressNotifier> logger) : IProgressNotifier
{
    private readonly ConcurrentDictionary<(Guid TenantId, string Topic), ImmutableArray<Subscription>> _subscriptions = new();

    public void Publish(ProgressEvent progress)
    {
        if (!_subscriptions.TryGetValue((progress.TenantId, progress.Topic), out var handlers))
        {
            return;
        }

        foreach (var subscription in handlers)
        {
            _ = InvokeAsync(subscription, progress);
        }
    }

    public IDisposable Subscribe(Guid tenantId, string topic, Func<ProgressEvent, Task> handler)
    {
        ArgumentNullException.ThrowIfNull(topic);
        ArgumentNullException.ThrowIfNull(handler);
        var key = (tenantId, topic);
        var subscription = new Subscription(this, key, handler);
        _subscriptions.AddOrUpdate(key, _ => [subscription], (_, existing) => existing.Add(subscription));
        return subscription;
    }

    /// <summary>Subscriptions currently held, for tests and diagnostics.</summary>
    internal int Count => _subscriptions.Values.Sum(s => s.Length);

    private void Remove(Subscription subscription)
    {
        while (_subscriptions.TryGetValue(subscription.Key, out var existing))
        {
            var remaining = existing.Remove(subscription);
            var done = remaining.IsEmpty
                ? _subscriptions.TryRemove(new KeyValuePair<(Guid, string), ImmutableArray<Subscription>>(subscription.Key, existing))
                : _subscriptions.TryUpdate(subscription.Key, remaining, existing);
            if (done)
            {
                return;
            }
        }
    }

    private async Task InvokeAsync(Subscription subscription, ProgressEvent progress)
    {
        try
        {
            await subscription.Handler(progress);
        }
        catch (Exception ex)
        {
            // A watcher that went away (a closed circuit) must not break progress for the others.
            logger.LogWarning(ex, "A progress subscriber of {Topic} failed", progress.Topic);
        }
    }

    private sealed class Subscription(ProgressNotifier owner, (Guid TenantId, string Topic) key, Func<ProgressEvent, Task> handler) : IDisposable
    {
        private int _disposed;

        public (Guid TenantId, string Topic) Key { get; } = key;

        public Func<ProgressEvent, Task> Handler { get; } = handler;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                owner.Remove(this);
            }
        }
    }
}
