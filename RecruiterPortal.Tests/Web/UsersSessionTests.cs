using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using RecruiterPortal.Core.ApiKeys;
using RecruiterPortal.Core.Identity;
using RecruiterPortal.Core.Tenancy;
using RecruiterPortal.Core.Users;
using RecruiterPortal.Tests.Fixtures;

namespace RecruiterPortal.Tests.Web;

/// <summary>
/// What a user-administration change does to sessions already open: cookies over real HTTP, on a
/// portal that re-checks sign-ins every second (Users:RevalidationSeconds) instead of every minute.
/// </summary>
public sealed class UsersSessionTests : IAsyncLifetime
{
    private static readonly TimeSpan PastRevalidation = TimeSpan.FromSeconds(1.5);
    private readonly PortalFactory _portal = new(new Dictionary<string, string?> { ["Users:RevalidationSeconds"] = "1" });
    private SeededTenant _tenant = null!;

    public async Task InitializeAsync() => _tenant = await TestTenants.CreateAsync(_portal.Services, "Session Users");

    public Task DisposeAsync()
    {
        _portal.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_deactivated_users_cookie_is_refused_on_the_first_request_after_revalidation()
    {
        var recruiter = await SignedInAsync(PortalRoles.Recruiter);
        Assert.Equal(HttpStatusCode.OK, (await recruiter.GetAsync("/")).StatusCode);

        var deactivated = await AsAdminAsync(a => a.DeactivateAsync(IdOf(PortalRoles.Recruiter)));
        Assert.True(deactivated.Value);
        await Task.Delay(PastRevalidation);

        var response = await recruiter.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_inactive_users_cookie_is_refused_even_when_the_security_stamp_did_not_change()
    {
        var viewer = await SignedInAsync(PortalRoles.Viewer);
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync("/")).StatusCode);

        await using (var scope = _portal.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            var user = (await users.FindByEmailAsync(_tenant.EmailOf(PortalRoles.Viewer)))!;
            user.IsActive = false;
            await users.UpdateAsync(user);
        }

        await Task.Delay(PastRevalidation);
        Assert.Equal(HttpStatusCode.Redirect, (await viewer.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task A_deactivated_users_api_keys_are_refused_at_once_and_revoked()
    {
        // Keys are created by Admins and Owners; an Owner deactivates the Admin who made this one.
        var secret = await CreateKeyAsAsync(PortalRoles.Admin, PortalRoles.Recruiter);
        var api = Api(secret);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/me")).StatusCode);

        Assert.True((await AsOwnerAsync(a => a.DeactivateAsync(IdOf(PortalRoles.Admin)))).Value);

        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/v1/me")).StatusCode);
        await using var scope = _portal.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Use(_tenant.Id);
        var key = Assert.Single(await scope.ServiceProvider.GetRequiredService<ApiKeyService>().ListAsync(), k => k.Prefix == ApiKeySecret.PrefixOf(secret));
        Assert.NotNull(key.RevokedAt);

        // Reactivating the person does not bring the key back.
        Assert.True((await AsOwnerAsync(a => a.ReactivateAsync(IdOf(PortalRoles.Admin)))).Value);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task A_key_never_acts_above_its_creators_current_role()
    {
        var secret = await CreateKeyAsAsync(PortalRoles.Admin, PortalRoles.Admin);
        Assert.Equal("Admin", await RoleOfKeyAsync(secret));

        await using (var scope = _portal.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<TenantContext>().Use(_tenant.Id, IdOf(PortalRoles.Owner), PortalRoles.Owner);
            Assert.True((await scope.ServiceProvider.GetRequiredService<UserAdministration>().ChangeRoleAsync(IdOf(PortalRoles.Admin), PortalRoles.Viewer)).Value);
        }

        Assert.Equal("Viewer", await RoleOfKeyAsync(secret));
    }

    [Fact]
    public async Task When_two_factor_is_required_a_user_without_it_is_sent_to_set_it_up()
    {
        var recruiter = await SignedInAsync(PortalRoles.Recruiter);
        Assert.True((await AsAdminAsync(a => a.SetTwoFactorRequiredAsync(true))).Value);

        foreach (var path in new[] { "/", "/candidates", "/resumes/upload" })
        {
            var response = await recruiter.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/Account/Manage/TwoFactor", response.Headers.Location!.OriginalString);
        }

        var setUp = await recruiter.GetAsync("/Account/Manage/TwoFactor");
        Assert.Equal(HttpStatusCode.OK, setUp.StatusCode);
        var html = await setUp.Content.ReadAsStringAsync();
        Assert.Contains("authenticator-key", html, StringComparison.Ordinal);
        Assert.Contains("Your organisation requires two-factor sign-in", html, StringComparison.Ordinal);

        // Opening the set-up page made the user a key (a new security stamp); they stay signed in
        // past the next revalidation, as someone still scanning the code would.
        await Task.Delay(PastRevalidation);
        Assert.Equal(HttpStatusCode.OK, (await recruiter.GetAsync("/Account/Manage/TwoFactor")).StatusCode);

        Assert.True((await AsAdminAsync(a => a.SetTwoFactorRequiredAsync(false))).Value);
        Assert.Equal(HttpStatusCode.OK, (await recruiter.GetAsync("/")).StatusCode);
    }

    private async Task<HttpClient> SignedInAsync(string role)
    {
        var client = _portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var signedIn = await AuthenticationTests.SignInAsync(client, _tenant.EmailOf(role), TestTenants.Password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return client;
    }

    private HttpClient Api(string secret)
    {
        var client = _portal.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return client;
    }

    private async Task<string?> RoleOfKeyAsync(string secret) =>
        (await Api(secret).GetFromJsonAsync<JsonElement>("/api/v1/me")).GetProperty("role").GetString();

    private async Task<string> CreateKeyAsAsync(string creatorRole, string keyRole)
    {
        await using var scope = _portal.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Use(_tenant.Id, IdOf(creatorRole), creatorRole);
        return (await scope.ServiceProvider.GetRequiredService<ApiKeyService>().CreateAsync("sync " + creatorRole, keyRole)).Value!.Secret;
    }

    private async Task<T> AsOwnerAsync<T>(Func<UserAdministration, Task<T>> act)
    {
        await using var scope = _portal.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Use(_tenant.Id, IdOf(PortalRoles.Owner), PortalRoles.Owner);
        return await act(scope.ServiceProvider.GetRequiredService<UserAdministration>());
    }

    private async Task<T> AsAdminAsync<T>(Func<UserAdministration, Task<T>> act)
    {
        await using var scope = _portal.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Use(_tenant.Id, IdOf(PortalRoles.Admin), PortalRoles.Admin);
        return await act(scope.ServiceProvider.GetRequiredService<UserAdministration>());
    }

    private Guid IdOf(string role)
    {
        using var scope = _portal.Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().FindByEmailAsync(_tenant.EmailOf(role)).GetAwaiter().GetResult()!.Id;
    }
}
