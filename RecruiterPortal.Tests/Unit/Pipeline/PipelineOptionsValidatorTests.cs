using RecruiterPortal.Core.Pipeline;

namespace RecruiterPortal.Tests.Unit.Pipeline;

public class PipelineOptionsValidatorTests
{
    private readonly PipelineOptionsValidator _validator = new();

    [Fact]
    public void The_defaults_are_valid() => Assert.True(_validator.Validate(null, new PipelineOptions()).Succeeded);

    [Theory]
    [InlineData(0)]
    [InlineData(65)]
    public void Workers_must_be_between_1_and_64(int workers)
    {
        var result = _validator.Validate(null, new PipelineOptions { Workers = workers });

        Assert.True(result.Failed);
        Assert.Contains("Pipeline:Workers", result.FailureMessage);
    }

    [Fact]
    public void A_lease_shorter_than_two_heartbeats_is_rejected()
    {
        var result = _validator.Validate(null, new PipelineOptions { HeartbeatInterval = TimeSpan.FromSeconds(10), LeaseTimeout = TimeSpan.FromSeconds(15) });

        Assert.Contains("Pipeline:LeaseTimeout", result.FailureMessage);
    }

    [Fact]
    public void Kind_limits_and_intervals_must_be_positive()
    {
        var options = new PipelineOptions { PollInterval = TimeSpan.Zero };
        options.KindConcurrency["tailor_resume"] = 0;

        var result = _validator.Validate(null, options);

        Assert.Contains("Pipeline:KindConcurrency:tailor_resume", result.FailureMessage);
        Assert.Contains("Pipeline:PollInterval", result.FailureMessage);
    }

    [Fact]
    public void Kinds_without_a_limit_are_unbounded()
    {
        var options = new PipelineOptions();
        options.KindConcurrency["tailor_resume"] = 2;

        Assert.Equal(2, options.LimitFor("tailor_resume"));
        Assert.Equal(int.MaxValue, options.LimitFor("ingest_resume"));
    }
}
