using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using RecruiterPortal.Core.Candidates;
using RecruiterPortal.Core.Ingestion;
using RecruiterPortal.Tests.Fixtures;

namespace RecruiterPortal.Tests.Web;

public sealed class CandidateApiTests : IAsyncLifetime
{
    private readonly PortalFactory _factory = new();
    private SeededTenant _alpha = null!;
    private SeededTenant _beta = null!;

    public async Task InitializeAsync()
    {
        _alpha = await TestTenants.CreateAsync(_factory.Services, "Alpha Candidates");
        _beta = await TestTenants.CreateAsync(_factory.Services, "Beta Candidates");
        await using var scope = _factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoResumes>().SeedAsync(_alpha.Id, default);
    }

    public Task DisposeAsync()
    {
        _factory.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task The_list_pages_and_filters_by_canonical_skill()
    {
        var page1 = await GetAsync(_alpha.ViewerApiKey, "/api/v1/candidates?page=1&page_size=5");
        var page2 = await GetAsync(_alpha.ViewerApiKey, "/api/v1/candidates?page=2&page_size=5");
        var k8s = await GetAsync(_alpha.ViewerApiKey, "/api/v1/candidates?skill=k8s");
        var search = await GetAsync(_alpha.ViewerApiKey, "/api/v1/candidates?query=freight");

        Assert.Equal(8, page1.GetProperty("total").GetInt32());
        Assert.Equal(5, page1.GetProperty("page_size").GetInt32());
        Assert.Equal(5, page1.GetProperty("items").GetArrayLength());
        Assert.Equal(3, page2.GetProperty("items").GetArrayLength());
        var item = page1.GetProperty("items")[0];
        foreach (var field in new[] { "id", "full_name", "email", "title", "skills", "updated_at" })
        {
            Assert.True(item.TryGetProperty(field, out _), field);
        }

        Assert.Equal(["Priya Raman"], k8s.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("full_name").GetString()));
        Assert.Equal(["Marcus Lee"], search.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("full_name").GetString()));
        Assert.Equal(0, (await GetAsync(_beta.OwnerApiKey, "/api/v1/candidates")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_profile_has_the_contract_shape_and_another_tenants_id_is_404()
    {
        var id = (await GetAsync(_alpha.ViewerApiKey, "/api/v1/candidates?query=priya")).GetProperty("items")[0].GetProperty("id").GetGuid();

        var profile = await GetAsync(_alpha.ViewerApiKey, $"/api/v1/candidates/{id}");
        var other = await Client(_beta.OwnerApiKey).GetAsync($"/api/v1/candidates/{id}");

        Assert.Equal("priya.raman@example.com", profile.GetProperty("email").GetString());
        Assert.Contains("C#", profile.GetProperty("skills").EnumerateArray().Select(s => s.GetString()));
        var job = profile.GetProperty("experience")[0];
        Assert.Equal("Harbor Payments", job.GetProperty("company").GetString());
        Assert.True(job.GetProperty("is_current").GetBoolean());
        Assert.NotEmpty(job.GetProperty("bullets").EnumerateArray());
        foreach (var field in new[] { "phone", "location", "linkedin_url", "github_url", "website", "summary", "education", "projects", "certifications", "languages" })
        {
            Assert.True(profile.TryGetProperty(field, out _), field);
        }

        var resume = profile.GetProperty("resumes")[0];
        Assert.Equal("software-engineer.txt", resume.GetProperty("file_name").GetString());
        Assert.Equal(64, resume.GetProperty("sha256").GetString()!.Length);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);

        var file = await Client(_alpha.ViewerApiKey).GetAsync($"/api/v1/resumes/{resume.GetProperty("id").GetGuid()}/file");
        Assert.Contains("Priya Raman", await file.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await Client(_beta.OwnerApiKey).GetAsync($"/api/v1/resumes/{resume.GetProperty("id").GetGuid()}/file")).StatusCode);
    }

    [Fact]
    public async Task A_recruiter_corrects_a_profile_and_invalid_values_are_refused()
    {
        var id = (await GetAsync(_alpha.ViewerApiKey, "/api/v1/candidates?query=grace")).GetProperty("items")[0].GetProperty("id").GetGuid();

        var bad = await Client(_alpha.OwnerApiKey).PatchAsJsonAsync($"/api/v1/candidates/{id}", new { email = "not-an-email", website = "javascript:alert(1)" });
        var viewer = await Client(_alpha.ViewerApiKey).PatchAsJsonAsync($"/api/v1/candidates/{id}", new { location = "Dayton, OH" });
        var good = await Client(_alpha.OwnerApiKey).PatchAsJsonAsync($"/api/v1/candidates/{id}", new { phone = "+1 614 555 0999", skills = new[] { "zendesk", "Kubernetes", "k8s" } });

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("email", out _));
        Assert.True(errors.TryGetProperty("website", out _));
        Assert.Equal(HttpStatusCode.Forbidden, viewer.StatusCode);
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        var profile = await good.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["Zendesk", "Kubernetes"], profile.GetProperty("skills").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal("+1 614 555 0999", profile.GetProperty("phone").GetString());
    }

    private HttpClient Client(string key)
    {
        var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    private async Task<JsonElement> GetAsync(string key, string url)
    {
        var response = await Client(key).GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
