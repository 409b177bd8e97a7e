using RecruiterPortal.Core.Ai;

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

    private sealed class ManualClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
