using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using RecruiterPortal.Core.Ingestion;
using RecruiterPortal.Core.JobPostings;
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
        await SeedDemoResumesAsync();
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
        await page.WaitForTimeoutAsync(600); // let the dialog finish fading in for the screenshot
        await page.ScreenshotAsync("job-explanation");
        await page.Keyboard.PressAsync("Escape");

        await page.GetByRole(AriaRole.Tab, new() { Name = "What the job asks" }).ClickAsync();
        await Expect(page.GetByTestId("required-skills")).ToContainTextAsync("Python");
        await Expect(page.GetByTestId("required-skills")).ToContainTextAsync("Kubernetes");
        await Expect(page.GetByTestId("preferred-skills")).ToContainTextAsync("Apache Kafka");
        await page.ScreenshotAsync("job-requirements");
    }

    [Fact]
    public async Task An_admin_changes_the_scoring_weights_and_a_recruiter_reorders_a_candidates_content_for_a_job()
    {
        await using (var scope = Portal.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<TenantContext>().Use(Tenant.Id, role: PortalRoles.Recruiter);
            var created = await scope.ServiceProvider.GetRequiredService<JobPostingService>()
                .CreateAsync(new JobPostingInput { Title = "Senior Backend Engineer", Company = "Lighthouse Pay", Description = Description });
            Assert.True(created.IsSuccess, created.Error);
        }

        var page = await NewPageAsync();
        await page.SignInAsync(Tenant.EmailOf(PortalRoles.Admin), TestTenants.Password);
        await page.WaitForInteractivityAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Scoring weights" }).ClickAsync();
        var education = page.GetByLabel("Education", new() { Exact = true }).Locator("input");
        await education.FillAsync("0.30");
        await education.PressAsync("Tab");
        await page.GetByTestId("save-weights").ClickAsync();
        await Expect(page.GetByText("New scores are being computed.")).ToBeVisibleAsync();
        await page.ReloadAsync();
        await page.WaitForInteractivityAsync();
        await Expect(page.GetByLabel("Education", new() { Exact = true }).Locator("input")).ToHaveValueAsync("0.30");
        await page.ScreenshotAsync("scoring-weights");

        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Candidates", Exact = true }).ClickAsync();
        await page.Locator("[data-testid=candidate-grid]").GetByRole(AriaRole.Link, new() { Name = "Priya Raman" }).ClickAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = "Relevance to a job" }).ClickAsync();
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Job" }).ClickAsync();
        await page.Locator(".rz-dropdown-item").First.ClickAsync();
        var positions = page.GetByTestId("ranked-positions").Locator("li");
        await Expect(positions.First).ToBeVisibleAsync();
        var second = await positions.Nth(1).Locator(".rp-entry-title").TextContentAsync();
        await positions.Nth(1).GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("up$") }).ClickAsync();
        await Expect(positions.First.Locator(".rp-entry-title")).ToHaveTextAsync(second!);
        await Expect(page.GetByText("Order set by a recruiter")).ToBeVisibleAsync();
        await page.ScreenshotAsync("content-ranking");
    }
}
