using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using RecruiterPortal.Core.Ai;
using RecruiterPortal.Core.Ingestion;
using RecruiterPortal.Core.JobPostings;
using RecruiterPortal.Core.Tenancy;
using RecruiterPortal.Tests.Fixtures;
using static Microsoft.Playwright.Assertions;

namespace RecruiterPortal.Tests.E2E;

/// <summary>
/// A failure inside an open page, as a recruiter and then an admin meet it: the page says what
/// happened and gives a reference instead of going dead; the admin finds the entry on the error
/// log by that reference and reads the exception. The failure is provoked at a boundary: the AI
/// provider check throws when a tailoring starts.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class ErrorLogBrowserTests(BrowserFixture browser)
    : LivePortalTest(browser, "Error Log Talent", services: s => s.AddScoped<IAiChatClientFactory, BrokenCheckAiFactory>())
{
    private Guid _jobId;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _jobId = await SeedDemoResumesAsync("Data Engineer", "Requirements:\n- Python and SQL\n- Airflow");
    }

    [Fact]
    public async Task A_failure_in_an_open_page_gives_a_reference_that_an_admin_finds_on_the_error_log()
    {
        var recruiter = await NewPageAsync();
        await recruiter.SignInAsync(Tenant.EmailOf(PortalRoles.Recruiter), TestTenants.Password);
        await recruiter.GotoAsync($"jobs/{_jobId}");
        await recruiter.WaitForInteractivityAsync();
        await recruiter.Locator("[data-testid=ranking-grid] tbody tr").First.GetByTestId("tailor-candidate").ClickAsync();
        await Expect(recruiter.GetByTestId("pick-job")).ToContainTextAsync("Data Engineer");
        await recruiter.WaitForInteractivityAsync();
        await recruiter.GetByTestId("tailor-start").ClickAsync();

        var alert = recruiter.GetByTestId("page-error");
        await Expect(alert).ToContainTextAsync("Nothing you saved is lost");
        await Expect(alert).Not.ToContainTextAsync(BrokenCheckAiFactory.Secret);
        var reference = (await recruiter.GetByTestId("page-error-reference").InnerTextAsync()).Trim();
        Assert.Matches(new Regex("^P-[0-9A-F]{10}$"), reference);
        await recruiter.ScreenshotAsync("page-error");

        // The page is still alive: the menu leads on, and the error is gone on the next page.
        await recruiter.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Candidates" }).ClickAsync();
        await Expect(recruiter).ToHaveURLAsync(new Regex("/candidates$"));
        await Expect(recruiter.GetByTestId("page-error")).ToHaveCountAsync(0);

        var admin = await NewPageAsync();
        await admin.SignInAsync(Tenant.EmailOf(PortalRoles.Admin), TestTenants.Password);
        await admin.GotoAsync($"admin/errors?search={reference}");
        await admin.WaitForInteractivityAsync();
        var row = admin.Locator("[data-testid=errors-grid] tbody tr").Filter(new() { Has = admin.GetByTestId("error-reference") });
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row).ToContainTextAsync(reference);
        await Expect(row).ToContainTextAsync("Open page");
        await Expect(row).ToContainTextAsync("/tailor");
        await Expect(row).ToContainTextAsync(Tenant.EmailOf(PortalRoles.Recruiter));
        await Expect(row).ToContainTextAsync(BrokenCheckAiFactory.Secret);
        await row.Locator(".rz-row-toggler").ClickAsync();
        await Expect(admin.GetByTestId("error-detail")).ToContainTextAsync("BrokenCheckAiFactory.Check");
        await admin.ScreenshotAsync("admin-error-log");

        // Another search finds nothing; the Recruiter cannot open the page.
        await admin.GetByTestId("errors-search").FillAsync("P-0000000000");
        await admin.GetByTestId("errors-search").PressAsync("Tab");
        await Expect(admin.GetByText("No unexpected failures match these filters.")).ToBeVisibleAsync();
        await recruiter.GotoAsync("admin/errors");
        await Expect(recruiter).ToHaveURLAsync(new Regex("/Account/AccessDenied"));
    }

    /// <summary>The built-in engine everywhere, except that checking a provider breaks with an internal message.</summary>
    private sealed class BrokenCheckAiFactory : IAiChatClientFactory
    {
        public const string Secret = "provider registry unavailable 5e1c";

        public string DefaultProvider => AiProviders.BuiltIn;

        public string? DefaultModel => null;

        public bool FallbackToBuiltIn => true;

        public string? Check(string? provider) => throw new InvalidOperationException(Secret);

        public string Resolve(string? provider) => AiProviders.BuiltIn;

        public ResilientChatClient Create(string? model = null) => throw new InvalidOperationException("No language model in this test.");
    }
}
