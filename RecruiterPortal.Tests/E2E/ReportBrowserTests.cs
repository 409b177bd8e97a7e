using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using RecruiterPortal.Core.Data;
using RecruiterPortal.Core.JobPostings;
using RecruiterPortal.Core.Reports;
using RecruiterPortal.Core.Tenancy;
using RecruiterPortal.Tests.Fixtures;
using static Microsoft.Playwright.Assertions;

namespace RecruiterPortal.Tests.E2E;

/// <summary>A recruiter saves a shortlist report from a job's page, reads it, downloads it as CSV, and a viewer finds it under Reports.</summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class ReportBrowserTests(BrowserFixture browser) : LivePortalTest(browser, "Shortlist Talent")
{
    private Guid _jobId;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var scope = Portal.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Use(Tenant.Id, role: PortalRoles.Owner);
        await SessionCandidates.SeedAsync(scope.ServiceProvider.GetRequiredService<PortalDbContext>(), Tenant.Id, 8);
        var created = await scope.ServiceProvider.GetRequiredService<JobPostingService>()
            .CreateAsync(new JobPostingInput { Title = "Platform Engineer", Company = "Fleet Co", Description = SessionCandidates.JobDescription });
        Assert.True(created.IsSuccess, created.Error);
        _jobId = created.Value!.Id;
    }

    [Fact]
    public async Task A_recruiter_saves_a_shortlist_from_the_job_page_reads_it_and_downloads_the_csv()
    {
        var page = await NewPageAsync();
        await page.SignInAsync(Tenant.EmailOf(PortalRoles.Recruiter), TestTenants.Password);
        await page.GotoAsync($"jobs/{_jobId}");
        await page.WaitForInteractivityAsync();

        await page.GetByTestId("new-report").ClickAsync();
        var topN = page.GetByTestId("report-top-n").Locator("input");
        await topN.FillAsync("5");
        // The dialog fills in a default title once it has loaded the job; typing before that is overwritten.
        await Expect(page.GetByTestId("report-title")).ToHaveValueAsync(new Regex("^Shortlist: "));
        await page.GetByTestId("report-title").FillAsync("Platform shortlist for Monday");
        await page.ScreenshotAsync("report-dialog");
        await page.GetByTestId("report-create").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/reports/[0-9a-f-]{36}$"), new() { Timeout = 60_000 });
        var reportId = Guid.Parse(page.Url[^36..]);
        await Expect(page.GetByTestId("report-heading")).ToHaveTextAsync("Platform shortlist for Monday");
        await Expect(page.GetByTestId("report-created-by")).Not.ToBeEmptyAsync();
        await Expect(page.GetByTestId("report-candidate")).ToHaveCountAsync(5);
        await Expect(page.GetByTestId("report-verdicts").First).ToContainTextAsync("met");
        await page.ScreenshotAsync("report-detail");

        // The downloaded CSV is the saved report: a header and the same five candidates, best first.
        var firstName = await page.GetByTestId("report-candidate").First.InnerTextAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("report-csv").ClickAsync(), new() { Timeout = 60_000 });
        Assert.Equal("Platform shortlist for Monday.csv", download.SuggestedFilename);
        var csv = Encoding.UTF8.GetString(await File.ReadAllBytesAsync(await download.PathAsync())).TrimStart('\uFEFF');
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(ReportCsv.Header, lines[0]);
        Assert.Equal(6, lines.Length);
        Assert.StartsWith($"1,{firstName},", lines[1], StringComparison.Ordinal);

        // The job's Reports tab and the tenant's Reports page list it; a viewer may read it but not download or delete.
        await page.GotoAsync($"jobs/{_jobId}");
        await page.WaitForInteractivityAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = "Reports" }).ClickAsync();
        await Expect(page.GetByTestId("report-link")).ToHaveTextAsync("Platform shortlist for Monday");

        var viewer = await NewPageAsync();
        await viewer.SignInAsync(Tenant.EmailOf(PortalRoles.Viewer), TestTenants.Password);
        await viewer.GotoAsync("reports");
        await viewer.WaitForInteractivityAsync();
        await Expect(viewer.GetByTestId("report-link")).ToHaveTextAsync("Platform shortlist for Monday");
        await viewer.ScreenshotAsync("report-list");
        await viewer.GetByTestId("report-link").ClickAsync();
        await Expect(viewer).ToHaveURLAsync(new Regex($"/reports/{reportId}$"));
        await Expect(viewer.GetByTestId("report-candidate")).ToHaveCountAsync(5);
        await Expect(viewer.GetByTestId("report-csv")).ToHaveCountAsync(0);
        await Expect(viewer.GetByTestId("report-delete")).ToHaveCountAsync(0);

        // The recruiter deletes it; it is gone from the list.
        await page.GotoAsync($"reports/{reportId}");
        await page.WaitForInteractivityAsync();
        await page.GetByTestId("report-delete").ClickAsync();
        await page.Locator(".rz-dialog").GetByRole(AriaRole.Button, new() { Name = "Delete" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/reports$"));
        await Expect(page.GetByTestId("report-link")).ToHaveCountAsync(0);
    }
}
