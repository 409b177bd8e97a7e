using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RecruiterPortal.Core.Data;
using RecruiterPortal.Core.Pipeline;
using RecruiterPortal.Core.Progress;
using RecruiterPortal.Tests.Fixtures;

namespace RecruiterPortal.Tests.Data;

/// <summary>
/// What only PostgreSQL does: instances on one database hear each other through LISTEN/NOTIFY,
/// for progress events and for new work.
/// </summary>
[Trait("Category", "Postgres")]
public sealed class PipelinePostgresInstanceTests : IAsyncLifetime
{
    private readonly TestDatabase _database = TestDatabase.Create(DatabaseOptions.Postgres);
    private readonly PipelineProbe _probe = new();
    private PipelineTestHost _first = null!;
    private PipelineTestHost _second = null!;

    public async Task InitializeAsync()
    {
        _first = await PipelineTestHost.CreateAsync(_database, _probe);
        _second = await PipelineTestHost.CreateAsync(_database, _probe, new Dictionary<string, string?> { ["Pipeline:Enabled"] = "false" });
    }

    public async Task DisposeAsync()
    {
        await _first.DisposeAsync();
        await _second.DisposeAsync();
        _database.Dispose();
    }

    [Fact]
    public async Task A_progress_event_published_on_one_instance_reaches_subscribers_on_another()
    {
        await Task.WhenAll(_first.StartAsync(), _second.StartAsync());
        await Task.WhenAll(Bridge(_first).Listening, Bridge(_second).Listening).WaitAsync(TimeSpan.FromSeconds(20));
        var tenant = Guid.NewGuid();
        var received = new TaskCompletionSource<ProgressEvent>(TaskCreationOptions.RunContinuationsAsynchronously);
        var echoes = 0;
        using var remote = Notifier(_first).Subscribe(tenant, "batch:demo", e =>
        {
            received.TrySetResult(e);
            return Task.CompletedTask;
        });
        using var own = Notifier(_second).Subscribe(tenant, "batch:demo", _ =>
        {
            Interlocked.Increment(ref echoes);
            return Task.CompletedTask;
        });
        using var otherTenant = Notifier(_first).Subscribe(Guid.NewGuid(), "batch:demo", _ => throw new InvalidOperationException("Wrong tenant."));

        var sent = new ProgressEvent(tenant, "batch:demo", Guid.NewGuid(), "processing", "parse", 40, new string('x', 20_000));
        Notifier(_second).Publish(sent);

        var got = await received.Task.WaitAsync(TimeSpan.FromSeconds(20));
        Assert.Equal(sent with { Message = null }, got);

        // A second event proves ordering holds, and the publisher saw its own event once, not echoed back.
        Notifier(_second).Publish(sent with { Percent = 80, Message = "short" });
        await Task.Delay(300);
        Assert.Equal(2, Volatile.Read(ref echoes));
    }

    [Fact]
    public async Task A_job_enqueued_on_one_instance_wakes_the_workers_of_another()
    {
        var slowPoll = new Dictionary<string, string?> { ["Pipeline:PollInterval"] = "00:01:00" };
        var worker = await PipelineTestHost.CreateAsync(_database, _probe, slowPoll);
        try
        {
            await worker.StartAsync();
            var tenant = await _second.CreateTenantAsync("Remote Agency");

            // The first job may be found by the worker's start-up claim; the second can only arrive by NOTIFY.
            var first = await _second.EnqueueAsync(tenant, new PipelineScript("ok"));
            await worker.WaitForStatusAsync(tenant, first, PipelineJobStatus.Completed, 30);
            await Task.Delay(200);
            var second = await _second.EnqueueAsync(tenant, new PipelineScript("ok"));
            var started = DateTime.UtcNow;
            await worker.WaitForStatusAsync(tenant, second, PipelineJobStatus.Completed, 30);

            Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(20), "The worker should wake on NOTIFY, not wait for its one-minute poll.");
        }
        finally
        {
            await worker.DisposeAsync();
        }
    }

    private static IProgressNotifier Notifier(PipelineTestHost host) => host.Services.GetRequiredService<IProgressNotifier>();

    private static PostgresProgressBridge Bridge(PipelineTestHost host) =>
        host.Services.GetServices<IHostedService>().OfType<PostgresProgressBridge>().Single();
}
