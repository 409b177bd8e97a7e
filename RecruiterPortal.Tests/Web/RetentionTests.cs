using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RecruiterPortal.Core.Audit;
using RecruiterPortal.Core.Candidates;
using RecruiterPortal.Core.Data;
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
