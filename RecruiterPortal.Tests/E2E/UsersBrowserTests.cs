using System.Text.RegularExpressions;
using Microsoft.Playwright;
using RecruiterPortal.Core.Tenancy;
using RecruiterPortal.Tests.Fixtures;
using static Microsoft.Playwright.Assertions;

namespace RecruiterPortal.Tests.E2E;

/// <summary>
/// Tenant user administration as people do it: an Admin invites on /admin/users, the invitee uses
/// the one-time link in their own browser, and a deactivation reaches a page that is already open.
/// The portal re-checks sign-ins every 2 seconds here (Users:RevalidationSeconds) instead of every minute.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class UsersBrowserTests(BrowserFixture browser)
    : LivePortalTest(browser, "Users Browser Talent", new Dictionary<string, string?> { ["Users:RevalidationSeconds"] = "2", ["Pipeline:PollInterval"] = "00:00:00.200" })
{
    private const string NewPassword = "a new recruiter's long pass phrase";
    private static readonly string Resumes = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Resumes");

    [Fact]
    public async Task An_admin_invites_a_recruiter_who_sets_a_password_signs_in_and_uploads_a_resume()
    {
        var admin = await OpenUsersPageAsync();
        var link = await InviteAsync(admin, "Rosa Recruiter", "rosa@users-browser-talent.test", PortalRoles.Recruiter, screenshot: "admin-users");
        await Expect(RowOf(admin, "rosa@users-browser-talent.test")).ToContainTextAsync("Invited");

        var rosa = await NewPageAsync();
        await SetPasswordAsync(rosa, link);
        await rosa.SignInAsync("rosa@users-browser-talent.test", NewPassword);
        await rosa.WaitForInteractivityAsync();
        await rosa.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Upload resumes" }).ClickAsync();
        await rosa.Locator("[data-testid=file-drop] input[type=file]").SetInputFilesAsync(Path.Combine(Resumes, "02_nurse_docx.docx"));
        await Expect(rosa.GetByTestId("finished-count")).ToHaveTextAsync("1", new() { Timeout = 60_000 });
        await Expect(rosa.Locator("[data-testid=upload-rows] tbody tr").First).ToContainTextAsync("New candidate");

        // The link was for one use only.
        var again = await NewPageAsync();
        await again.GotoAsync(link);
        await Expect(again.GetByText("This link is not valid any more")).ToBeVisibleAsync();

        await admin.ReloadAsync();
        await Expect(RowOf(admin, "rosa@users-browser-talent.test")).ToContainTextAsync("Active");
    }

    [Fact]
    public async Task A_viewer_invited_by_an_admin_signs_in_but_cannot_upload()
    {
        var admin = await OpenUsersPageAsync();
        var link = await InviteAsync(admin, "Vic Vance", "vic@users-browser-talent.test", PortalRoles.Viewer);

        var vic = await NewPageAsync();
        await SetPasswordAsync(vic, link);
        await vic.SignInAsync("vic@users-browser-talent.test", NewPassword);
        await vic.WaitForInteractivityAsync();
        await Expect(vic.GetByTestId("user-name")).ToHaveTextAsync("Vic Vance");
        await Expect(vic.GetByRole(AriaRole.Link, new() { Name = "Upload resumes" })).ToHaveCountAsync(0);
        await vic.GotoAsync("resumes/upload");
        await Expect(vic.GetByText("Your role does not allow this page")).ToBeVisibleAsync();
        await Expect(vic.GetByTestId("file-drop")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task An_open_page_loses_access_when_an_admin_deactivates_its_user()
    {
        var recruiter = await NewPageAsync();
        await recruiter.SignInAsync(Tenant.EmailOf(PortalRoles.Recruiter), TestTenants.Password);
        await recruiter.GotoAsync("candidates");
        await recruiter.WaitForInteractivityAsync();
        await Expect(recruiter.GetByRole(AriaRole.Heading, new() { Name = "Candidates" })).ToBeVisibleAsync();

        var admin = await OpenUsersPageAsync();
        var row = RowOf(admin, Tenant.EmailOf(PortalRoles.Recruiter));
        await row.GetByRole(AriaRole.Button, new() { Name = "Deactivate" }).ClickAsync();
        await admin.Locator(".rz-dialog").GetByRole(AriaRole.Button, new() { Name = "Deactivate" }).ClickAsync();
        await Expect(row).ToContainTextAsync("Deactivated");

        // Nobody touches the recruiter's page: the circuit's re-check sends it to sign in.
        await Expect(recruiter).ToHaveURLAsync(new Regex("/Account/Login"), new() { Timeout = 30_000 });
        await recruiter.GetByLabel("Email").FillAsync(Tenant.EmailOf(PortalRoles.Recruiter));
        await recruiter.GetByLabel("Password").FillAsync(TestTenants.Password);
        await recruiter.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(recruiter.GetByText("this account is deactivated")).ToBeVisibleAsync();
    }

    private async Task<IPage> OpenUsersPageAsync()
    {
        var page = await NewPageAsync();
        await page.SignInAsync(Tenant.EmailOf(PortalRoles.Admin), TestTenants.Password);
        await page.WaitForInteractivityAsync();
        await Expect(page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Users" })).ToBeVisibleAsync();

        // A full load, so the circuit that answers clicks is this page's.
        await page.GotoAsync("admin/users");
        await page.WaitForInteractivityAsync();
        await Expect(page.Locator("[data-testid=user-grid] tbody tr")).ToHaveCountAsync(4);
        return page;
    }

    private static async Task<string> InviteAsync(IPage admin, string name, string email, string role, string? screenshot = null)
    {
        await admin.GetByTestId("invite-user").ClickAsync();

        var dialog = admin.GetByRole(AriaRole.Dialog);
        await dialog.GetByLabel("Name").FillAsync(name);
        await dialog.GetByLabel("Email").FillAsync(email);
        if (role != PortalRoles.Recruiter)
        {
            await dialog.GetByRole(AriaRole.Combobox, new() { Name = "Role" }).ClickAsync();
            await admin.Locator(".rz-dropdown-item:visible").Filter(new() { HasTextRegex = new Regex($"^{role}$") }).ClickAsync();
            await Expect(dialog.GetByRole(AriaRole.Combobox, new() { Name = "Role" })).ToContainTextAsync(role);
        }

        if (screenshot is not null)
        {
            await admin.ScreenshotAsync(screenshot);
        }

        await dialog.GetByTestId("invite-submit").ClickAsync();

        // The dialog answers with the link or with an error; an error fails the test with its words.
        var linkBox = dialog.GetByTestId("one-time-link");
        await Expect(linkBox.Or(dialog.Locator(".rz-alert.rz-danger")).First).ToBeVisibleAsync();
        Assert.True(await linkBox.CountAsync() == 1, "The invitation was refused: " + await dialog.InnerTextAsync());
        var link = await linkBox.InputValueAsync();
        Assert.Matches(new Regex("/Account/Invite\\?token=[A-Za-z0-9_-]{43}$"), link);
        await Expect(dialog).ToContainTextAsync("shown only now");
        if (screenshot is not null)
        {
            await admin.ScreenshotAsync(screenshot + "-link");
        }

        await dialog.GetByTestId("invite-done").ClickAsync();
        await Expect(RowOf(admin, email).Locator("td").Nth(2)).ToContainTextAsync(role);
        return link;
    }

    private static async Task SetPasswordAsync(IPage page, string link)
    {
        await page.GotoAsync(link);
        await page.GetByLabel("New password").FillAsync(NewPassword);
        await page.GetByLabel("Repeat the password").FillAsync(NewPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Set password" }).ClickAsync();
        await Expect(page.GetByText("Your password is set.")).ToBeVisibleAsync();
    }

    private static ILocator RowOf(IPage page, string email) =>
        page.Locator("[data-testid=user-grid] tbody tr").Filter(new() { HasText = email });
}
