using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using RecruiterPortal.Core.CoverLetters;
using RecruiterPortal.Tests.Fixtures;
using RecruiterPortal.Tests.Unit.CoverLetters;

namespace RecruiterPortal.Tests.Web;

/// <summary>
/// Cover letters and style reading with the portal's <c>Ai:*</c> settings pointing at the fake
/// OpenAI-compatible server: a faithful letter is stored; a letter with an invented employer or
/// skill is flagged by the guard, sent back, and never stored.
/// </summary>
public sealed class CoverLetterLlmApiTests : IAsyncLifetime
{
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
    public async Task The_models_letter_is_stored_when_it_states_only_the_resumes_facts_and_the_style_is_in_the_prompt()
    {
        _server.Script(_ => Letter(Faithful), _ => StyleReply());
        var api = await ApiAsync();
        var (candidateId, jobPostingId) = await CoverLetterApiTests.SeedAsync(api);
        var sample = await api.PostAsJsonAsync($"/api/v1/candidates/{candidateId}/writing-samples", new { text = WritingStyleExtractorTests.Letter("formal_long.txt") });
        var style = (await sample.Content.ReadFromJsonAsync<JsonElement>());
        Assert.Equal("fake-model", style.GetProperty("extraction_model").GetString());
        Assert.Equal("professional_warm", style.GetProperty("extracted_style").GetProperty("tone").GetString());
        Assert.Equal(28.8, style.GetProperty("extracted_style").GetProperty("sentence_structure").GetProperty("avg_words_per_sentence").GetDouble());

        var view = await CoverLetterApiTests.StartAsync(api, new { candidate_id = candidateId, job_posting_id = jobPostingId, options = new { max_iterations = 2 } });

        Assert.True(view.GetProperty("status").GetString() == "completed", view.GetProperty("processing_error").ToString());
        Assert.Equal("openai-compatible", view.GetProperty("ai_provider").GetString());
        Assert.Equal(Faithful, view.GetProperty("tailored").GetProperty("content_markdown").GetString());
        Assert.Equal(1, view.GetProperty("iterations_used").GetInt32());
        var request = _server.Requests[^1];
        Assert.Contains(LlmCoverLetterWriter.StyleStart, request.User, StringComparison.Ordinal);
        Assert.Contains("\"tone\":\"professional_warm\"", request.User, StringComparison.Ordinal);
        Assert.Contains("Brightline Payments", request.Resume, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_letter_with_an_invented_employer_is_flagged_sent_back_and_replaced_by_the_built_in_letter()
    {
        _server.Script(_ => Letter(Invented));
        var api = await ApiAsync();
        var (candidateId, jobPostingId) = await CoverLetterApiTests.SeedAsync(api);

        var view = await CoverLetterApiTests.StartAsync(api, new { candidate_id = candidateId, job_posting_id = jobPostingId, options = new { ai_provider = "openai-compatible", max_iterations = 2 } });

        Assert.Equal("completed", view.GetProperty("status").GetString());
        Assert.Equal("built_in", view.GetProperty("ai_provider").GetString());
        var letter = view.GetProperty("tailored").GetProperty("content_markdown").GetString()!;
        Assert.DoesNotContain("Google", letter, StringComparison.Ordinal);
        Assert.Contains("Brightline Payments", letter, StringComparison.Ordinal);
        var rejected = Assert.Single(view.GetProperty("rejected_changes").EnumerateArray());
        var why = rejected.GetProperty("description").GetString()!;
        Assert.Contains("'Google' is not an employer or school in the resume", why, StringComparison.Ordinal);
        Assert.Contains("'Apache Kafka' is a skill the resume never mentions", why, StringComparison.Ordinal);
        Assert.StartsWith("The AI letter states things the resume does not support", view.GetProperty("warnings")[0].GetString(), StringComparison.Ordinal);

        // Two rounds: the second was told what the guard found.
        Assert.Equal(2, _server.Requests.Count);
        Assert.Contains("'Google' is not an employer or school in the resume: remove it.", _server.Requests[1].User, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_fallback_a_flagged_letter_fails_with_the_guards_reasons()
    {
        _server.Script(_ => Letter(Invented));
        var api = await ApiAsync(("Ai:FallbackToBuiltIn", "false"));
        var (candidateId, jobPostingId) = await CoverLetterApiTests.SeedAsync(api);

        var view = await CoverLetterApiTests.StartAsync(api, new { candidate_id = candidateId, job_posting_id = jobPostingId, options = new { max_iterations = 1 } });

        Assert.Equal("failed", view.GetProperty("status").GetString());
        Assert.Contains("'Google' is not an employer or school in the resume", view.GetProperty("processing_error").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, view.GetProperty("tailored").GetProperty("content_markdown").ValueKind);
    }

    private const string Faithful = """
        Dear Hiring Manager,

        I am writing to apply for the Senior Backend Engineer role at Acme Pay. I currently work as Senior Software Engineer at Brightline Payments.

        Furthermore, I cut p95 latency 40% by tuning SQL Server queries and adding Redis caching.

        I look forward to hearing from you.

        Yours sincerely,

        Daniel Okafor

        """;

    private const string Invented = """
        Dear Hiring Manager,

        I am writing to apply for the Senior Backend Engineer role at Acme Pay. Before Brightline Payments I worked at Google, where I ran Kafka clusters.

        Yours sincerely,

        Daniel Okafor

        """;

    private static FakeReply Letter(string text) => new(Content: JsonSerializer.Serialize(new { cover_letter_markdown = text }));

    private static FakeReply StyleReply() => new(Content: """{"tone": "professional_warm", "formality_level": 0.8, "signature_phrases": ["I look forward to discussing"]}""");

    private async Task<HttpClient> ApiAsync(params (string Key, string Value)[] overrides)
    {
        var portal = new PortalFactory(_server.PortalSettings(overrides));
        _portals.Add(portal);
        var tenant = await TestTenants.CreateAsync(portal.Services, "Llm Letters");
        var client = portal.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tenant.OwnerApiKey);
        return client;
    }
}
