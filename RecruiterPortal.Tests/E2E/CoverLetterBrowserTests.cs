using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using RecruiterPortal.Core.Candidates;
using RecruiterPortal.Core.Data;
using RecruiterPortal.Core.Ingestion;
using RecruiterPortal.Core.JobPostings;
using RecruiterPortal.Core.Tenancy;
using RecruiterPortal.Tests.Fixtures;
using RecruiterPortal.Tests.Unit.CoverLetters;
using static Microsoft.Playwright.Assertions;

namespace RecruiterPortal.Tests.E2E;

[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class CoverLetterBrowserTests(BrowserFixture browser) : LivePortalTest(browser, "Letterhead Talent")
{
    private const string Description = """
        We are hiring a Senior Backend Engineer to build our payments platform.

        Requirements
        - 5+ years of experience building backend services
        - Strong Python and Django
        - PostgreSQL and REST APIs
        - Docker and Kubernetes in production
        """;

    private Guid _jobId;
    private Guid _candidateId;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _jobId = await SeedDemoResumesAsync("Senior Backend Engineer", Description);
        await using var scope = Portal.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Use(Tenant.Id);
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        _candidateId = await db.Set<Candidate>().OrderBy(c => c.CreatedAt).ThenBy(c => c.Id).Select(c => c.Id).FirstAsync();
    }

    [Fact]
    public async Task A_recruiter_pastes_a_sample_sees_the_style_writes_a_letter_and_previews_it()
    {
        var page = await NewPageAsync();
        await page.SignInAsync(Tenant.EmailOf(PortalRoles.Recruiter), TestTenants.Password);
        await page.GotoAsync($"candidates/{_candidateId}");
        await page.WaitForInteractivityAsync();

        await page.GetByRole(AriaRole.Tab, new() { Name = "Writing style" }).ClickAsync();
        await Expect(page.GetByTestId("style-none")).ToBeVisibleAsync();
        await page.GetByTestId("sample-text").FillAsync(WritingStyleExtractorTests.Letter("casual_short.txt"));
        await page.GetByTestId("sample-save").ClickAsync();

        await Expect(page.GetByTestId("style-tone")).ToHaveTextAsync("casual");
        await Expect(page.GetByTestId("style-sentence-length")).ToContainTextAsync("7.5 words on average");
        await Expect(page.GetByTestId("style-contractions")).ToContainTextAsync("yes, 10.8 per 100 words");
        await Expect(page.GetByTestId("samples-grid")).ToContainTextAsync("active");
        await page.ScreenshotAsync("cover-letters-style");

        await page.GetByTestId("candidate-cover-letter").ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("tailor\\?candidate=.*type=cover_letter"));
        await page.GotoAsync($"tailor?candidate={_candidateId}&job={_jobId}&type=cover_letter");
        await page.WaitForInteractivityAsync();
        await Expect(page.GetByTestId("cover-letter-hint")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("pick-job")).ToContainTextAsync("Senior Backend Engineer");
        await page.GetByTestId("tailor-start").ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/tailor/[0-9a-f-]{36}$"));
        await Expect(page.Locator("[data-testid=tailor-status] [data-testid=status]")).ToHaveAttributeAsync("data-status", "completed", new() { Timeout = 60_000 });
        await Expect(page.GetByTestId("cover-letter-title")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("cover-letter-tone")).ToHaveTextAsync("casual");
        var preview = page.GetByTestId("cover-letter-preview");
        await Expect(preview).ToContainTextAsync("Hi there,");
        await Expect(preview).ToContainTextAsync("Harbour Pay");
        await Expect(preview).ToContainTextAsync("Cheers,");
        await Expect(page.GetByTestId("export-pdf")).ToBeVisibleAsync();
        await page.ScreenshotAsync("cover-letters-letter");

        await page.GetByRole(AriaRole.Tab, new() { Name = "What it draws on" }).ClickAsync();
        await Expect(page.GetByTestId("cover-letter-evidence")).ToContainTextAsync("evidence");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("export-md").ClickAsync());
        Assert.StartsWith("Cover letter - ", download.SuggestedFilename, StringComparison.Ordinal);
    }
}
