using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using RecruiterPortal.Tests.Fixtures;

namespace RecruiterPortal.Tests.Web;

/// <summary>
/// Tailoring through the HTTP API with the portal's <c>Ai:*</c> settings pointing at a fake
/// OpenAI-compatible server: the real pipeline, database and HTTP client; only the model is scripted.
/// </summary>
public sealed class TailorLlmApiTests : IAsyncLifetime
{
    private const string Description = """
        We are hiring a Senior Backend Engineer to build payment APIs.

        Requirements:
        - 5+ years of C# and ASP.NET Core
        - Experience with SQL Server, Redis and Azure
        - Docker and Kubernetes in production
        """;

    private static readonly string Fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures");
    private readonly List<PortalFactory> _portals = [];
    private FakeOpenAiServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeOpenAiServer.StartAsync();

    public async Task DisposeAsync()
    {
        foreach (var portal in _portals)
        {
            portal.Dispose();
        }

        await _server.DisposeAsync();
    }

    [Fact]
    public async Task The_model_tailors_the_resume_its_fabrication_is_undone_and_usage_is_recorded()
    {
        _server.Script(request => FakeReply.Rewrite(request, r => FakeReply.ReverseSkills(r).Replace("Brightline Payments", "Google", StringComparison.Ordinal), "Experience", "Named a bigger employer"));
        var api = await ApiAsync();
        var (candidateId, jobPostingId) = await SeedAsync(api);

        var view = await TailorAsync(api, new { candidate_id = candidateId, job_posting_id = jobPostingId, options = new { max_iterations = 1 } });

        Assert.True(view.GetProperty("status").GetString() == "completed", view.GetProperty("processing_error").ToString());
        Assert.Equal("openai-compatible", view.GetProperty("ai_provider").GetString());
        Assert.Equal("fake-model", view.GetProperty("ai_model").GetString());
        var usage = view.GetProperty("usage");
        Assert.True(usage.GetProperty("prompt_tokens").GetInt64() > 0);
        Assert.True(usage.GetProperty("completion_tokens").GetInt64() > 0);
        Assert.Equal(1, usage.GetProperty("requests").GetInt32());
        Assert.Equal(0, usage.GetProperty("retries").GetInt32());
        var tailored = view.GetProperty("tailored").GetProperty("content_markdown").GetString()!;
        Assert.DoesNotContain("Google", tailored, StringComparison.Ordinal);
        Assert.Contains("Brightline Payments", tailored, StringComparison.Ordinal);
        var rejected = view.GetProperty("rejected_changes").EnumerateArray().ToList();
        Assert.Contains(rejected, r => r.GetProperty("description").GetString()!.Contains("'Google' is not an employer in the original resume", StringComparison.Ordinal));
        Assert.Contains(view.GetProperty("improvements").EnumerateArray(), i => i.GetProperty("type").GetString() == "rewritten");
        Assert.Equal("fake-model", Assert.Single(_server.Requests).Model);
    }

    [Fact]
    public async Task When_the_model_keeps_failing_the_built_in_engine_tailors_with_a_warning()
    {
        _server.Script(_ => new FakeReply(500));
        var api = await ApiAsync(("Ai:MaxRetries", "1"));
        var (candidateId, jobPostingId) = await SeedAsync(api);

        var view = await TailorAsync(api, new { candidate_id = candidateId, job_posting_id = jobPostingId });

        Assert.Equal("completed", view.GetProperty("status").GetString());
        Assert.Equal("built_in", view.GetProperty("ai_provider").GetString());
        Assert.Equal("The AI provider did not answer (HTTP 500, 2 attempts); tailored with the built-in engine instead.", view.GetProperty("warnings")[0].GetString());
        Assert.Equal(2, view.GetProperty("usage").GetProperty("requests").GetInt32());
        Assert.Equal(1, view.GetProperty("usage").GetProperty("retries").GetInt32());
    }

    [Fact]
    public async Task Without_fallback_a_failing_model_fails_the_tailoring_with_the_reason()
    {
        _server.Script(_ => new FakeReply(429, RetryAfter: "0"));
        var api = await ApiAsync(("Ai:MaxRetries", "1"), ("Ai:FallbackToBuiltIn", "false"));
        var (candidateId, jobPostingId) = await SeedAsync(api);

        var view = await TailorAsync(api, new { candidate_id = candidateId, job_posting_id = jobPostingId });

        Assert.Equal("failed", view.GetProperty("status").GetString());
        Assert.Equal("The AI provider did not answer (HTTP 429, 2 attempts). The resume was not tailored; try again later or choose the built-in engine.", view.GetProperty("processing_error").GetString());
        Assert.Equal(JsonValueKind.Null, view.GetProperty("tailored").GetProperty("content_markdown").ValueKind);
    }

    [Fact]
    public async Task An_unknown_or_unconfigured_provider_is_a_400_saying_so()
    {
        var api = await ApiAsync();
        var unknown = await api.PostAsJsonAsync("/api/v1/tailor", new { candidate_id = Guid.NewGuid(), job_posting_id = Guid.NewGuid(), options = new { ai_provider = "gemini" } });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("ai_provider 'gemini' is not known", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var other = await api.PostAsJsonAsync("/api/v1/tailor", new { candidate_id = Guid.NewGuid(), job_posting_id = Guid.NewGuid(), options = new { ai_provider = "azure" } });
        Assert.Equal(HttpStatusCode.BadRequest, other.StatusCode);
        Assert.Contains("the configured provider is 'openai-compatible'", await other.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var builtInOnly = await ApiAsync(("Ai:Provider", "built-in"));
        var unconfigured = await builtInOnly.PostAsJsonAsync("/api/v1/tailor", new { candidate_id = Guid.NewGuid(), job_posting_id = Guid.NewGuid(), options = new { ai_provider = "openai" } });
        Assert.Equal(HttpStatusCode.BadRequest, unconfigured.StatusCode);
        Assert.Contains("ai_provider 'openai' is not configured on this portal", await unconfigured.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(_server.Requests);
    }

    private async Task<HttpClient> ApiAsync(params (string Key, string Value)[] overrides)
    {
        var portal = new PortalFactory(_server.PortalSettings(overrides));
        _portals.Add(portal);
        var tenant = await TestTenants.CreateAsync(portal.Services, "Llm Talent");
        var client = portal.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tenant.OwnerApiKey);
        return client;
    }

    private static async Task<(Guid CandidateId, Guid JobPostingId)> SeedAsync(HttpClient api)
    {
        var job = await ApiFlows.UploadResumeAsync(api, await File.ReadAllBytesAsync(Path.Combine(Fixtures, "Resumes", "01_software_txt_caps.txt")), "daniel.txt");

        var posting = await api.PostAsJsonAsync("/api/v1/job-postings", new { title = "Senior Backend Engineer", company = "Acme Pay", description = Description });
        Assert.Equal(HttpStatusCode.Created, posting.StatusCode);
        return (job.GetProperty("result").GetProperty("candidate_id").GetGuid(), (await posting.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
    }

    private static async Task<JsonElement> TailorAsync(HttpClient api, object request)
    {
        var start = await api.PostAsJsonAsync("/api/v1/tailor", request);
        Assert.Equal(HttpStatusCode.Accepted, start.StatusCode);
        var tailorId = (await start.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("tailor_id").GetGuid();
        return await WaitAsync(api, $"/api/v1/tailor/{tailorId}");
    }

    private static Task<JsonElement> WaitAsync(HttpClient api, string url) => ApiFlows.WaitUntilFinishedAsync(api, url);
}
