using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using RecruiterPortal.Tests.Fixtures;

namespace RecruiterPortal.Tests.Web;

/// <summary>
/// Tailors an uploaded resume to a posting through the HTTP API with the real pipeline workers:
/// the result never scores lower, adds no skill, renders no raw HTML and passes the guard.
/// </summary>
public sealed partial class TailorApiTests : IAsyncLifetime
{
    private const string Description = """
        We are hiring a Senior Backend Engineer to build payment APIs.

        Requirements:
        - 5+ years of C# and ASP.NET Core
        - Experience with SQL Server, Redis and Azure
        - Docker and Kubernetes in production

        Nice to have:
        - Terraform
        - Go
        """;

    private static readonly string Fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures");
    private readonly PortalFactory _portal = new(new Dictionary<string, string?> { ["Pipeline:PollInterval"] = "00:00:00.200" });
    private SeededTenant _tenant = null!;
    private SeededTenant _other = null!;
    private HttpClient _api = null!;

    public async Task InitializeAsync()
    {
        _tenant = await TestTenants.CreateAsync(_portal.Services, "Tailor Talent");
        _other = await TestTenants.CreateAsync(_portal.Services, "Other Talent");
        _api = Client(_tenant.OwnerApiKey);
    }

    public Task DisposeAsync()
    {
        _portal.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_resume_is_tailored_without_invented_content_and_only_its_tenant_can_read_it()
    {
        var (candidateId, jobPostingId) = await SeedAsync();

        var start = await _api.PostAsJsonAsync("/api/v1/tailor", new { candidate_id = candidateId, job_posting_id = jobPostingId, options = new { max_iterations = 5 } });
        Assert.Equal(HttpStatusCode.Accepted, start.StatusCode);
        var accepted = await start.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("pending", accepted.GetProperty("status").GetString());
        var tailorId = accepted.GetProperty("tailor_id").GetGuid();

        var view = await WaitForTailoringAsync(tailorId);
        Assert.True(view.GetProperty("status").GetString() == "completed", view.GetProperty("processing_error").ToString());
        var original = view.GetProperty("original");
        var tailored = view.GetProperty("tailored");
        Assert.True(tailored.GetProperty("match_score").GetDouble() >= original.GetProperty("match_score").GetDouble());
        Assert.Empty(view.GetProperty("analysis").GetProperty("added_skills").EnumerateArray());
        Assert.NotEmpty(view.GetProperty("analysis").GetProperty("matched_skills").EnumerateArray());
        Assert.Equal("built_in", view.GetProperty("ai_provider").GetString());
        Assert.Equal(jobPostingId, view.GetProperty("job").GetProperty("id").GetGuid());
        var html = tailored.GetProperty("content_html").GetString()!;
        Assert.False(string.IsNullOrWhiteSpace(html));
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);

        var verify = await _api.PostAsJsonAsync("/api/v1/tailor/verify", new
        {
            original_markdown = original.GetProperty("content_markdown").GetString(),
            tailored_markdown = tailored.GetProperty("content_markdown").GetString(),
        });
        verify.EnsureSuccessStatusCode();
        Assert.True((await verify.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("ok").GetBoolean());

        var foreign = await Client(_other.OwnerApiKey).GetAsync($"/api/v1/tailor/{tailorId}");
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        var foreignStart = await Client(_other.OwnerApiKey).PostAsJsonAsync("/api/v1/tailor", new { candidate_id = candidateId, job_posting_id = jobPostingId });
        Assert.Equal(HttpStatusCode.NotFound, foreignStart.StatusCode);
    }

    [Fact]
    public async Task Bad_options_are_a_400_naming_the_field_and_a_viewer_key_is_refused()
    {
        var invalid = await _api.PostAsJsonAsync("/api/v1/tailor", new { candidate_id = Guid.NewGuid(), job_posting_id = Guid.NewGuid(), options = new { max_iterations = 11 } });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Contains("max_iterations", await invalid.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var unknown = await _api.PostAsJsonAsync("/api/v1/tailor", new { candidate_id = Guid.NewGuid(), job_posting_id = Guid.NewGuid() });
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _api.GetAsync($"/api/v1/tailor/{Guid.NewGuid()}")).StatusCode);

        var viewer = await Client(_tenant.ViewerApiKey).PostAsJsonAsync("/api/v1/tailor", new { candidate_id = Guid.NewGuid(), job_posting_id = Guid.NewGuid() });
        Assert.Equal(HttpStatusCode.Forbidden, viewer.StatusCode);
    }

    private async Task<(Guid CandidateId, Guid JobPostingId)> SeedAsync()
    {
        var job = await ApiFlows.UploadResumeAsync(_api, await File.ReadAllBytesAsync(Path.Combine(Fixtures, "Resumes", "01_software_txt_caps.txt")), "daniel.txt");
        var candidateId = job.GetProperty("result").GetProperty("candidate_id").GetGuid();

        var posting = await _api.PostAsJsonAsync("/api/v1/job-postings", new { title = "Senior Backend Engineer", company = "Acme Pay", description = Description });
        Assert.Equal(HttpStatusCode.Created, posting.StatusCode);
        return (candidateId, (await posting.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
    }

    private Task<JsonElement> WaitForTailoringAsync(Guid tailorId) => WaitAsync($"/api/v1/tailor/{tailorId}");

    private Task<JsonElement> WaitAsync(string url) => ApiFlows.WaitUntilFinishedAsync(_api, url, seconds: 60);

    private HttpClient Client(string key)
    {
        var client = _portal.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }
}
