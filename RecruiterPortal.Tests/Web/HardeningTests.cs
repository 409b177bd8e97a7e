using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using RecruiterPortal.Core.Ai;
using RecruiterPortal.Core.Identity;
using RecruiterPortal.Core.Tenancy;
using RecruiterPortal.Hosting;
using RecruiterPortal.Tests.Fixtures;

namespace RecruiterPortal.Tests.Web;

/// <summary>
/// The portal's defences over real HTTP: security headers on pages, the API and files; 429s with
/// Retry-After on sign-in and the API; no exception details in error answers; the open-tab counter.
/// </summary>
public sealed class HardeningTests : IDisposable
{
    private readonly List<PortalFactory> _portals = [];

    public void Dispose()
    {
        foreach (var portal in _portals)
        {
            portal.Dispose();
        }
    }

    [Fact]
    public async Task Pages_the_API_and_files_carry_the_security_headers()
    {
        var portal = Portal();
        var tenant = await TestTenants.CreateAsync(portal.Services, "Headers Talent");
        var client = portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var api = portal.CreateClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tenant.OwnerApiKey);

        var responses = new[]
        {
            await client.GetAsync("/Account/Login"),
            await client.GetAsync("/candidates"),
            await api.GetAsync("/api/v1/me"),
            await api.GetAsync($"/api/v1/resumes/{Guid.NewGuid()}/file"),
            await client.GetAsync("/files/audit.csv"),
            await client.GetAsync("/assets/css/portal.css"),
        };
        foreach (var response in responses)
        {
            var what = $"{response.RequestMessage!.RequestUri!.AbsolutePath} ({(int)response.StatusCode})";
            var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
            Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
            Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
            Assert.True(response.Headers.GetValues("X-Content-Type-Options").Single() == "nosniff", what);
            Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
            Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
            Assert.Contains("camera=()", response.Headers.GetValues("Permissions-Policy").Single(), StringComparison.Ordinal);
        }

        // The import map Blazor writes inline carries this response's nonce, and no other response's.
        var login = responses[0];
        var nonce = System.Text.RegularExpressions.Regex.Match(string.Join(";", login.Headers.GetValues("Content-Security-Policy")), "'nonce-([^']+)'").Groups[1].Value;
        Assert.Contains($"nonce=\"{nonce}\"", await login.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var again = await client.GetAsync("/Account/Login");
        Assert.DoesNotContain(nonce, string.Join(";", again.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_in_posts_past_the_limit_get_429_with_Retry_After_and_a_readable_page()
    {
        var portal = Portal(("RateLimits:SignInPerMinute", "3"));
        var tenant = await TestTenants.CreateAsync(portal.Services, "Sign In Limit Talent");
        var client = portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        for (var i = 0; i < 3; i++)
        {
            Assert.NotEqual(HttpStatusCode.TooManyRequests, (await AuthenticationTests.SignInAsync(client, tenant.EmailOf(PortalRoles.Recruiter), "wrong password")).StatusCode);
        }

        var limited = await AuthenticationTests.SignInAsync(client, tenant.EmailOf(PortalRoles.Recruiter), TestTenants.Password);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(int.Parse(limited.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) is > 0 and <= 60);
        var page = await limited.Content.ReadAsStringAsync();
        Assert.Contains("Too many sign-in attempts", page, StringComparison.Ordinal);
        Assert.Contains("seconds and <a href=\"/Account/Login\">try again</a>", page, StringComparison.Ordinal);

        // Another person's email is not held back by this one's attempts.
        var other = await AuthenticationTests.SignInAsync(client, tenant.EmailOf(PortalRoles.Admin), TestTenants.Password);
        Assert.Equal(HttpStatusCode.Redirect, other.StatusCode);
    }

    [Fact]
    public async Task API_requests_past_the_limit_get_429_with_Retry_After_per_key()
    {
        var portal = Portal(("RateLimits:ApiPerMinute", "3"));
        var tenant = await TestTenants.CreateAsync(portal.Services, "Api Limit Talent");
        var owner = portal.CreateClient();
        owner.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tenant.OwnerApiKey);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync("/api/v1/me")).StatusCode);
        }

        var limited = await owner.GetAsync("/api/v1/me");
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(limited.Headers.RetryAfter?.Delta is { TotalSeconds: > 0 and <= 60 });
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
        var problem = await limited.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        Assert.Contains("Too many requests with this API key. Wait", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var viewer = portal.CreateClient();
        viewer.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tenant.ViewerApiKey);
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task An_unexpected_failure_shows_no_stack_trace_on_a_page_or_in_the_API()
    {
        var portal = Portal(("environment", "Production"));
        var failing = portal.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddScoped<IAiChatClientFactory, FailingAiFactory>()));
        var tenant = await TestTenants.CreateAsync(failing.Services, "Failure Talent");

        var api = failing.CreateClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tenant.OwnerApiKey);
        var apiFailure = await api.PostAsJsonAsync("/api/v1/tailor", new { candidate_id = Guid.NewGuid(), job_posting_id = Guid.NewGuid() });
        Assert.Equal(HttpStatusCode.InternalServerError, apiFailure.StatusCode);
        Assert.Equal("application/problem+json", apiFailure.Content.Headers.ContentType?.MediaType);
        AssertNoDetails(await apiFailure.Content.ReadAsStringAsync());

        var browser = failing.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await AuthenticationTests.SignInAsync(browser, tenant.EmailOf(PortalRoles.Recruiter), TestTenants.Password);
        var pageFailure = await browser.GetAsync("/tailor");
        Assert.Equal(HttpStatusCode.InternalServerError, pageFailure.StatusCode);
        var page = await pageFailure.Content.ReadAsStringAsync();
        Assert.Contains("Something went wrong", page, StringComparison.Ordinal);
        AssertNoDetails(page);

        // Both failures are in the tenant's error log under the reference the person was shown.
        var apiReference = (await apiFailure.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!.Split(": ")[^1];
        var pageReference = Regex.Match(page, "<code>([^<]+)</code>").Groups[1].Value;
        Assert.NotEqual(apiReference, pageReference);
        var adminKey = failing.CreateClient();
        adminKey.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tenant.OwnerApiKey);
        Guid recruiterId;
        await using (var scope = failing.Services.CreateAsyncScope())
        {
            recruiterId = (await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().FindByEmailAsync(tenant.EmailOf(PortalRoles.Recruiter)))!.Id;
        }

        foreach (var (reference, source, where, userId) in new[]
        {
            (apiReference, "api", "POST /api/v1/tailor", (Guid?)null),
            (pageReference, "page", "GET /tailor", recruiterId),
        })
        {
            var found = await adminKey.GetFromJsonAsync<JsonElement>($"/api/v1/error-logs?search={Uri.EscapeDataString(reference)}");
            Assert.Equal(1, found.GetProperty("total").GetInt32());
            var entry = found.GetProperty("entries")[0];
            Assert.Equal(reference, entry.GetProperty("reference").GetString());
            Assert.Equal(source, entry.GetProperty("source").GetString());
            Assert.Equal(where, entry.GetProperty("where").GetString());
            Assert.Equal("System.InvalidOperationException", entry.GetProperty("exception_type").GetString());
            Assert.Equal(FailingAiFactory.Secret, entry.GetProperty("message").GetString());
            Assert.Contains("FailingAiFactory", entry.GetProperty("detail").GetString(), StringComparison.Ordinal);
            if (userId is { } user)
            {
                Assert.Equal(user, entry.GetProperty("user_id").GetGuid());
            }
        }

        // Nobody else's: another organisation's owner finds nothing, and a viewer may not look.
        var other = await TestTenants.CreateAsync(failing.Services, "Failure Other Talent");
        var otherAdmin = failing.CreateClient();
        otherAdmin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", other.OwnerApiKey);
        Assert.Equal(0, (await otherAdmin.GetFromJsonAsync<JsonElement>("/api/v1/error-logs")).GetProperty("total").GetInt32());
        var viewerKey = failing.CreateClient();
        viewerKey.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tenant.ViewerApiKey);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewerKey.GetAsync("/api/v1/error-logs")).StatusCode);
    }

    [Fact]
    public async Task The_open_tab_counter_refuses_past_the_cap_and_frees_a_place_when_a_tab_goes()
    {
        var counter = new CircuitCounter();
        Assert.True(counter.TryAdd("ana", 2));
        Assert.True(counter.TryAdd("ana", 2));
        Assert.False(counter.TryAdd("ana", 2));
        Assert.True(counter.TryAdd("ben", 2));
        counter.Remove("ana");
        Assert.Equal(1, counter.CountOf("ana"));
        Assert.True(counter.TryAdd("ana", 2));

        // Every tab of a user closed, then a new one: the user's entry is back at 0 and must count up again.
        counter.Remove("ben");
        Assert.Equal(0, counter.CountOf("ben"));
        var reopened = Task.Run(() => counter.TryAdd("ben", 2));
        Assert.True(await Task.WhenAny(reopened, Task.Delay(TimeSpan.FromSeconds(10))) == reopened, "admitting a tab after all of the user's tabs closed never finished");
        Assert.True(await reopened);
        Assert.Equal(1, counter.CountOf("ben"));
    }

    private static void AssertNoDetails(string body)
    {
        Assert.DoesNotContain(FailingAiFactory.Secret, body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", body, StringComparison.Ordinal);
        Assert.DoesNotContain(" at RecruiterPortal", body, StringComparison.Ordinal);
        Assert.DoesNotContain(".cs:line", body, StringComparison.Ordinal);
    }

    private PortalFactory Portal(params (string Key, string Value)[] settings)
    {
        var portal = new PortalFactory(settings.ToDictionary(s => s.Key, s => (string?)s.Value));
        _portals.Add(portal);
        return portal;
    }

    /// <summary>A service that breaks with an internal message, to provoke the error paths.</summary>
    private sealed class FailingAiFactory : IAiChatClientFactory
    {
        public const string Secret = "internal detail 7d3a";

        public string DefaultProvider => throw new InvalidOperationException(Secret);

        public string? DefaultModel => throw new InvalidOperationException(Secret);

        public bool FallbackToBuiltIn => throw new InvalidOperationException(Secret);

        public string? Check(string? provider) => throw new InvalidOperationException(Secret);

        public string Resolve(string? provider) => throw new InvalidOperationException(Secret);

        public ResilientChatClient Create(string? model = null) => throw new InvalidOperationException(Secret);
    }
}
