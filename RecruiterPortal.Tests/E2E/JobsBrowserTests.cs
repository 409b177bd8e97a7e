using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using RecruiterPortal.Core.Ingestion;
using RecruiterPortal.Core.Tenancy;
using RecruiterPortal.Tests.Fixtures;
using static Microsoft.Playwright.Assertions;

namespace RecruiterPortal.Tests.E2E;

[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class JobsBrowserTests(BrowserFixture browser) : LivePortalTest(browser, "Lighthouse Talent")
{
    private const string Description = """
        We are hiring a Senior Backend Engineer to build our payments platform.

        Requirements
        - 5+ years of experience building backend services
        - Strong Python and Django
        - PostgreSQL and REST APIs
        - Docker and Kubernetes in production

        Nice to have
        - AWS
        - Kafka

        Bachelor's degree in Computer Science or equivalent experience.
        """;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var scope = Portal.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Use(Tenant.Id, role: PortalRoles.Owner);
        await scope.ServiceProvider.GetRequiredService<DemoResumes>().SeedAsync(Tenant.Id, CancellationToken.None);
    }

    [Fact]
    public async Task A_recruiter_creates_a_job_sees_what_it_asks_ranks_candidates_and_reads_why()
    {
        var page = await NewPageAsync();
        await page.SignInAsync(Tenant.EmailOf(PortalRoles.Recruiter), TestTenants.Password);
        await page.WaitForInteractivityAsync();

        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Jobs", Exact = true }).ClickAsync();
        await page.GetByTestId("new-job").ClickAsync();
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync("Senior Backend Engineer");
        await page.GetByLabel("Company", new() { Exact = true }).FillAsync("Lighthouse Pay");
        await page.GetByLabel("Job description").FillAsync(Description);
        await page.GetByTestId("save-job").ClickAsync();

        await Expect(page.GetByTestId("job-title")).ToHaveTextAsync("Senior Backend Engineer");
        await Expect(page.GetByTestId("ranking-grid")).ToBeVisibleAsync();
        await page.ScreenshotAsync("job-ranking");
        var firstCandidate = page.Locator("[data-testid=ranking-grid] tbody tr").First;
        await Expect(firstCandidate).ToContainTextAsync("Python");

        await firstCandidate.GetByTestId("explain").ClickAsync();
        await Expect(page.GetByTestId("match-explanation")).ToContainTextAsync("required skills");
        await page.ScreenshotAsync("job-explanation");
        await page.Keyboard.PressAsync("Escape");

        await page.GetByRole(AriaRole.Tab, new() { Name = "What the job asks" }).ClickAsync();
        await Expect(page.GetByTestId("required-skills")).ToContainTextAsync("Python");
        await Expect(page.GetByTestId("required-skills")).ToContainTextAsync("Kubernetes");
        await Expect(page.GetByTestId("preferred-skills")).ToContainTextAsync("Apache Kafka");
        await page.ScreenshotAsync("job-requirements");
    }
}
