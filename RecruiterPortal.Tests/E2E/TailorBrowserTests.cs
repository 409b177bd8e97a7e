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
public sealed class TailorBrowserTests(BrowserFixture browser) : LivePortalTest(browser, "Harbour Talent")
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
        """;

    private Guid _jobId;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _jobId = await SeedDemoResumesAsync("Senior Backend Engineer", Description);
    }

    [Fact]
    public async Task A_recruiter_tailors_a_ranked_candidate_reads_the_diff_and_declines_a_change()
    {
        var page = await NewPageAsync();
        await page.SignInAsync(Tenant.EmailOf(PortalRoles.Recruiter), TestTenants.Password);
        await page.GotoAsync($"jobs/{_jobId}");
        await page.WaitForInteractivityAsync();

        var first = page.Locator("[data-testid=ranking-grid] tbody tr").First;
        await Expect(first).ToContainTextAsync("Python");
        var name = (await first.Locator("td").Nth(1).InnerTextAsync()).Trim();
        await first.GetByTestId("tailor-candidate").ClickAsync();

        // The tailor page opens with the candidate and the job already chosen.
        await Expect(page.GetByTestId("pick-candidate")).ToContainTextAsync(name);
        await Expect(page.GetByTestId("pick-job")).ToContainTextAsync("Senior Backend Engineer");
        await page.WaitForInteractivityAsync();
        await page.ScreenshotAsync("tailor-start");
        await page.GetByTestId("tailor-start").ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/tailor/[0-9a-f-]{36}$"));
        await Expect(page.Locator("[data-testid=tailor-status] [data-testid=status]")).ToHaveAttributeAsync("data-status", "completed", new() { Timeout = 60_000 });
        await Expect(page.GetByTestId("tailor-title")).ToContainTextAsync(name);
        var original = int.Parse(await page.GetByTestId("original-score").InnerTextAsync());
        var tailored = int.Parse(await page.GetByTestId("tailored-score").InnerTextAsync());
        Assert.True(tailored >= original, $"{tailored} < {original}");
        await Expect(page.GetByTestId("matched-skills")).ToContainTextAsync("PostgreSQL");

        // The diff shows rewritten lines with the changed words marked, side by side and inline.
        var diff = page.GetByTestId("diff");
        await Expect(diff).ToHaveAttributeAsync("data-mode", "side-by-side");
        await Expect(diff.Locator("tr[data-kind=modified], tr[data-kind=inserted]").First).ToBeVisibleAsync();
        await Expect(diff.Locator("mark.rp-diff-word-ins").First).ToBeVisibleAsync();
        await page.ScreenshotAsync("tailor-diff");
        await page.GetByTestId("diff-mode").GetByText("Inline").ClickAsync();
        await Expect(diff).ToHaveAttributeAsync("data-mode", "inline");
        await Expect(diff.Locator("tr[data-kind=deleted]").First).ToBeVisibleAsync();
        await Expect(diff.Locator("tr[data-kind=inserted]").First).ToBeVisibleAsync();

        // Declining the key skills line takes it out of the version that will be exported.
        await page.GetByRole(AriaRole.Tab, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Review improvements") }).ClickAsync();
        var keySkills = page.GetByTestId("improvement").Filter(new() { HasText = "key skills line" });
        await keySkills.GetByTestId("keep-improvement").ClickAsync();
        await page.GetByTestId("apply-review").ClickAsync();
        await Expect(page.GetByTestId("review-message")).ToContainTextAsync("With your choices the score is");
        await Expect(page.GetByTestId("final-score")).ToBeVisibleAsync();
        await page.ScreenshotAsync("tailor-review");

        await page.GetByRole(AriaRole.Tab, new() { Name = "Preview" }).ClickAsync();
        await Expect(page.GetByTestId("tailor-preview").Locator("h1")).ToHaveTextAsync(name);
        await Expect(page.GetByTestId("tailor-preview")).Not.ToContainTextAsync("Key skills:");

        // The PDF export downloads a real PDF of the reviewed version.
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("export-pdf").ClickAsync(), new() { Timeout = 60_000 });
        Assert.EndsWith(".pdf", download.SuggestedFilename, StringComparison.Ordinal);
        Assert.Contains(name, download.SuggestedFilename, StringComparison.Ordinal);
        var pdf = await File.ReadAllBytesAsync(await download.PathAsync());
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));

        // The tailoring is in the job's history, and survives a reload with the recruiter's choice.
        await page.ReloadAsync();
        await page.WaitForInteractivityAsync();
        await Expect(page.GetByTestId("final-score")).ToBeVisibleAsync();
        await page.GotoAsync($"jobs/{_jobId}");
        await page.GetByRole(AriaRole.Tab, new() { Name = "Tailored resumes" }).ClickAsync();
        await Expect(page.GetByTestId("tailor-history")).ToContainTextAsync(name);
    }

    [Fact]
    public async Task A_viewer_can_read_a_job_but_is_not_offered_tailoring()
    {
        var page = await NewPageAsync();
        await page.SignInAsync(Tenant.EmailOf(PortalRoles.Viewer), TestTenants.Password);
        await page.GotoAsync($"jobs/{_jobId}");
        await page.WaitForInteractivityAsync();

        await Expect(page.Locator("[data-testid=ranking-grid] tbody tr").First).ToContainTextAsync("Python");
        await Expect(page.GetByTestId("tailor-candidate")).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Tailor a resume" })).ToHaveCountAsync(0);
        await page.GotoAsync("tailor");
        await Expect(page.GetByText("Tailor resume", new() { Exact = true })).ToHaveCountAsync(0);
    }
}
