using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;
using RecruiterPortal.Core.Tenancy;
using RecruiterPortal.Tests.Fixtures;

namespace RecruiterPortal.Tests.Web;

public sealed class AccountTests : IAsyncLifetime
{
    private readonly PortalFactory _factory = new();
    private SeededTenant _tenant = null!;

    public async Task InitializeAsync() => _tenant = await TestTenants.CreateAsync(_factory.Services, "Gamma Search");

    public Task DisposeAsync()
    {
        _factory.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Two_factor_set_up_with_an_authenticator_then_required_at_sign_in()
    {
        var client = NewClient();
        var email = _tenant.EmailOf(PortalRoles.Recruiter);
        await AuthenticationTests.SignInAsync(client, email, TestTenants.Password);

        var setup = new HtmlParser().ParseDocument(await client.GetStringAsync("/Account/Manage/TwoFactor"));
        var key = setup.QuerySelector("[data-testid=authenticator-key]")!.TextContent.Trim();
        var enabled = await FormPoster.SubmitAsync(client, "/Account/Manage/TwoFactor", "enable-2fa", new Dictionary<string, string> { ["Input.Code"] = Totp.Code(key) });
        var enabledPage = new HtmlParser().ParseDocument(await enabled.Content.ReadAsStringAsync());
        Assert.Equal(10, enabledPage.QuerySelectorAll("[data-testid=recovery-codes] li").Length);

        var fresh = NewClient();
        var signIn = await AuthenticationTests.SignInAsync(fresh, email, TestTenants.Password);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Contains("/Account/LoginWith2fa", signIn.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await fresh.GetAsync("/")).StatusCode);

        var wrong = await FormPoster.SubmitAsync(fresh, signIn.Headers.Location.OriginalString, "login-2fa", new Dictionary<string, string> { ["Input.Code"] = "000000" == Totp.Code(key) ? "111111" : "000000" });
        Assert.Contains("code is not valid", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var right = await FormPoster.SubmitAsync(fresh, signIn.Headers.Location.OriginalString, "login-2fa", new Dictionary<string, string> { ["Input.Code"] = Totp.Code(key) });
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await fresh.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Password_change_enforces_the_policy_and_the_new_password_works()
    {
        var client = NewClient();
        var email = _tenant.EmailOf(PortalRoles.Viewer);
        await AuthenticationTests.SignInAsync(client, email, TestTenants.Password);

        var tooShort = await ChangePasswordAsync(client, TestTenants.Password, "short one");
        Assert.Contains("at least 12 characters", await tooShort.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var common = await ChangePasswordAsync(client, TestTenants.Password, "unbelievable");
        Assert.Contains("most commonly used", await common.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var changed = await ChangePasswordAsync(client, TestTenants.Password, "a brand new pass phrase");
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);

        var old = await AuthenticationTests.SignInAsync(NewClient(), email, TestTenants.Password);
        Assert.Equal(HttpStatusCode.OK, old.StatusCode);
        var updated = await AuthenticationTests.SignInAsync(NewClient(), email, "a brand new pass phrase");
        Assert.Equal(HttpStatusCode.Redirect, updated.StatusCode);
    }

    private HttpClient NewClient() => _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private static Task<HttpResponseMessage> ChangePasswordAsync(HttpClient client, string oldPassword, string newPassword) =>
        FormPoster.SubmitAsync(client, "/Account/Manage", "change-password", new Dictionary<string, string>
        {
            ["Password.OldPassword"] = oldPassword,
            ["Password.NewPassword"] = newPassword,
            ["Password.ConfirmPassword"] = newPassword,
        });
}
