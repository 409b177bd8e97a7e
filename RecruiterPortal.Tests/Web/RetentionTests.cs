using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RecruiterPortal.Core.Audit;
using RecruiterPortal.Core.Candidates;
using RecruiterPortal.Core.CoverLetters;
using RecruiterPortal.Core.Data;
using RecruiterPortal.Core.Monitoring;
using RecruiterPortal.Core.Privacy;
using RecruiterPortal.Core.Tenancy;
using RecruiterPortal.Tests.Fixtures;

namespace RecruiterPortal.Tests.Web;

/// <summary>The retention job on a clock the test moves: it erases only candidates inactive longer than the tenant's setting.</summary>
public sealed class RetentionTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly ManualClock _clock = new(Start);
    private readonly PortalFactory _factory = new();
    private Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> _portal = null!;
    private SeededTenant _tenant = null!;
    private SeededTenant _other = null!;

    public async Task InitializeAsync()
    {
        _portal = _factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(_clock)));
        _tenant = await TestTenants.CreateAsync(_portal.Services, "Retention Talent");
        _other = await TestTenants.CreateAsync(_portal.Services, "Keeping Talent");
    }

    public Task DisposeAsync()
    {
        _portal.Dispose();
        _factory.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Candidates_inactive_longer_than_the_setting_are_erased_and_audited_as_retention()
    {
        var old = await AddCandidateAsync(_tenant.Id, "Old Olga", Start.AddDays(-40));
        var recent = await AddCandidateAsync(_tenant.Id, "Recent Rita", Start.AddDays(-5));
        var otherTenants = await AddCandidateAsync(_other.Id, "Kept Karl", Start.AddDays(-400));

        await using (var scope = Scope(_tenant.Id))
        {
            var retention = scope.ServiceProvider.GetRequiredService<RetentionService>();
            Assert.False((await retention.SetAsync(0)).IsSuccess);
            var view = (await retention.SetAsync(30)).Value!;
            Assert.Equal(30, view.RetentionDays);
            Assert.Equal(1, view.DueNow);
        }

        var worker = _portal.Services.GetRequiredService<RetentionWorker>();
        await worker.SweepAsync();
        Assert.Equal([recent], await CandidateIdsAsync(_tenant.Id));
        Assert.Equal([otherTenants], await CandidateIdsAsync(_other.Id));

        // Twenty-six days on, the recent one is past thirty days too.
        _clock.Advance(TimeSpan.FromDays(26));
        await worker.SweepAsync();
        Assert.Empty(await CandidateIdsAsync(_tenant.Id));
        Assert.Equal([otherTenants], await CandidateIdsAsync(_other.Id));

        await using var audit = Scope(_tenant.Id);
        var erased = (await audit.ServiceProvider.GetRequiredService<AuditLog>().SearchAsync(new AuditQuery(Action: AuditActions.CandidateErased))).Entries;
        Assert.Equal(new[] { old, recent }.Select(id => id.ToString()).Order(), erased.Select(e => e.EntityId!).Order());
        Assert.All(erased, e => Assert.Equal(CandidateErasure.RetentionActor, e.Actor));
        Assert.Contains((await audit.ServiceProvider.GetRequiredService<AuditLog>().SearchAsync(new AuditQuery(Action: AuditActions.RetentionChanged))).Entries, e => e.Detail!.Contains("30 days", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Archived_writing_samples_older_than_the_setting_are_deleted_while_the_candidate_and_active_sample_stay()
    {
        var candidate = await AddCandidateAsync(_tenant.Id, "Writing Wanda", Start.AddDays(-2));
        var oldArchived = await AddSampleAsync(_tenant.Id, candidate, active: false, Start.AddDays(-90), archivedAt: Start.AddDays(-40));
        var recentArchived = await AddSampleAsync(_tenant.Id, candidate, active: false, Start.AddDays(-60), archivedAt: Start.AddDays(-10));
        var active = await AddSampleAsync(_tenant.Id, candidate, active: true, Start.AddDays(-50), archivedAt: null);
        var othersCandidate = await AddCandidateAsync(_other.Id, "Other Otto", Start.AddDays(-1));
        var othersArchived = await AddSampleAsync(_other.Id, othersCandidate, active: false, Start.AddDays(-400), archivedAt: Start.AddDays(-300));

        await using (var scope = Scope(_tenant.Id))
        {
            Assert.True((await scope.ServiceProvider.GetRequiredService<RetentionService>().SetAsync(30)).IsSuccess);
        }

        var worker = _portal.Services.GetRequiredService<RetentionWorker>();
        await worker.SweepAsync();
        Assert.Equal([candidate], await CandidateIdsAsync(_tenant.Id));
        Assert.Equal(new[] { recentArchived, active }.Order(), (await SampleIdsAsync(_tenant.Id)).Order());
        Assert.Equal([othersArchived], await SampleIdsAsync(_other.Id));

        await using (var audit = Scope(_tenant.Id))
        {
            var purged = Assert.Single((await audit.ServiceProvider.GetRequiredService<AuditLog>().SearchAsync(new AuditQuery(Action: AuditActions.WritingSamplesPurged))).Entries);
            Assert.Equal(CandidateErasure.RetentionActor, purged.Actor);
            Assert.Contains("1 archived writing samples", purged.Detail!, StringComparison.Ordinal);
        }

        // A second sweep finds nothing more; twenty-one days on, the other archived one goes too.
        await worker.SweepAsync();
        Assert.Equal(2, (await SampleIdsAsync(_tenant.Id)).Count);
        _clock.Advance(TimeSpan.FromDays(21));
        await worker.SweepAsync();
        Assert.DoesNotContain(oldArchived, await SampleIdsAsync(_tenant.Id));
        Assert.Equal([active], await SampleIdsAsync(_tenant.Id));

        // The candidate's erasure (they are inactive past the setting by now too, later) takes the active sample with it.
        _clock.Advance(TimeSpan.FromDays(30));
        await worker.SweepAsync();
        Assert.Empty(await CandidateIdsAsync(_tenant.Id));
        Assert.Empty(await SampleIdsAsync(_tenant.Id));
    }

    [Fact]
    public async Task Error_log_entries_older_than_the_setting_are_deleted_and_other_tenants_keep_theirs()
    {
        var failure = new InvalidOperationException("Something broke.");
        await using var writer = _portal.Services.CreateAsyncScope();
        var errors = writer.ServiceProvider.GetRequiredService<ErrorLog>();
        await errors.RecordAsync(_tenant.Id, null, ErrorSources.Api, "old-ref", "GET /api/v1/me", failure);
        await errors.RecordAsync(_other.Id, null, ErrorSources.Api, "others-ref", "GET /api/v1/me", failure);
        _clock.Advance(TimeSpan.FromDays(25));
        await errors.RecordAsync(_tenant.Id, null, ErrorSources.Job, "recent-ref", "tailor_resume, attempt 1 of 3", failure);
        _clock.Advance(TimeSpan.FromDays(10));
        await using (var scope = Scope(_tenant.Id))
        {
            Assert.True((await scope.ServiceProvider.GetRequiredService<RetentionService>().SetAsync(30)).IsSuccess);
        }

        await _portal.Services.GetRequiredService<RetentionWorker>().SweepAsync();

        Assert.Equal(["recent-ref"], await ErrorReferencesAsync(_tenant.Id));
        Assert.Equal(["others-ref"], await ErrorReferencesAsync(_other.Id));
    }

    private async Task<List<string>> ErrorReferencesAsync(Guid tenantId)
    {
        await using var scope = Scope(tenantId);
        return (await scope.ServiceProvider.GetRequiredService<ErrorLog>().SearchAsync(new ErrorLogQuery())).Entries.Select(e => e.Reference).ToList();
    }

    private async Task<Guid> AddSampleAsync(Guid tenantId, Guid candidateId, bool active, DateTimeOffset created, DateTimeOffset? archivedAt)
    {
        await using var scope = Scope(tenantId);
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var sample = new WritingSample
        {
            TenantId = tenantId,
            CandidateId = candidateId,
            OriginalText = "Dear Hiring Manager, I am writing to apply for the role on your team.",
            IsActive = active,
            ArchivedAt = archivedAt?.UtcDateTime,
            CreatedAt = created.UtcDateTime,
            UpdatedAt = (archivedAt ?? created).UtcDateTime,
        };
        db.Add(sample);
        await db.SaveChangesAsync();
        return sample.Id;
    }

    private async Task<List<Guid>> SampleIdsAsync(Guid tenantId)
    {
        await using var scope = Scope(tenantId);
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<WritingSample>().Select(s => s.Id).ToListAsync();
    }

    private AsyncServiceScope Scope(Guid tenantId)
    {
        var scope = _portal.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Use(tenantId);
        return scope;
    }

    private async Task<Guid> AddCandidateAsync(Guid tenantId, string name, DateTimeOffset lastActive)
    {
        await using var scope = Scope(tenantId);
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var candidate = new Candidate { TenantId = tenantId, FullName = name, Email = $"{name.Replace(' ', '.')}@example.com", CreatedAt = lastActive.UtcDateTime, UpdatedAt = lastActive.UtcDateTime };
        db.Add(candidate);
        await db.SaveChangesAsync();
        return candidate.Id;
    }

    private async Task<List<Guid>> CandidateIdsAsync(Guid tenantId)
    {
        await using var scope = Scope(tenantId);
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<Candidate>().Select(c => c.Id).ToListAsync();
    }

    /// <summary>A clock that moves only when told; its timers never fire, so the hosted job stays idle.</summary>
    private sealed class ManualClock(DateTimeOffset now) : TimeProvider
    {
        private DateTimeOffset _now = now;

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) => new IdleTimer();

        private sealed class IdleTimer : ITimer
        {
            public bool Change(TimeSpan dueTime, TimeSpan period) => true;

            public void Dispose()
            {
            }

            public ValueTask DisposeAsync() => ValueTask.CompletedTask;
        }
    }
}
