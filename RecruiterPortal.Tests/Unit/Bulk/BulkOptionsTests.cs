using RecruiterPortal.Core.Bulk;

namespace RecruiterPortal.Tests.Unit.Bulk;

public sealed class BulkOptionsTests
{
    [Theory]
    [InlineData(1, 250)]
    [InlineData(20, 250)]
    [InlineData(21, 500)]
    [InlineData(300, 500)]
    public void A_crowd_of_watchers_gets_views_less_often_than_a_few(int watchers, int expectedMs) =>
        Assert.Equal(TimeSpan.FromMilliseconds(expectedMs), new BulkOptions().RefreshFor(watchers));

    [Fact]
    public void The_refresh_pauses_and_the_crowd_size_are_settings()
    {
        var options = new BulkOptions { LiveRefresh = TimeSpan.FromMilliseconds(100), CrowdRefresh = TimeSpan.FromSeconds(1), CrowdSize = 5 };

        Assert.Equal(TimeSpan.FromMilliseconds(100), options.RefreshFor(5));
        Assert.Equal(TimeSpan.FromSeconds(1), options.RefreshFor(6));
    }
}
