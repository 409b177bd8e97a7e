using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using RecruiterPortal.Core.Tenancy;
using RecruiterPortal.Tests.Fixtures;
using static Microsoft.Playwright.Assertions;

namespace RecruiterPortal.Tests.E2E;

/// <summary>
/// The privacy controls as an Admin uses them: export a candidate's data and erase the candidate
/// from their page, set the retention period on /admin/privacy; a Recruiter sees none of it.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class PrivacyBrowserTests(BrowserFixture browser)
    : LivePortalTest(browser, "Privacy Browser Talent", new Dictionary<string, string?> { ["Pipeline:PollInterval"] = "00:00:00.200" })
{
    private static readonly byte[] Resume = Encoding.UTF8.GetBytes(
        "Marta Quinn\nmarta.quinn@example.com\n+44 7700 900456\n\nEXPERIENCE\nPayroll Officer, Ledgerly\n2019 - Present\n- Ran monthly payroll for 400 staff\n\nSKILLS\nPayroll, Excel");

    [Fact]
    public async Task An_admin_exports_a_candidates_data_then_erases_the_candidate_and_a_recruiter_can_do_neither()
    {
        var candidateId = await UploadCandidateAsync();

        var recruiter = await NewPageAsync();
        await recruiter.SignInAsync(Tenant.EmailOf(PortalRoles.Recruiter), TestTenants.Password);
        await recruiter.GotoAsync($"candidates/{candidateId}");
        await recruiter.WaitForInteractivityAsync();
        await Expect(recruiter.GetByTestId("candidate-name")).ToHaveTextAsync("Marta Quinn");
        await Expect(recruiter.GetByTestId("candidate-erase")).ToHaveCountAsync(0);
        await Expect(recruiter.GetByTestId("candidate-export")).ToHaveCountAsync(0);

        var admin = await NewPageAsync();
        await admin.SignInAsync(Tenant.EmailOf(PortalRoles.Admin), TestTenants.Password);
        await admin.GotoAsync($"candidates/{candidateId}");
        await admin.WaitForInteractivityAsync();
        await Expect(admin.GetByTestId("candidate-name")).ToHaveTextAsync("Marta Quinn");

        // The export link downloads a ZIP with the candidate's data and original file, with the admin's own sign-in.
        var href = await admin.GetByTestId("candidate-export").GetAttributeAsync("href");
        var download = await admin.Context.APIRequest.GetAsync(new Uri(BaseAddress, href!).ToString());
        Assert.Equal(200, download.Status);
        using (var zip = new ZipArchive(new MemoryStream(await download.BodyAsync()), ZipArchiveMode.Read))
        {
            var json = zip.Entries.Single(e => e.FullName.EndsWith(".json", StringComparison.Ordinal));
            using var reader = new StreamReader(json.Open());
            var content = await reader.ReadToEndAsync();
            Assert.Contains("Marta Quinn", content, StringComparison.Ordinal);
            Assert.Contains("marta.quinn@example.com", content, StringComparison.Ordinal);
            Assert.Contains(zip.Entries, e => !e.FullName.EndsWith(".json", StringComparison.Ordinal) && e.Length > 0);
        }

        await admin.GetByTestId("candidate-erase").ClickAsync();
        var dialog = admin.Locator(".rz-dialog");
        await Expect(dialog).ToContainTextAsync("cannot be undone");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Erase for good" }).ClickAsync();
        await Expect(admin.GetByText("Candidate erased")).ToBeVisibleAsync();
        await Expect(admin).ToHaveURLAsync(new Regex("/candidates$"));
        await Expect(admin.GetByText("Marta Quinn")).ToHaveCountAsync(0);

        // The recruiter's open page reloads into "not found"; the download link is dead too.
        await recruiter.ReloadAsync();
        await Expect(recruiter.GetByText("This candidate does not exist or was removed.")).ToBeVisibleAsync();
        Assert.Equal(404, (await admin.Context.APIRequest.GetAsync(new Uri(BaseAddress, href!).ToString())).Status);
    }

    [Fact]
    public async Task An_admin_sets_the_retention_period_and_a_recruiter_cannot_open_the_privacy_page()
    {
        await UploadCandidateAsync();
        var admin = await NewPageAsync();
        await admin.SignInAsync(Tenant.EmailOf(PortalRoles.Admin), TestTenants.Password);
        await admin.GotoAsync("admin/privacy");
        await admin.WaitForInteractivityAsync();
        await Expect(admin.GetByTestId("retention-due")).ToHaveTextAsync("Retention is off: candidates are kept.");

        await admin.GetByLabel("Retention days").Locator("input").FillAsync("400");
        await admin.GetByTestId("save-retention").ClickAsync();
        await Expect(admin.GetByText("Candidates inactive for 400 days will be erased.")).ToBeVisibleAsync();
        await Expect(admin.GetByTestId("retention-due")).ToContainTextAsync("0 candidates were last active before");
        await admin.ScreenshotAsync("admin-privacy");

        // The saved period is what the page shows next time.
        await admin.ReloadAsync();
        await admin.WaitForInteractivityAsync();
        await Expect(admin.GetByLabel("Retention days").Locator("input")).ToHaveValueAsync("400");

        var recruiter = await NewPageAsync();
        await recruiter.SignInAsync(Tenant.EmailOf(PortalRoles.Recruiter), TestTenants.Password);
        await recruiter.WaitForInteractivityAsync();
        await Expect(recruiter.GetByRole(AriaRole.Link, new() { Name = "Privacy" })).ToHaveCountAsync(0);
        await recruiter.GotoAsync("admin/privacy");
        await Expect(recruiter.GetByText("Your role does not allow this page")).ToBeVisibleAsync();
        await Expect(recruiter.GetByTestId("save-retention")).ToHaveCountAsync(0);
    }

    private async Task<Guid> UploadCandidateAsync()
    {
        using var api = new HttpClient { BaseAddress = BaseAddress };
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Tenant.OwnerApiKey);
        var job = await ApiFlows.UploadResumeAsync(api, Resume, "marta-quinn.txt");
        return job.GetProperty("result").GetProperty("candidate_id").GetGuid();
    }
}
