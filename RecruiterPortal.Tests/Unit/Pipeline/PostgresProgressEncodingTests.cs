using System.Text;
using RecruiterPortal.Core.Progress;

namespace RecruiterPortal.Tests.Unit.Pipeline;

public class PostgresProgressEncodingTests
{
    [Fact]
    public void A_small_event_is_sent_whole_with_the_instance_id()
    {
        var progress = new ProgressEvent(Guid.NewGuid(), "job:1", Guid.NewGuid(), "processing", "parse", 30, "Reading the file", Guid.NewGuid());

        var payload = PostgresProgressBridge.Encode("instance-a", progress)!;

        Assert.Contains("instance-a", payload);
        Assert.Contains("Reading the file", payload);
    }

    [Fact]
    public void An_event_too_large_for_notify_drops_its_message_but_stays_under_the_limit()
    {
        var progress = new ProgressEvent(Guid.NewGuid(), "job:1", Guid.NewGuid(), "failed", Message: new string('é', 6000));

        var payload = PostgresProgressBridge.Encode("instance-a", progress)!;

        Assert.True(Encoding.UTF8.GetByteCount(payload) < 8000);
        Assert.DoesNotContain("é", payload);
        Assert.Contains("failed", payload);
    }
}
