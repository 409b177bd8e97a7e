using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RecruiterPortal.Core.Data;
using RecruiterPortal.Core.Monitoring;
using RecruiterPortal.Core.Pipeline;
using RecruiterPortal.Core.Progress;
using RecruiterPortal.Core.Tenancy;
using RecruiterPortal.Tests.Fixtures;

namespace RecruiterPortal.Tests.Data;

/// <summary>
/// The work engine end to end on a real database: the same bodies run on SQLite and on
/// PostgreSQL (subclasses below), with the real migrations, claiming SQL and hosted workers.
/// </summary>
public abstract class PipelineTests(string provider) : IAsyncLifetime
{
    private readonly TestDatabase _database = TestDatabase.Create(provider);
    private readonly PipelineProbe _probe = new();
    private readonly List<PipelineTestHost> _hosts = [];
    private PipelineTestHost _host = null!;
    private Guid _tenant;

    public async Task InitializeAsync()
    {
        _host = await NewHostAsync();
        _tenant = await _host.CreateTenantAsync("Acme Recruiting");
    }

    public async Task DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }

        _database.Dispose();
    }

    [Fact]
    public async Task A_queued_job_runs_completes_with_its_result_and_publishes_progress()
    {
        var batch = Guid.NewGuid();
        var events = new ConcurrentQueue<ProgressEvent>();
        using var subscription = _host.Services.GetRequiredService<IProgressNotifier>()
            .Subscribe(_tenant, ProgressTopics.Batch(batch), e =>
            {
                events.Enqueue(e);
                return Task.CompletedTask;
            });
        await _host.StartAsync();

        var jobId = await _host.EnqueueAsync(_tenant, new PipelineScript("ok"), batch);
        var job = await _host.WaitForStatusAsync(_tenant, jobId, PipelineJobStatus.Completed);

        Assert.Equal(1, job.Attempts);
        Assert.Equal(100, job.Percent);
        Assert.NotNull(job.CompletedAt);
        Assert.Null(job.LockToken);
        using var result = JsonDocument.Parse(job.ResultJson!);
        Assert.Equal("done", result.RootElement.GetProperty("echo").GetString());
        await Until(() => events.Any(e => e.Status == PipelineJobStatus.Completed));
        Assert.All(events, e => Assert.Equal(jobId, e.JobId));
        Assert.Equal(
            [PipelineJobStatus.Processing, PipelineJobStatus.Processing, PipelineJobStatus.Completed],
            events.Select(e => e.Status));
        Assert.Contains(events, e => e.Step == "working" && e.Percent == 50 && e.Message == "Halfway");
    }

    [Fact]
    public async Task A_permanent_failure_fails_at_once_with_its_message()
    {
        await _host.StartAsync();
        var jobId = await _host.EnqueueAsync(_tenant, new PipelineScript("permanent"));

        var job = await _host.WaitForStatusAsync(_tenant, jobId, PipelineJobStatus.Failed);

        Assert.Equal("The file is not a resume.", job.Error);
        Assert.Equal("not_a_resume", job.ErrorCode);
        Assert.Equal(1, job.Attempts);
        Assert.Equal(1, _probe.Executions[jobId]);

        // An expected failure is the job's own news, not an error for the admins.
        Assert.Empty(await ErrorLogOfAsync(_tenant));
    }

    [Fact]
    public async Task A_transient_failure_is_retried_until_it_succeeds()
    {
        await _host.StartAsync();
        var jobId = await _host.EnqueueAsync(_tenant, new PipelineScript("flaky", FailAttempts: 2), maxAttempts: 3);

        var job = await _host.WaitForStatusAsync(_tenant, jobId, PipelineJobStatus.Completed);

        Assert.Equal(3, job.Attempts);
        Assert.Equal(3, _probe.Executions[jobId]);
        Assert.Null(job.Error);
    }

    [Fact]
    public async Task A_job_that_keeps_failing_fails_after_its_last_attempt()
    {
        await _host.StartAsync();
        var jobId = await _host.EnqueueAsync(_tenant, new PipelineScript("flaky", FailAttempts: 10), maxAttempts: 2);

        var job = await _host.WaitForStatusAsync(_tenant, jobId, PipelineJobStatus.Failed);

        Assert.Equal("Failed after 2 attempts: The service is briefly unavailable.", job.Error);
        Assert.Equal("retries_exhausted", job.ErrorCode);
        Assert.Equal(2, _probe.Executions[jobId]);

        // Each unexpected exception is in the tenant's error log under the job's id, and only there.
        var errors = await ErrorLogOfAsync(_tenant);
        Assert.Equal([$"{PipelineTestHandler.DefaultKind}, attempt 1 of 2", $"{PipelineTestHandler.DefaultKind}, attempt 2 of 2"], errors.Select(e => e.Where).Order(StringComparer.Ordinal));
        Assert.All(errors, e =>
        {
            Assert.Equal(ErrorSources.Job, e.Source);
            Assert.Equal(jobId.ToString(), e.Reference);
            Assert.Equal(typeof(InvalidOperationException).FullName, e.ExceptionType);
            Assert.Equal("The service is briefly unavailable.", e.Message);
            Assert.Contains("PipelineTestHandler", e.Detail, StringComparison.Ordinal);
        });
        Assert.Empty(await ErrorLogOfAsync(await _host.CreateTenantAsync("Error Log Other")));
    }

    private async Task<IReadOnlyList<ErrorLogEntry>> ErrorLogOfAsync(Guid tenantId)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Use(tenantId);
        return (await scope.ServiceProvider.GetRequiredService<ErrorLog>().SearchAsync(new ErrorLogQuery())).Entries;
    }

    [Fact]
    public async Task A_job_of_an_unknown_kind_fails_and_does_not_block_the_queue()
    {
        await _host.StartAsync();
        var unknown = await _host.EnqueueAsync(_tenant, new PipelineScript("ok"), kind: "no_such_kind");
        var next = await _host.EnqueueAsync(_tenant, new PipelineScript("ok"));

        var failed = await _host.WaitForStatusAsync(_tenant, unknown, PipelineJobStatus.Failed);
        await _host.WaitForStatusAsync(_tenant, next, PipelineJobStatus.Completed);

        Assert.Equal("unknown_kind", failed.ErrorCode);
    }

    [Fact]
    public async Task After_a_crash_the_next_attempt_resumes_from_the_checkpoint()
    {
        await _host.StartAsync();
        var jobId = await _host.EnqueueAsync(_tenant, new PipelineScript("steps", FailAttempts: 1));

        var job = await _host.WaitForStatusAsync(_tenant, jobId, PipelineJobStatus.Completed);

        Assert.Equal(2, job.Attempts);
        Assert.Equal(1, _probe.StepRunsOf(jobId, "parse"));
        Assert.Equal(1, _probe.StepRunsOf(jobId, "score"));
        await using var db = _database.CreateContext();
        Assert.Equal(0, await db.PipelineCheckpoints.IgnoreQueryFilters().CountAsync(c => c.JobId == jobId));
    }

    [Fact]
    public async Task A_job_abandoned_by_a_dead_worker_is_reclaimed_and_resumed_from_its_checkpoint()
    {
        // As a crashed instance leaves it: processing, a stale heartbeat, one step saved.
        var job = new PipelineJob
        {
            TenantId = _tenant,
            Kind = PipelineTestHandler.DefaultKind,
            Status = PipelineJobStatus.Processing,
            PayloadJson = JsonSerializer.Serialize(new PipelineScript("steps"), JsonSerializerOptions.Web),
            Attempts = 1,
            LockToken = Guid.NewGuid(),
            WorkerId = "dead-instance/1",
            HeartbeatAt = DateTime.UtcNow.AddMinutes(-5),
            StartedAt = DateTime.UtcNow.AddMinutes(-6),
        };
        await using (var db = _database.CreateContext())
        {
            db.PipelineJobs.Add(job);
            db.PipelineCheckpoints.Add(new PipelineCheckpoint { TenantId = _tenant, JobId = job.Id, Step = "parse", StateJson = "\"saved before the crash\"" });
            await db.SaveChangesAsync();
        }

        await _host.StartAsync();
        var done = await _host.WaitForStatusAsync(_tenant, job.Id, PipelineJobStatus.Completed);

        Assert.Equal(2, done.Attempts);
        Assert.Equal(0, _probe.StepRunsOf(job.Id, "parse"));
        Assert.Equal(1, _probe.StepRunsOf(job.Id, "score"));
        using var result = JsonDocument.Parse(done.ResultJson!);
        Assert.Equal("saved before the crash", result.RootElement.GetProperty("parsed").GetString());
    }

    [Fact]
    public async Task The_reclaimer_leaves_live_jobs_alone_and_fails_abandoned_jobs_out_of_attempts()
    {
        var live = NewProcessingJob(DateTime.UtcNow, attempts: 1);
        var exhausted = NewProcessingJob(DateTime.UtcNow.AddMinutes(-5), attempts: 3);
        await using (var db = _database.CreateContext())
        {
            db.PipelineJobs.AddRange(live, exhausted);
            await db.SaveChangesAsync();
        }

        // Two instances reclaiming at once must move each row once.
        var other = await NewHostAsync();
        var moved = await Task.WhenAll(
            _host.Services.GetRequiredService<PipelineReclaimer>().ReclaimAsync(),
            other.Services.GetRequiredService<PipelineReclaimer>().ReclaimAsync());

        Assert.Equal(1, moved.Sum());
        Assert.Equal(PipelineJobStatus.Processing, (await _host.GetAsync(_tenant, live.Id))!.Status);
        var failed = (await _host.GetAsync(_tenant, exhausted.Id))!;
        Assert.Equal(PipelineJobStatus.Failed, failed.Status);
        Assert.Equal("worker_lost", failed.ErrorCode);
        Assert.StartsWith("Failed after 3 attempts", failed.Error);
    }

    [Fact]
    public async Task Two_hundred_jobs_on_two_instances_each_run_exactly_once()
    {
        var other = await NewHostAsync();
        var batch = Guid.NewGuid();
        await using (var scope = _host.Services.CreateAsyncScope())
        {
            var requests = Enumerable.Range(0, 200)
                .Select(i => new PipelineJobRequest(_tenant, PipelineTestHandler.DefaultKind, new PipelineScript("slow", DelayMs: 5), batch, Priority: i % 3))
                .ToList();
            await scope.ServiceProvider.GetRequiredService<IPipelineQueue>().EnqueueManyAsync(requests);
        }

        await Task.WhenAll(_host.StartAsync(), other.StartAsync());
        await Until(async () => (await _host.AsTenantAsync(_tenant, j => j.CountByStatusAsync(batch))).GetValueOrDefault(PipelineJobStatus.Completed) == 200, 60);

        Assert.Equal(200, _probe.Executions.Count);
        Assert.All(_probe.Executions.Values, runs => Assert.Equal(1, runs));
        var jobs = await _host.AsTenantAsync(_tenant, j => j.ListByCorrelationAsync(batch));
        Assert.All(jobs, j => Assert.Equal(1, j.Attempts));
        Assert.True(_probe.MaxRunning > 1, "Jobs should run in parallel.");
        Assert.Equal(2, jobs.Select(j => j.WorkerId!.Split('/')[0]).Distinct().Count());
    }

    [Fact]
    public async Task A_kind_never_runs_above_its_concurrency_limit()
    {
        var limited = await NewHostAsync(new Dictionary<string, string?> { ["Pipeline:KindConcurrency:limited"] = "1" });
        var ids = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add(await limited.EnqueueAsync(_tenant, new PipelineScript("slow", DelayMs: 60), kind: "limited"));
        }

        await limited.StartAsync();
        foreach (var id in ids)
        {
            await limited.WaitForStatusAsync(_tenant, id, PipelineJobStatus.Completed);
        }

        Assert.Equal(1, _probe.MaxRunning);
    }

    [Fact]
    public async Task A_tenant_at_its_own_limit_waits_while_other_tenants_jobs_of_the_kind_run()
    {
        var other = await _host.CreateTenantAsync("Beacon Hiring");
        var limited = await NewHostAsync(
            new Dictionary<string, string?> { ["Pipeline:KindConcurrency:limited"] = "3" },
            services => services.AddSingleton<IPipelineTenantLimits>(new FixedTenantLimits("limited", _tenant, 1)));
        var own = new List<Guid>();
        var others = new List<Guid>();
        for (var i = 0; i < 4; i++)
        {
            own.Add(await limited.EnqueueAsync(_tenant, new PipelineScript("slow", DelayMs: 150), kind: "limited"));
            others.Add(await limited.EnqueueAsync(other, new PipelineScript("slow", DelayMs: 150), kind: "limited"));
        }

        await limited.StartAsync();
        var ownJobs = new List<PipelineJob>();
        foreach (var id in own)
        {
            ownJobs.Add(await limited.WaitForStatusAsync(_tenant, id, PipelineJobStatus.Completed));
        }

        foreach (var id in others)
        {
            await limited.WaitForStatusAsync(other, id, PipelineJobStatus.Completed);
        }

        // The limited tenant's jobs ran one after another; the other tenant's ran beside them.
        var ordered = ownJobs.OrderBy(j => j.StartedAt).ToList();
        for (var i = 1; i < ordered.Count; i++)
        {
            Assert.True(ordered[i].StartedAt >= ordered[i - 1].CompletedAt, $"Job {i} of the limited tenant started before the one before it ended.");
        }

        Assert.True(_probe.MaxRunning >= 2, "The other tenant's jobs should run beside the limited tenant's.");
        Assert.True(_probe.MaxRunning <= 3);
    }

    private sealed class FixedTenantLimits(string kind, Guid tenantId, int limit) : IPipelineTenantLimits
    {
        public string Kind => kind;

        public Task<int?> LimitAsync(Guid tenant, CancellationToken cancellationToken) => Task.FromResult(tenant == tenantId ? limit : (int?)null);
    }

    [Fact]
    public async Task Cancelling_stops_waiting_jobs_at_once_and_running_jobs_at_the_next_heartbeat()
    {
        var waiting = await _host.EnqueueAsync(_tenant, new PipelineScript("ok"));
        Assert.True(await _host.AsTenantAsync(_tenant, j => j.CancelAsync(waiting)));
        var cancelled = (await _host.GetAsync(_tenant, waiting))!;
        Assert.Equal(PipelineJobStatus.Cancelled, cancelled.Status);
        Assert.NotNull(cancelled.CompletedAt);

        await _host.StartAsync();
        var running = await _host.EnqueueAsync(_tenant, new PipelineScript("block"));
        await _probe.WhenStarted(running).WaitAsync(TimeSpan.FromSeconds(20));
        Assert.True(await _host.AsTenantAsync(_tenant, j => j.CancelAsync(running)));

        var stopped = await _host.WaitForAsync(_tenant, running, j => j.Status == PipelineJobStatus.Cancelled && j.CompletedAt is not null);
        Assert.Contains(running, _probe.Cancelled);
        Assert.Null(stopped.LockToken);
        Assert.False(_probe.Executions.ContainsKey(waiting), "A job cancelled while queued must never run.");
        Assert.False(await _host.AsTenantAsync(_tenant, j => j.CancelAsync(running)), "An ended job cannot be cancelled again.");
    }

    [Fact]
    public async Task A_paused_batch_waits_until_it_is_resumed()
    {
        var batch = Guid.NewGuid();
        var ids = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add(await _host.EnqueueAsync(_tenant, new PipelineScript("ok"), batch));
        }

        Assert.Equal(3, await _host.AsTenantAsync(_tenant, j => j.PauseByCorrelationAsync(batch)));
        await _host.StartAsync();
        await Task.Delay(300);
        Assert.All(await _host.AsTenantAsync(_tenant, j => j.ListByCorrelationAsync(batch)), j => Assert.Equal(PipelineJobStatus.Paused, j.Status));
        Assert.Empty(_probe.Executions);

        Assert.Equal(1, await _host.AsTenantAsync(_tenant, j => j.CancelAsync(ids[0]).ContinueWith(t => t.Result ? 1 : 0)));
        Assert.Equal(2, await _host.AsTenantAsync(_tenant, j => j.ResumeByCorrelationAsync(batch)));

        await _host.WaitForStatusAsync(_tenant, ids[1], PipelineJobStatus.Completed);
        await _host.WaitForStatusAsync(_tenant, ids[2], PipelineJobStatus.Completed);
        Assert.Equal(PipelineJobStatus.Cancelled, (await _host.GetAsync(_tenant, ids[0]))!.Status);
    }

    [Fact]
    public async Task Retrying_a_failed_job_runs_it_again_with_fresh_attempts()
    {
        var batch = Guid.NewGuid();
        await _host.StartAsync();
        var first = await _host.EnqueueAsync(_tenant, new PipelineScript("fail_first_run"), batch);
        var second = await _host.EnqueueAsync(_tenant, new PipelineScript("fail_first_run"), batch);
        await _host.WaitForStatusAsync(_tenant, first, PipelineJobStatus.Failed);
        await _host.WaitForStatusAsync(_tenant, second, PipelineJobStatus.Failed);

        Assert.True(await _host.AsTenantAsync(_tenant, j => j.RetryAsync(first)));
        var retried = await _host.WaitForStatusAsync(_tenant, first, PipelineJobStatus.Completed);
        Assert.Equal(1, retried.Attempts);
        Assert.Null(retried.Error);
        Assert.False(await _host.AsTenantAsync(_tenant, j => j.RetryAsync(first)), "Only failed jobs can be retried.");

        Assert.Equal(1, await _host.AsTenantAsync(_tenant, j => j.RetryFailedByCorrelationAsync(batch)));
        await _host.WaitForStatusAsync(_tenant, second, PipelineJobStatus.Completed);
    }

    [Fact]
    public async Task A_tenant_cannot_see_or_control_another_tenants_jobs()
    {
        var other = await _host.CreateTenantAsync("Other Agency");
        var batch = Guid.NewGuid();
        var theirs = await _host.EnqueueAsync(other, new PipelineScript("ok"), batch);

        Assert.Null(await _host.GetAsync(_tenant, theirs));
        Assert.Empty(await _host.AsTenantAsync(_tenant, j => j.ListByCorrelationAsync(batch)));
        Assert.False(await _host.AsTenantAsync(_tenant, j => j.CancelAsync(theirs)));
        Assert.Equal(0, await _host.AsTenantAsync(_tenant, j => j.PauseByCorrelationAsync(batch)));
        Assert.Equal(PipelineJobStatus.Queued, (await _host.GetAsync(other, theirs))!.Status);

        // Acting for one tenant, a caller cannot queue work for another.
        await using (var scope = _host.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<TenantContext>().Use(_tenant);
            var queue = scope.ServiceProvider.GetRequiredService<IPipelineQueue>();
            await Assert.ThrowsAsync<InvalidOperationException>(() => queue.EnqueueAsync(new PipelineJobRequest(other, PipelineTestHandler.DefaultKind, new PipelineScript("ok"))));
        }

        // Workers serve every tenant, each job in its own tenant's scope (the handler checks it).
        await _host.StartAsync();
        await _host.WaitForStatusAsync(other, theirs, PipelineJobStatus.Completed);
    }

    [Fact]
    public async Task Stopping_an_instance_hands_its_running_job_back_without_using_an_attempt()
    {
        var stopping = await NewHostAsync();
        await stopping.StartAsync();
        var jobId = await stopping.EnqueueAsync(_tenant, new PipelineScript("block"));
        await _probe.WhenStarted(jobId).WaitAsync(TimeSpan.FromSeconds(20));

        _hosts.Remove(stopping);
        await stopping.DisposeAsync();

        var job = (await _host.GetAsync(_tenant, jobId))!;
        Assert.Equal(PipelineJobStatus.Queued, job.Status);
        Assert.Equal(0, job.Attempts);
        Assert.Null(job.LockToken);
    }

    private static async Task Until(Func<bool> condition, int timeoutSeconds = 20) =>
        await Until(() => Task.FromResult(condition()), timeoutSeconds);

    private static async Task Until(Func<Task<bool>> condition, int timeoutSeconds = 20)
    {
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The condition was not met in time.");
            await Task.Delay(25);
        }
    }

    private async Task<PipelineTestHost> NewHostAsync(IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null)
    {
        var host = await PipelineTestHost.CreateAsync(_database, _probe, settings, configure);
        _hosts.Add(host);
        return host;
    }

    private PipelineJob NewProcessingJob(DateTime heartbeat, int attempts) => new()
    {
        TenantId = _tenant,
        Kind = PipelineTestHandler.DefaultKind,
        Status = PipelineJobStatus.Processing,
        Attempts = attempts,
        LockToken = Guid.NewGuid(),
        WorkerId = "some-instance/1",
        HeartbeatAt = heartbeat,
    };
}

public sealed class SqlitePipelineTests() : PipelineTests(DatabaseOptions.Sqlite);

[Trait("Category", "Postgres")]
public sealed class PostgresPipelineTests() : PipelineTests(DatabaseOptions.Postgres);
