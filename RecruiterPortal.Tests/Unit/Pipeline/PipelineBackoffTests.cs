using RecruiterPortal.Core.Pipeline;

namespace RecruiterPortal.Tests.Unit.Pipeline;

public class PipelineBackoffTests
{
    private static readonly TimeSpan Base = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan Max = TimeSpan.FromMinutes(5);

    [Theory]
    [InlineData(1, 2)]
    [InlineData(2, 8)]
    [InlineData(3, 32)]
    [InlineData(10, 300)]
    public void The_delay_grows_fourfold_per_attempt_up_to_the_cap(int attempt, double seconds) =>
        Assert.Equal(seconds, PipelineBackoff.Delay(attempt, Base, Max, jitterSample: 0.5).TotalSeconds, precision: 6);

    [Fact]
    public void Jitter_stays_within_twenty_percent()
    {
        Assert.Equal(6.4, PipelineBackoff.Delay(2, Base, Max, 0).TotalSeconds, precision: 6);
        Assert.Equal(9.6, PipelineBackoff.Delay(2, Base, Max, 1).TotalSeconds, precision: 6);
    }
}
