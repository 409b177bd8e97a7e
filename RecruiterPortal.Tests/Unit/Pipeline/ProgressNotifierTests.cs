using Microsoft.Extensions.Logging.Abstractions;
using RecruiterPortal.Core.Progress;

namespace RecruiterPortal.Tests.Unit.Pipeline;

public class ProgressNotifierTests
{
    private readonly ProgressNotifier _notifier = new(NullLogger<ProgressNotifier>.Instance);
    private readonly Guid _tenant = Guid.NewGuid();

    [Fact]
    public void Events_reach_only_subscribers_of_the_same_tenant_and_topic()
    {
        var seen = new List<string>();
        using var match = _notifier.Subscribe(_tenant, "job:1", e => Record(seen, "match", e));
        using var otherTopic = _notifier.Subscribe(_tenant, "job:2", e => Record(seen, "other topic", e));
        using var otherTenant = _notifier.Subscribe(Guid.NewGuid(), "job:1", e => Record(seen, "other tenant", e));

        _notifier.Publish(Event("job:1"));

        Assert.Equal(["match"], seen);
    }

    [Fact]
    public void A_disposed_subscription_receives_nothing_and_is_removed()
    {
        var count = 0;
        var subscription = _notifier.Subscribe(_tenant, "job:1", _ =>
        {
            count++;
            return Task.CompletedTask;
        });
        _notifier.Publish(Event("job:1"));
        subscription.Dispose();
        subscription.Dispose();
        _notifier.Publish(Event("job:1"));

        Assert.Equal(1, count);
        Assert.Equal(0, _notifier.Count);
    }

    [Fact]
    public async Task A_failing_subscriber_does_not_stop_the_others_or_the_publisher()
    {
        var delivered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var throwsAtOnce = _notifier.Subscribe(_tenant, "batch:1", _ => throw new InvalidOperationException("circuit gone"));
        using var throwsLater = _notifier.Subscribe(_tenant, "batch:1", async _ =>
        {
            await Task.Yield();
            throw new InvalidOperationException("circuit gone");
        });
        using var healthy = _notifier.Subscribe(_tenant, "batch:1", _ =>
        {
            delivered.TrySetResult();
            return Task.CompletedTask;
        });

        _notifier.Publish(Event("batch:1"));

        await delivered.Task.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void A_subscriber_may_unsubscribe_or_subscribe_while_an_event_is_delivered()
    {
        var count = 0;
        IDisposable? self = null;
        self = _notifier.Subscribe(_tenant, "job:1", _ =>
        {
            count++;
            self!.Dispose();
            _notifier.Subscribe(_tenant, "job:1", _ => Task.CompletedTask);
            return Task.CompletedTask;
        });

        _notifier.Publish(Event("job:1"));
        _notifier.Publish(Event("job:1"));

        Assert.Equal(1, count);
    }

    [Fact]
    public async Task Concurrent_subscribe_publish_and_dispose_lose_no_subscription()
    {
        var hits = 0;
        using var steady = _notifier.Subscribe(_tenant, "job:1", _ =>
        {
            Interlocked.Increment(ref hits);
            return Task.CompletedTask;
        });
        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
        {
            for (var i = 0; i < 500; i++)
            {
                using var transient = _notifier.Subscribe(_tenant, "job:1", _ => Task.CompletedTask);
                _notifier.Publish(Event("job:1"));
            }
        })));

        Assert.Equal(4000, hits);
        Assert.Equal(1, _notifier.Count);
    }

    private ProgressEvent Event(string topic) => new(_tenant, topic, Guid.NewGuid(), "processing");

    private static Task Record(List<string> seen, string name, ProgressEvent _)
    {
        seen.Add(name);
        return Task.CompletedTask;
    }
}
