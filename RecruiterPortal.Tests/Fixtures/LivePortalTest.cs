using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using RecruiterPortal.Core.Ingestion;
using RecruiterPortal.Core.JobPostings;
using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Tests.Fixtures;

/// <summary>
/// A browser test's world: the portal served over real HTTP on loopback, one seeded tenant, and
/// the shared Chromium. Each test class gets its own portal and database, with the settings given.
/// </summary>
public abstract class LivePortalTest(BrowserFixture browser, string tenantName, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null) : IAsyncLifetime
{
    protected PortalFactory Portal { get; } = new(settings, services);

    protected Uri BaseAddress { get; private set; } = null!;

    protected SeededTenant Tenant { get; private set; } = null!;

    public virtual async Task InitializeAsync()
    {
        BaseAddress = Portal.StartLiveServer();
        Tenant = await TestTenants.CreateAsync(Portal.Services, tenantName);

        // The first page a portal renders is slow (components compile, code JITs); pay for it here,
        // not inside a test's navigation.
        using var warmUp = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(120) };
        (await warmUp.GetAsync("Account/Login")).EnsureSuccessStatusCode();
    }

    public virtual Task DisposeAsync()
    {
        Portal.Dispose();
        return Task.CompletedTask;
    }

    protected Task<IPage> NewPageAsync() => browser.NewPageAsync(BaseAddress);

    /// <summary>
    /// The demo resumes in the test's tenant and, when a title is given, one job posting to rank
    /// them against; returns the posting's id (empty without one).
    /// </summary>
    protected async Task<Guid> SeedDemoResumesAsync(string? jobTitle = null, string? jobDescription = null)
    {
        await using var scope = Portal.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Use(Tenant.Id, role: PortalRoles.Owner);
        await scope.ServiceProvider.GetRequiredService<DemoResumes>().SeedAsync(Tenant.Id, CancellationToken.None);
        if (jobTitle is null)
        {
            return Guid.Empty;
        }

        var created = await scope.ServiceProvider.GetRequiredService<JobPostingService>()
            .CreateAsync(new JobPostingInput { Title = jobTitle, Company = "Harbour Pay", Description = jobDescription ?? "" });
        Assert.True(created.IsSuccess, created.Error);
        return created.Value!.Id;
    }
}
