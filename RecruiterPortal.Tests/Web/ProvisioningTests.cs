using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using RecruiterPortal.Tests.Fixtures;

namespace RecruiterPortal.Tests.Web;

public sealed class ProvisioningTests : IDisposable
{
    private const string AcmeKey = "rpk_bootstrap-acme-0123456789abcdefghijklmnop";
    private const string BoltKey = "rpk_bootstrap-bolt-0123456789abcdefghijklmnop";
    private readonly TestDatabase _database = TestDatabase.Sqlite();

    [Fact]
    public async Task Bootstrap_creates_a_tenant_owner_and_key_once_and_a_restart_with_other_values_adds_another()
    {
        using (var first = Portal(Bootstrap("Acme Talent", "boss@acme.test", "acme owner pass phrase", AcmeKey)))
        {
            Assert.Equal("Acme Talent", (await MeAsync(first, AcmeKey)).GetProperty("tenant").GetProperty("name").GetString());
            var signIn = await AuthenticationTests.SignInAsync(first.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }), "boss@acme.test", "acme owner pass phrase");
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        }

        var acmeBefore = await SnapshotAsync("Acme Talent");
        using (var restart = Portal(Bootstrap("Acme Talent", "someone-else@acme.test", "another pass phrase", BoltKey)))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await restart.CreateClient().SendAsync(WithKey("/api/v1/me", BoltKey))).StatusCode);
        }

        using (var second = Portal(Bootstrap("Bolt Staffing", "boss@bolt.test", "bolt owner pass phrase", BoltKey)))
        {
            Assert.Equal("Bolt Staffing", (await MeAsync(second, BoltKey)).GetProperty("tenant").GetProperty("name").GetString());
            Assert.Equal("Acme Talent", (await MeAsync(second, AcmeKey)).GetProperty("tenant").GetProperty("name").GetString());
        }

        await using var db = _database.CreateContext();
        Assert.Equal(["Acme Talent", "Bolt Staffing"], await db.Tenants.OrderBy(t => t.Name).Select(t => t.Name).ToListAsync());
        Assert.Equal(acmeBefore, await SnapshotAsync("Acme Talent"));
        Assert.Null(await db.Users.SingleOrDefaultAsync(u => u.Email == "someone-else@acme.test"));
    }

    [Fact]
    public async Task Without_any_tenant_the_set_up_page_creates_the_first_and_then_closes()
    {
        using var portal = Portal(new Dictionary<string, string?>());
        var client = portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var login = await client.GetAsync("/Account/Login");
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.EndsWith("/Account/Setup", login.Headers.Location!.OriginalString, StringComparison.Ordinal);

        var created = await FormPoster.SubmitAsync(client, "/Account/Setup", "setup", new Dictionary<string, string>
        {
            ["Input.OrganisationName"] = "First Light Recruiting",
            ["Input.DisplayName"] = "Ada First",
            ["Input.Email"] = "ada@firstlight.test",
            ["Input.Password"] = "first light pass phrase",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Contains("First Light Recruiting", await client.GetStringAsync("/"), StringComparison.Ordinal);

        var again = await portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).GetAsync("/Account/Setup");
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.EndsWith("/Account/Login", again.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Organisation_sign_up_can_be_turned_off()
    {
        using var portal = Portal(new Dictionary<string, string?> { ["Tenancy:AllowSignup"] = "false", ["Bootstrap:TenantName"] = "Only Tenant", ["Bootstrap:AdminEmail"] = "only@only.test", ["Bootstrap:AdminPassword"] = "only tenant pass phrase" });
        var client = portal.CreateClient();

        var login = await client.GetStringAsync("/Account/Login");
        var signup = await client.GetStringAsync("/Account/Signup");

        Assert.DoesNotContain("Create an organisation</a>", login, StringComparison.Ordinal);
        Assert.Contains("Sign-up is turned off", signup, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"_handler\" value=\"signup\"", signup, StringComparison.Ordinal);
    }

    public void Dispose() => _database.Dispose();

    private static Dictionary<string, string?> Bootstrap(string tenant, string email, string password, string key) => new()
    {
        ["Bootstrap:TenantName"] = tenant,
        ["Bootstrap:AdminEmail"] = email,
        ["Bootstrap:AdminPassword"] = password,
        ["Bootstrap:ApiKey"] = key,
    };

    private PortalFactory Portal(Dictionary<string, string?> settings)
    {
        foreach (var (key, value) in _database.Settings)
        {
            settings[key] = value;
        }

        return new PortalFactory(settings);
    }

    private async Task<string> SnapshotAsync(string tenantName)
    {
        await using var db = _database.CreateContext();
        var tenant = await db.Tenants.SingleAsync(t => t.Name == tenantName);
        var users = await db.Users.Where(u => u.TenantId == tenant.Id).OrderBy(u => u.Email).Select(u => u.Email + "/" + u.PasswordHash + "/" + u.Role).ToListAsync();
        var keys = await db.ApiKeys.IgnoreQueryFilters().Where(k => k.TenantId == tenant.Id).Select(k => k.KeyHash).ToListAsync();
        return $"{tenant.Id}|{tenant.Slug}|{string.Join(",", users)}|{string.Join(",", keys)}";
    }

    private static HttpRequestMessage WithKey(string path, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return request;
    }

    private static async Task<JsonElement> MeAsync(PortalFactory portal, string key)
    {
        var response = await portal.CreateClient().SendAsync(WithKey("/api/v1/me", key));
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
