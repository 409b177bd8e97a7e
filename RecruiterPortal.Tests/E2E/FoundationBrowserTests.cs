using Microsoft.Playwright;
using RecruiterPortal.Core.Tenancy;
using RecruiterPortal.Tests.Fixtures;
using static Microsoft.Playwright.Assertions;

namespace RecruiterPortal.Tests.E2E;

[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class FoundationBrowserTests(BrowserFixture browser) : LivePortalTest(browser, "Northwind Talent")
{


    [Fact]
    public async Task A_new_organisation_signs_up_works_interactively_and_signs_out()
    {
        var page = await NewPageAsync();

        await page.GotoAsync("Account/Login");
        await page.GetByRole(AriaRole.Link, new() { Name = "Create an organisation" }).ClickAsync();
        await page.GetByLabel("Organisation name").FillAsync("Fjord Recruiting AS");
        await page.GetByLabel("Your name").FillAsync("Ingrid Hansen");
        await page.GetByLabel("Your email").FillAsync("ingrid@fjord.test");
        await page.GetByLabel("Password").FillAsync("fjords and mountains 2026");
        await page.ScreenshotAsync("signup");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create organisation" }).ClickAsync();

        await page.WaitForInteractivityAsync();
        await Expect(page.GetByTestId("tenant-name")).ToHaveTextAsync("Fjord Recruiting AS");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dashboard" })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("stat-users")).ToContainTextAsync("1");
        await page.ScreenshotAsync("dashboard");

        // A click handled on the server re-renders the page: proves Blazor's script and circuit work.
        await page.GetByRole(AriaRole.Link, new() { Name = "API keys", Exact = true }).ClickAsync();
        await page.GetByLabel("Key name").FillAsync("ATS sync");
        await page.GetByTestId("create-key").ClickAsync();
        await Expect(page.GetByTestId("new-key-secret")).ToContainTextAsync("rpk_");
        await Expect(page.Locator(".rz-data-grid").GetByText("ATS sync", new() { Exact = true })).ToBeVisibleAsync();
        await page.ScreenshotAsync("api-keys");

        await page.GetByTestId("user-name").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/Login"), new() { Timeout = 20_000 });
        await page.GotoAsync("");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();

        await page.SignInAsync("ingrid@fjord.test", "fjords and mountains 2026");
        await Expect(page.GetByTestId("tenant-name")).ToHaveTextAsync("Fjord Recruiting AS");
    }

    [Fact]
    public async Task A_viewer_sees_no_admin_features_and_is_refused_admin_pages()
    {
        var page = await NewPageAsync();

        await page.SignInAsync(Tenant.EmailOf(PortalRoles.Viewer), TestTenants.Password);
        await page.WaitForInteractivityAsync();

        await Expect(page.GetByTestId("tenant-name")).ToHaveTextAsync("Northwind Talent");
        await Expect(page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Dashboard" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Navigation).GetByText("Admin")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("stat-keys")).ToHaveCountAsync(0);

        await page.GotoAsync("admin/users");
        await Expect(page.GetByText("Your role does not allow this page")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task An_admin_sees_the_users_of_their_own_tenant_only()
    {
        await TestTenants.CreateAsync(Portal.Services, "Other Agency");
        var page = await NewPageAsync();

        await page.SignInAsync(Tenant.EmailOf(PortalRoles.Admin), TestTenants.Password);
        await page.WaitForInteractivityAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Users", Exact = true }).ClickAsync();

        await Expect(page.Locator(".rz-data-grid").GetByText(Tenant.EmailOf(PortalRoles.Viewer), new() { Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByText("other-agency.test")).ToHaveCountAsync(0);
        await page.ScreenshotAsync("users");
    }

    [Fact]
    public async Task A_menu_click_before_the_page_is_interactive_loads_the_page_afresh_and_it_works()
    {
        // The circuit of the page after sign-in is held back until the menu link has been clicked.
        // Fetching the next page into the old one while that circuit starts could leave the old page
        // on screen under the new address, or a page that never answers; a full load cannot.
        var page = await NewPageAsync();
        var clicked = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var fetchedInPlace = false;
        await page.RouteAsync("**/_blazor/negotiate**", async route =>
        {
            await clicked.Task;
            await route.ContinueAsync();
        });
        await page.RouteAsync("**/admin/users", async route =>
        {
            fetchedInPlace |= route.Request.Headers.TryGetValue("accept", out var accept) && accept.Contains("blazor-enhanced-nav", StringComparison.Ordinal);
            await route.ContinueAsync();
        });

        await page.SignInAsync(Tenant.EmailOf(PortalRoles.Admin), TestTenants.Password);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dashboard" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Users", Exact = true }).ClickAsync();
        clicked.SetResult();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/admin/users$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Users", Exact = true })).ToBeVisibleAsync();
        await page.WaitForInteractivityAsync();
        await page.GetByTestId("invite-user").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Dialog)).ToContainTextAsync("one-time link");
        Assert.False(fetchedInPlace, "The click fetched the page into the old one instead of loading it.");
    }
}
