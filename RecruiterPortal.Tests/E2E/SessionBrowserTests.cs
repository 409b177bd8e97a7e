using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using RecruiterPortal.Core.Bulk;
using RecruiterPortal.Core.Data;
using RecruiterPortal.Core.JobPostings;
using RecruiterPortal.Core.Tenancy;
using RecruiterPortal.Tests.Fixtures;
using static Microsoft.Playwright.Assertions;

namespace RecruiterPortal.Tests.E2E;

/// <summary>Two people in two browsers watch the same bulk session; each sees what the other does, live.</summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class SessionBrowserTests(BrowserFixture browser) : LivePortalTest(browser, "Fleet Talent")
{
    private const int Candidates = 20;
    private static readonly LocatorAssertionsToHaveTextOptions Long = new() { Timeout = 90_000 };

    private Guid _jobId;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var scope = Portal.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Use(Tenant.Id, role: PortalRoles.Owner);
        await SessionCandidates.SeedAsync(scope.ServiceProvider.GetRequiredService<PortalDbContext>(), Tenant.Id, Candidates);
        var created = await scope.ServiceProvider.GetRequiredService<JobPostingService>()
            .CreateAsync(new JobPostingInput { Title = "Platform Engineer", Company = "Fleet Co", Description = SessionCandidates.JobDescription });
        Assert.True(created.IsSuccess, created.Error);
        _jobId = created.Value!.Id;
    }

    [Fact]
    public async Task Two_watchers_see_a_twenty_candidate_session_finish_without_reloading()
    {
        var recruiter = await NewPageAsync();
        await recruiter.SignInAsync(Tenant.EmailOf(PortalRoles.Recruiter), TestTenants.Password);

        // The job page offers a bulk session for the job; the form opens with the job chosen.
        await recruiter.GotoAsync($"jobs/{_jobId}");
        await recruiter.WaitForInteractivityAsync();
        await recruiter.GetByTestId("start-bulk-session").ClickAsync();
        await Expect(recruiter).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/sessions/new\\?job={_jobId}$"));
        await Expect(recruiter.GetByTestId("session-job")).ToContainTextAsync("Platform Engineer");
        await recruiter.WaitForInteractivityAsync();
        await recruiter.ScreenshotAsync("session-new");

        // Started held, so both watchers are there before any candidate is tailored.
        var sessionId = await StartPausedAsync();
        await recruiter.GotoAsync($"sessions/{sessionId}");
        await recruiter.WaitForInteractivityAsync();
        var viewer = await NewPageAsync();
        await viewer.SignInAsync(Tenant.EmailOf(PortalRoles.Viewer), TestTenants.Password);
        await viewer.GotoAsync($"sessions/{sessionId}");
        await viewer.WaitForInteractivityAsync();
        await Expect(viewer.GetByTestId("session-total")).ToHaveTextAsync($"{Candidates}");
        await Expect(viewer.Locator("[data-testid=session-status] [data-testid=status]")).ToHaveAttributeAsync("data-status", "paused");
        await Expect(viewer.GetByTestId("session-resume")).ToHaveCountAsync(0);

        await recruiter.GetByTestId("session-resume").ClickAsync();

        foreach (var page in new[] { viewer, recruiter })
        {
            await Expect(page.GetByTestId("session-completed")).ToHaveTextAsync($"{Candidates}", Long);
            await Expect(page.GetByTestId("session-failed")).ToHaveTextAsync("0");
            await Expect(page.Locator("[data-testid=session-status] [data-testid=status]")).ToHaveAttributeAsync("data-status", "completed");
        }

        await Expect(viewer.Locator("tr[data-testid=session-item][data-status=completed]")).ToHaveCountAsync(Candidates);
        await viewer.ScreenshotAsync("session-detail");
        await viewer.GetByTestId("session-item-link").First.ClickAsync();
        await Expect(viewer).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/tailor/[0-9a-f-]{36}$"));

        await recruiter.GotoAsync("sessions");
        await Expect(recruiter.GetByTestId("session-link")).ToContainTextAsync("Platform Engineer");
        await recruiter.ScreenshotAsync("session-list");
    }

    [Fact]
    public async Task When_one_watcher_cancels_the_other_sees_the_session_cancelled()
    {
        var sessionId = await StartPausedAsync();
        var recruiter = await NewPageAsync();
        await recruiter.SignInAsync(Tenant.EmailOf(PortalRoles.Recruiter), TestTenants.Password);
        await recruiter.GotoAsync($"sessions/{sessionId}");
        await recruiter.WaitForInteractivityAsync();
        var other = await NewPageAsync();
        await other.SignInAsync(Tenant.EmailOf(PortalRoles.Owner), TestTenants.Password);
        await other.GotoAsync($"sessions/{sessionId}");
        await other.WaitForInteractivityAsync();
        await Expect(other.Locator("[data-testid=session-status] [data-testid=status]")).ToHaveAttributeAsync("data-status", "paused");

        await recruiter.GetByTestId("session-cancel").ClickAsync();

        await Expect(other.Locator("[data-testid=session-status] [data-testid=status]")).ToHaveAttributeAsync("data-status", "cancelled");
        await Expect(other.GetByTestId("session-cancel")).ToHaveCountAsync(0);

        // Items a worker took before the pause may have finished; every other one ends cancelled.
        var completed = int.Parse(await other.GetByTestId("session-completed").InnerTextAsync());
        var failed = int.Parse(await other.GetByTestId("session-failed").InnerTextAsync());
        Assert.Equal(Candidates, completed + failed);
        Assert.True(failed > 0, "the cancel should have stopped waiting items");
        await Expect(other.Locator("tr[data-testid=session-item][data-status=failed]").First).ToContainTextAsync("Cancelled by");
    }

    private async Task<Guid> StartPausedAsync()
    {
        await using var scope = Portal.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Use(Tenant.Id, role: PortalRoles.Owner);
        var sessions = scope.ServiceProvider.GetRequiredService<TailorSessionService>();
        var started = await sessions.StartAsync(new TailorSessionRequest(_jobId, TopN: Candidates));
        Assert.True(started.IsSuccess, started.Error);
        Assert.True(await sessions.PauseAsync(started.Value!.SessionId));
        return started.Value.SessionId;
    }
}
