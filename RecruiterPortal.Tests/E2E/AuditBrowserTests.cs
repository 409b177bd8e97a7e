using Microsoft.Playwright;
using RecruiterPortal.Core.Audit;
using RecruiterPortal.Core.Tenancy;
using RecruiterPortal.Tests.Fixtures;
using static Microsoft.Playwright.Assertions;

namespace RecruiterPortal.Tests.E2E;

[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class AuditBrowserTests(BrowserFixture browser) : LivePortalTest(browser, "Audit Browser Talent")
{
    [Fact]
    public async Task An_admin_reads_and_filters_the_audit_log_with_sign_ins_and_their_address()
    {
        var failed = await NewPageAsync();
        await failed.GotoAsync("Account/Login");
        await failed.GetByLabel("Email").FillAsync(Tenant.EmailOf(PortalRoles.Recruiter));
        await failed.GetByLabel("Password").FillAsync("not the password");
        await failed.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(failed.GetByText("the email or password is not right", new() { Exact = false })).ToBeVisibleAsync();

        var page = await NewPageAsync();
        await page.SignInAsync(Tenant.EmailOf(PortalRoles.Admin), TestTenants.Password);
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Audit log" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/admin/audit$"));
        await page.WaitForInteractivityAsync();

        var grid = page.GetByTestId("audit-grid");
        var signIn = grid.Locator("tbody tr").Filter(new() { HasText = AuditActions.SignInSucceeded });
        await Expect(signIn.First).ToContainTextAsync(Tenant.EmailOf(PortalRoles.Admin));
        await Expect(signIn.First).ToContainTextAsync("127.0.0.1");
        await Expect(grid).ToContainTextAsync(AuditActions.SignInFailed);
        await page.ScreenshotAsync("admin-audit");

        await page.GetByTestId("audit-actor").FillAsync(Tenant.EmailOf(PortalRoles.Recruiter));
        await page.GetByTestId("audit-actor").PressAsync("Enter");
        await Expect(grid.Locator("tbody tr")).ToHaveCountAsync(1);
        await Expect(grid.Locator("tbody tr").First).ToContainTextAsync(AuditActions.SignInFailed);
        await Expect(page.GetByTestId("audit-csv")).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("actor=recruiter"));
    }

    [Fact]
    public async Task A_recruiter_is_not_shown_the_audit_log()
    {
        var page = await NewPageAsync();
        await page.SignInAsync(Tenant.EmailOf(PortalRoles.Recruiter), TestTenants.Password);
        await Expect(page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Audit log" })).ToHaveCountAsync(0);
        await page.GotoAsync("admin/audit");
        await Expect(page.GetByTestId("audit-grid")).ToHaveCountAsync(0);
    }
}
