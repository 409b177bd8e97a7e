using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using RecruiterPortal.Core.Scoring;
using RecruiterPortal.Tests.Fixtures;

namespace RecruiterPortal.Tests.Web;

/// <summary>
/// AI scores through the HTTP API with the portal's <c>Ai:*</c> settings pointing at a fake
/// OpenAI-compatible server that answers well, malformed, with invented evidence and too slowly:
/// the real pipeline, database and HTTP client; only the model is scripted.
/// </summary>
public sealed class AiScoreApiTests : IAsyncLifetime
{
    private const string Description = """
        We are hiring a Senior Backend Engineer to build payment APIs.

        Requirements:
        - 5+ years of C# and ASP.NET Core
        - Experience with SQL Server, Redis and Azure
        - Docker and Kubernetes in production
        """;

    private const string Invented = "Led a team of 500 engineers at NASA";

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
    public async Task Good_invented_and_malformed_answers_give_a_score_a_flagged_score_and_a_clear_failure_that_loses_nothing()
    {
        var api = await ApiAsync();
        var (candidateId, jobPostingId) = await SeedAsync(api);
        var url = $"/api/v1/job-postings/{jobPostingId}/candidates/{candidateId}/ai-score";

        // A good answer: every requirement met with a line of the resume, overall 0.9.
        _server.Script(request => Reply(request, 0.9, _ => null));
        var good = await ScoreAsync(api, url);
        var current = good.GetProperty("current");
        Assert.True(current.GetProperty("status").GetString() == "completed", current.ToString());
        Assert.Equal("llm", current.GetProperty("source").GetString());
        Assert.Equal("fake-model", current.GetProperty("ai_model").GetString());
        Assert.Equal(0.9, current.GetProperty("overall_score").GetDouble());
        var requirements = current.GetProperty("requirements").EnumerateArray().ToList();
        Assert.NotEmpty(requirements);
        Assert.All(requirements, r => Assert.Equal("met", r.GetProperty("verdict").GetString()));
        Assert.All(requirements, r => Assert.False(string.IsNullOrEmpty(r.GetProperty("evidence").GetString())));
        Assert.Equal(AiScorePrompt.RequirementIdsIn(_server.Requests[^1].User), requirements.Select(r => r.GetProperty("requirement_id").GetString()));
        Assert.Contains("\"overall_score\":0.9", current.GetProperty("raw_response").GetString(), StringComparison.Ordinal);

        var local = good.GetProperty("local_score").GetDouble();
        var resolution = current.GetProperty("resolution");
        Assert.Equal(local, resolution.GetProperty("local_score").GetDouble(), 4);
        Assert.Equal(0.9, resolution.GetProperty("ai_score").GetDouble());
        Assert.Equal(0.5, resolution.GetProperty("ai_weight").GetDouble());
        Assert.Equal(0.5 * local + 0.45, resolution.GetProperty("resolved_score").GetDouble(), 3);
        Assert.Equal(Math.Abs(local - 0.9) >= 0.25, resolution.GetProperty("needs_review").GetBoolean());
        var goodId = current.GetProperty("id").GetGuid();

        // Invented evidence: the quote is dropped, the verdict lowered, and the pair flagged for review.
        _server.Script(request => Reply(request, 0.9, id => id == "R1" ? Invented : null));
        var invented = (await ScoreAsync(api, url)).GetProperty("current");
        Assert.Equal("completed", invented.GetProperty("status").GetString());
        var first = invented.GetProperty("requirements")[0];
        Assert.Equal("missing", first.GetProperty("verdict").GetString());
        Assert.True(first.GetProperty("evidence_rejected").GetBoolean());
        Assert.Equal(JsonValueKind.Null, first.GetProperty("evidence").ValueKind);
        Assert.Contains(invented.GetProperty("warnings").EnumerateArray(), w => w.GetString()!.Contains(Invented, StringComparison.Ordinal));
        Assert.True(invented.GetProperty("resolution").GetProperty("needs_review").GetBoolean());
        Assert.Contains("does not contain", invented.GetProperty("resolution").GetProperty("review_reason").GetString(), StringComparison.Ordinal);
        Assert.Contains(Invented, invented.GetProperty("raw_response").GetString(), StringComparison.Ordinal);
        var inventedId = invented.GetProperty("id").GetGuid();

        // Not JSON, twice: the row fails with the reason and the raw answer; the last good score stands.
        _server.Script(_ => new FakeReply(Content: "The candidate looks like a strong fit overall."));
        var prose = await ScoreAsync(api, url);
        var failed = prose.GetProperty("latest");
        Assert.Equal("failed", failed.GetProperty("status").GetString());
        Assert.Equal("ai_unreadable", failed.GetProperty("error_code").GetString());
        Assert.Equal("The AI answer could not be used (the answer contained no JSON object; 2 answers). No AI score was stored; the earlier scores are unchanged. The raw answer is kept for audit.", failed.GetProperty("error").GetString());
        Assert.Equal("The candidate looks like a strong fit overall.", failed.GetProperty("raw_response").GetString());
        Assert.Equal(2, failed.GetProperty("usage").GetProperty("requests").GetInt32());
        Assert.Equal(inventedId, prose.GetProperty("current").GetProperty("id").GetGuid());

        // The wrong shape and a score out of range fail the same way.
        _server.Script(_ => new FakeReply(Content: "{\"overall_score\": 7.5, \"requirements\": []}"));
        var range = (await ScoreAsync(api, url)).GetProperty("latest");
        Assert.Equal("failed", range.GetProperty("status").GetString());
        Assert.StartsWith("The AI answer could not be used (overall_score 7.5 is outside 0–1;", range.GetProperty("error").GetString(), StringComparison.Ordinal);

        _server.Script(_ => new FakeReply(Content: "{\"verdicts\": {\"R1\": \"met\"}}"));
        var shape = (await ScoreAsync(api, url)).GetProperty("latest");
        Assert.StartsWith("The AI answer could not be used (the JSON had no numeric overall_score;", shape.GetProperty("error").GetString(), StringComparison.Ordinal);

        // One unreadable answer is asked for again; the second, good answer is used.
        _server.Script(request => Reply(request, 0.4, _ => null), _ => new FakeReply(Content: "not json"));
        var retried = await ScoreAsync(api, url);
        Assert.Equal("completed", retried.GetProperty("latest").GetProperty("status").GetString());
        Assert.Equal(2, retried.GetProperty("current").GetProperty("usage").GetProperty("requests").GetInt32());
        Assert.Contains("could not be used", _server.Requests[^1].User, StringComparison.Ordinal);

        // Every attempt is its own row, each answer asked for once (twice when unreadable), and the
        // history lists all six, newest first: completed, three failures, the flagged one, the good one.
        var attempts = retried.GetProperty("attempts").EnumerateArray().ToList();
        Assert.Equal(["completed", "failed", "failed", "failed", "completed", "completed"], attempts.Select(a => a.GetProperty("status").GetString()));
        Assert.Equal(goodId, attempts[^1].GetProperty("id").GetGuid());
        Assert.Equal(inventedId, attempts[^2].GetProperty("id").GetGuid());
        Assert.True(attempts[^2].GetProperty("needs_review").GetBoolean());
        Assert.Equal("llm", attempts[0].GetProperty("source").GetString());
        Assert.Equal(0.4, attempts[0].GetProperty("overall_score").GetDouble(), 3);
        Assert.Equal(JsonValueKind.Null, attempts[1].GetProperty("overall_score").ValueKind);
        Assert.NotEqual(goodId, inventedId);
        Assert.Equal(10, _server.Requests.Count);
        Assert.All(_server.Requests, r => Assert.Equal(AiScorePrompt.System, r.System));
    }

    [Fact]
    public async Task A_model_slower_than_the_timeout_fails_the_score_with_the_reason()
    {
        _server.Script(request => Reply(request, 0.9, _ => null) with { Delay = TimeSpan.FromSeconds(30) });
        var api = await ApiAsync(("Ai:TimeoutSeconds", "1"), ("Ai:MaxRetries", "0"));
        var (candidateId, jobPostingId) = await SeedAsync(api);

        var result = await ScoreAsync(api, $"/api/v1/job-postings/{jobPostingId}/candidates/{candidateId}/ai-score");

        var latest = result.GetProperty("latest");
        Assert.Equal("failed", latest.GetProperty("status").GetString());
        Assert.Equal("ai_unavailable", latest.GetProperty("error_code").GetString());
        Assert.Equal("The AI provider did not answer (timeout after 1 s, 1 attempt). No AI score was stored; the earlier scores are unchanged. Try again later.", latest.GetProperty("error").GetString());
        Assert.Equal(JsonValueKind.Null, result.GetProperty("current").ValueKind);
        Assert.NotEmpty(result.GetProperty("matcher_verdicts").EnumerateArray());
    }

    [Fact]
    public async Task Without_a_model_the_matcher_gives_the_verdicts_and_unknown_pairs_are_404()
    {
        var api = await ApiAsync(("Ai:Provider", "built-in"));
        var (candidateId, jobPostingId) = await SeedAsync(api);
        var url = $"/api/v1/job-postings/{jobPostingId}/candidates/{candidateId}/ai-score";

        var before = await api.GetFromJsonAsync<JsonElement>(url);
        Assert.False(before.GetProperty("llm_configured").GetBoolean());
        Assert.Equal(JsonValueKind.Null, before.GetProperty("latest").ValueKind);
        var matcher = before.GetProperty("matcher_verdicts").EnumerateArray().ToList();
        Assert.Contains(matcher, v => v.GetProperty("requirement").GetString() == "C# (required)" && v.GetProperty("verdict").GetString() == "met");

        var scored = await ScoreAsync(api, url);
        var current = scored.GetProperty("current");
        Assert.Equal("completed", current.GetProperty("status").GetString());
        Assert.Equal("matcher", current.GetProperty("source").GetString());
        Assert.Equal(JsonValueKind.Null, current.GetProperty("raw_response").ValueKind);
        Assert.Equal(before.GetProperty("matcher_score").GetDouble(), current.GetProperty("overall_score").GetDouble(), 4);
        Assert.Equal(matcher.Select(v => v.GetProperty("verdict").GetString()), current.GetProperty("requirements").EnumerateArray().Select(v => v.GetProperty("verdict").GetString()));
        Assert.True(current.GetProperty("resolution").GetProperty("resolved_score").GetDouble() > 0);
        Assert.Empty(_server.Requests);

        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/job-postings/{jobPostingId}/candidates/{Guid.NewGuid()}/ai-score")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.PostAsync($"/api/v1/job-postings/{Guid.NewGuid()}/candidates/{candidateId}/ai-score", null)).StatusCode);
    }

    /// <summary>An answer judging every requirement asked as met, quoting the resume's longest line unless <paramref name="quote"/> gives another.</summary>
    private static FakeReply Reply(FakeChatRequest request, double overall, Func<string, string?> quote)
    {
        var line = request.Resume.Split('\n').Select(l => l.Trim()).OrderByDescending(l => l.Length).First();
        var ids = AiScorePrompt.RequirementIdsIn(request.User);
        return new FakeReply(Content: JsonSerializer.Serialize(new
        {
            overall_score = overall,
            summary = "Scripted assessment.",
            requirements = ids.Select(id => new { id, verdict = "met", evidence = quote(id) ?? line, reason = "scripted" }),
        }));
    }

    private async Task<HttpClient> ApiAsync(params (string Key, string Value)[] overrides)
    {
        var portal = new PortalFactory(_server.PortalSettings(overrides));
        _portals.Add(portal);
        var tenant = await TestTenants.CreateAsync(portal.Services, "Score Talent");
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

    /// <summary>Starts an AI score and polls the pair until that attempt has finished; returns the pair's overview.</summary>
    private static async Task<JsonElement> ScoreAsync(HttpClient api, string url)
    {
        var start = await api.PostAsync(url, null);
        Assert.Equal(HttpStatusCode.Accepted, start.StatusCode);
        var id = (await start.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            var overview = await api.GetFromJsonAsync<JsonElement>(url);
            var latest = overview.GetProperty("latest");
            if ((latest.GetProperty("id").GetGuid() == id && latest.GetProperty("status").GetString() is "completed" or "failed") || DateTime.UtcNow > deadline)
            {
                return overview;
            }

            await Task.Delay(200);
        }
    }
}
