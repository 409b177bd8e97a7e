using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using RecruiterPortal.Tests.Fixtures;

namespace RecruiterPortal.Tests.Web;

public sealed class TailorVerifyApiTests : IAsyncLifetime
{
    private const string Original = """
        # Dana Whitfield
        dana@example.com | +1 555 0100

        ## Experience
        ### Backend Engineer — Northwind
        2019 – Present
        - Built Python services handling 2,000 requests per second
        - Ran PostgreSQL migrations

        ## Skills
        Python, PostgreSQL
        """;

    private readonly PortalFactory _portal = new();
    private SeededTenant _tenant = null!;

    public async Task InitializeAsync() => _tenant = await TestTenants.CreateAsync(_portal.Services, "Verify Talent");

    public Task DisposeAsync()
    {
        _portal.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_faithful_rewrite_passes_and_invented_facts_are_named()
    {
        var faithful = Original.Replace("- Ran PostgreSQL migrations", "- Ran PostgreSQL schema migrations", StringComparison.Ordinal);
        var invented = Original
            .Replace("Northwind", "Google", StringComparison.Ordinal)
            .Replace("2,000 requests", "20,000 requests", StringComparison.Ordinal)
            .Replace("Python, PostgreSQL", "Python, PostgreSQL, Kubernetes", StringComparison.Ordinal);

        var ok = await VerifyAsync(_tenant.OwnerApiKey, Original, faithful);
        var bad = await VerifyAsync(_tenant.OwnerApiKey, Original, invented);

        Assert.True(ok.GetProperty("ok").GetBoolean());
        Assert.Empty(ok.GetProperty("violations").EnumerateArray());
        Assert.False(bad.GetProperty("ok").GetBoolean());
        var types = bad.GetProperty("violations").EnumerateArray().Select(v => v.GetProperty("type").GetString()).ToHashSet();
        Assert.Contains("new_employer", types);
        Assert.Contains("new_number", types);
        Assert.Contains("new_skill", types);
        Assert.All(bad.GetProperty("violations").EnumerateArray(), v => Assert.False(string.IsNullOrWhiteSpace(v.GetProperty("detail").GetString())));
    }

    [Fact]
    public async Task Missing_input_is_a_clear_400_and_a_viewer_key_is_refused()
    {
        var client = Client(_tenant.OwnerApiKey);
        var missing = await client.PostAsJsonAsync("/api/v1/tailor/verify", new { original_markdown = Original });
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("tailored_markdown", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var viewer = await Client(_tenant.ViewerApiKey).PostAsJsonAsync("/api/v1/tailor/verify", new { original_markdown = Original, tailored_markdown = Original });
        Assert.Equal(HttpStatusCode.Forbidden, viewer.StatusCode);
    }

    private HttpClient Client(string key)
    {
        var client = _portal.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    private async Task<JsonElement> VerifyAsync(string key, string original, string tailored)
    {
        var response = await Client(key).PostAsJsonAsync("/api/v1/tailor/verify", new { original_markdown = original, tailored_markdown = tailored });
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
