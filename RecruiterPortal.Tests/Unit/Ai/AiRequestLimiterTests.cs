using Microsoft.Extensions.AI;
using RecruiterPortal.Core.Ai;
using RecruiterPortal.Tests.Fixtures;

namespace RecruiterPortal.Tests.Unit.Ai;

public sealed class AiRequestLimiterTests
{
    [Fact]
    public void Slots_are_booked_one_interval_apart_and_free_again_after_a_pause()
    {
        var clock = new ManualClock();
        var limiter = new AiRequestLimiter(60, clock);

        Assert.Equal([0, 1, 2], Enumerable.Range(0, 3).Select(_ => limiter.Reserve().TotalSeconds));

        clock.Now += TimeSpan.FromSeconds(10);
        Assert.Equal(TimeSpan.Zero, limiter.Reserve());
    }

    [Fact]
    public async Task Concurrent_requests_through_one_limiter_reach_the_provider_spaced_out()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Script(_ => new FakeReply(Content: "{}"));
        var options = AiClients.Options(server, perMinute: 120);
        var limiter = new AiRequestLimiter(options.MaxRequestsPerMinute, TimeProvider.System);

        using var client = AiClients.Create(server, options, limiter);
        ChatMessage[] hi = [new(ChatRole.User, "hi")];
        await client.GetResponseAsync(hi); // Opens the connection, so setting it up does not blur the spacing.

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => client.GetResponseAsync(hi)));

        var arrivals = server.Requests.Skip(1).Select(r => r.ReceivedAt).Order().ToList();
        Assert.Equal(4, arrivals.Count);
        var gaps = arrivals.Zip(arrivals.Skip(1), (a, b) => b - a).ToList();
        Assert.All(gaps, gap => Assert.True(gap >= TimeSpan.FromMilliseconds(450), $"two requests came {gap.TotalMilliseconds} ms apart; the limit allows one per 500 ms"));
    }

    private sealed class ManualClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
