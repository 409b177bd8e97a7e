using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using RecruiterPortal.Core.ApiKeys;
using RecruiterPortal.Core.Identity;
using RecruiterPortal.Tests.Fixtures;

namespace RecruiterPortal.Tests.Web;

public sealed class AuthenticationTests : IAsyncLifetime
{
    private readonly PortalFactory _factory = new();
    private SeededTenant _alpha = null!;
    private SeededTenant _beta = null!;

    public async Task InitializeAsync()
    {
        _alpha = await TestTenants.CreateAsync(_factory.Services, "Alpha Talent");
        _beta = await TestTenants.CreateAsync(_factory.Services, "Beta Staffing");
    }

    public Task DisposeAsync()
    {
        _factory.Dispose();
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/admin/users")]
    [InlineData("/admin/api-keys")]
    [InlineData("/Account/Manage")]
    public async Task Anonymous_page_requests_redirect_to_sign_in(string path)
    {
        var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("rpk_not-a-real-key-but-long-enough-to-look-like-one")]
    [InlineData("Basic dXNlcjpwYXNz")]
    public async Task Api_without_a_valid_key_answers_401_problem_details(string? key)
    {
        var client = _factory.CreateClient();
        if (key is not null)
        {
            client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", key.StartsWith("Basic", StringComparison.Ordinal) ? key : $"Bearer {key}");
        }

        var response = await client.GetAsync("/api/v1/me");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(401, problem.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task A_key_acts_for_its_own_tenant_and_role()
    {
        var alpha = await MeAsync(_alpha.OwnerApiKey);
        var beta = await MeAsync(_beta.ViewerApiKey);

        Assert.Equal("Alpha Talent", alpha.GetProperty("tenant").GetProperty("name").GetString());
        Assert.Equal(_alpha.Id, alpha.GetProperty("tenant").GetProperty("id").GetGuid());
        Assert.Equal("Owner", alpha.GetProperty("role").GetString());
        Assert.Equal("Beta Staffing", beta.GetProperty("tenant").GetProperty("name").GetString());
        Assert.Equal("Viewer", beta.GetProperty("role").GetString());
    }

    [Fact]
    public async Task A_revoked_key_stops_working()
    {
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var tenant = scope.ServiceProvider.GetRequiredService<RecruiterPortal.Core.Tenancy.TenantContext>();
            tenant.Use(_alpha.Id, role: "Owner");
            var keys = scope.ServiceProvider.GetRequiredService<ApiKeyService>();
            var id = (await keys.ListAsync()).Single(k => k.Prefix == ApiKeySecret.PrefixOf(_alpha.ViewerApiKey)).Id;
            Assert.True(await keys.RevokeAsync(id));
        }

        var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _alpha.ViewerApiKey);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task A_browser_cookie_does_not_authenticate_the_api()
    {
        var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var signedIn = await SignInAsync(client, _alpha.EmailOf("Owner"), TestTenants.Password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task Five_failed_sign_ins_lock_the_account_even_for_the_right_password()
    {
        var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var email = _alpha.EmailOf("Recruiter");
        for (var i = 1; i <= 4; i++)
        {
            var failed = await SignInAsync(client, email, "wrong password, attempt " + i);
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
            Assert.Contains("email or password is not right", await failed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var fifth = await SignInAsync(client, email, "wrong password, attempt 5");
        Assert.Equal("/Account/Lockout", PathOf(fifth));

        var locked = await SignInAsync(client, email, TestTenants.Password);

        Assert.Equal(HttpStatusCode.Redirect, locked.StatusCode);
        Assert.Equal("/Account/Lockout", PathOf(locked));
        await using var scope = _factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        Assert.True(await users.IsLockedOutAsync((await users.FindByEmailAsync(email))!));
    }

    [Fact]
    public async Task A_deactivated_user_cannot_sign_in()
    {
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            var user = (await users.FindByEmailAsync(_beta.EmailOf("Viewer")))!;
            user.IsActive = false;
            await users.UpdateAsync(user);
        }

        var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await SignInAsync(client, _beta.EmailOf("Viewer"), TestTenants.Password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("deactivated", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_and_openapi_are_served()
    {
        var client = _factory.CreateClient();

        Assert.Equal("Healthy", await client.GetStringAsync("/healthz"));
        var openApi = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        Assert.True(openApi.GetProperty("paths").TryGetProperty("/api/v1/me", out _));
    }

    internal static Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password) =>
        FormPoster.SubmitAsync(client, "/Account/Login", "login", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });

    private static string PathOf(HttpResponseMessage redirect) =>
        new Uri(new Uri("http://localhost"), redirect.Headers.Location!).AbsolutePath;

    private async Task<JsonElement> MeAsync(string key)
    {
        var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        var response = await client.GetAsync("/api/v1/me");
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
