using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RecruiterPortal.Core.Audit;
using RecruiterPortal.Core.CoverLetters;
using RecruiterPortal.Core.Data;
using RecruiterPortal.Core.Skills;
using RecruiterPortal.Tests.Fixtures;
using RecruiterPortal.Tests.Unit.CoverLetters;

namespace RecruiterPortal.Tests.Web;

/// <summary>
/// Writing samples and cover letters through the HTTP API with the real pipeline workers: the
/// one-active-sample rule, a letter written in the sample's style that passes the guard and names
/// only the resume's employers and skills, exports, and the role checks.
/// </summary>
public sealed class CoverLetterApiTests : IAsyncLifetime
{
    internal const string Description = """
        We are hiring a Senior Backend Engineer to build payment APIs.

        Requirements:
        - 5+ years of C# and ASP.NET Core
        - Experience with SQL Server, Redis and Azure
        - Docker and Kubernetes in production
        - Apache Kafka event streaming

        Nice to have:
        - Terraform
        """;

    private static readonly string Fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures");
    private readonly PortalFactory _portal = new(new Dictionary<string, string?> { ["Pipeline:PollInterval"] = "00:00:00.200" });
    private SeededTenant _tenant = null!;
    private HttpClient _api = null!;

    public async Task InitializeAsync()
    {
        _tenant = await TestTenants.CreateAsync(_portal.Services, "Letter Talent");
        _api = Client(_tenant.OwnerApiKey);
    }

    public Task DisposeAsync()
    {
        _portal.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Only_the_newest_sample_of_a_type_is_active_and_earlier_ones_are_archived()
    {
        var (candidateId, _) = await SeedAsync(_api);

        var first = await AddSampleAsync(candidateId, "formal_long.txt");
        var second = await AddSampleAsync(candidateId, "casual_short.txt");
        var resumeSample = await _api.PostAsJsonAsync($"/api/v1/candidates/{candidateId}/writing-samples", new { text = WritingStyleExtractorTests.Letter("warm_professional.txt"), document_type = "resume" });
        Assert.Equal(HttpStatusCode.Created, resumeSample.StatusCode);

        using var upload = new MultipartFormDataContent { { new ByteArrayContent(await File.ReadAllBytesAsync(Path.Combine(Fixtures, "Letters", "warm_professional.txt"))), "file", "priya_letter.txt" } };
        var uploaded = await _api.PostAsync($"/api/v1/candidates/{candidateId}/writing-samples", upload);
        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        var third = await uploaded.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("priya_letter.txt", third.GetProperty("original_filename").GetString());
        Assert.Equal("enthusiastic_hook", third.GetProperty("extracted_style").GetProperty("paragraph_structure").GetProperty("opening_style").GetString());

        var list = await _api.GetFromJsonAsync<JsonElement>($"/api/v1/candidates/{candidateId}/writing-samples");
        var samples = list.EnumerateArray().ToList();
        Assert.Equal(4, samples.Count);
        var coverLetters = samples.Where(s => s.GetProperty("document_type").GetString() == "cover_letter").ToList();
        var active = Assert.Single(coverLetters, s => s.GetProperty("is_active").GetBoolean());
        Assert.Equal(third.GetProperty("id").GetGuid(), active.GetProperty("id").GetGuid());
        Assert.All(coverLetters.Where(s => s.GetProperty("id").GetGuid() != active.GetProperty("id").GetGuid()), s =>
        {
            Assert.False(s.GetProperty("is_active").GetBoolean());
            Assert.NotEqual(JsonValueKind.Null, s.GetProperty("archived_at").ValueKind);
        });
        Assert.Contains(new[] { first, second }, id => coverLetters.Any(s => s.GetProperty("id").GetGuid() == id));

        // A sample of another type has its own active one.
        Assert.Single(samples, s => s.GetProperty("document_type").GetString() == "resume" && s.GetProperty("is_active").GetBoolean());
        var style = samples[0].GetProperty("extracted_style");
        Assert.Equal(12.3, style.GetProperty("sentence_structure").GetProperty("avg_words_per_sentence").GetDouble());
        Assert.Equal("text_statistics", samples[0].GetProperty("extraction_model").GetString());

        await using var scope = _portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var log = await db.Set<AuditEntry>().IgnoreQueryFilters().Where(e => e.TenantId == _tenant.Id && e.Action == AuditActions.WritingSampleAdded).ToListAsync();
        Assert.Equal(4, log.Count);
        Assert.All(log, e => Assert.DoesNotContain("Priya", e.Detail ?? "", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_letter_is_written_in_the_samples_style_passes_the_guard_and_names_only_the_resumes_facts()
    {
        var (candidateId, jobPostingId) = await SeedAsync(_api);
        var sampleId = await AddSampleAsync(candidateId, "casual_short.txt");

        var view = await StartAsync(_api, new { candidate_id = candidateId, job_posting_id = jobPostingId });

        Assert.True(view.GetProperty("status").GetString() == "completed", view.GetProperty("processing_error").ToString());
        Assert.Equal("cover_letter", view.GetProperty("document_type").GetString());
        Assert.Equal(sampleId, view.GetProperty("writing_sample_id").GetGuid());
        Assert.Equal("casual", view.GetProperty("style").GetProperty("tone").GetString());
        var letter = view.GetProperty("tailored").GetProperty("content_markdown").GetString()!;
        var resume = view.GetProperty("original").GetProperty("content_markdown").GetString()!;
        Assert.StartsWith("Hi there,", letter, StringComparison.Ordinal);
        Assert.Contains("I'm ", letter, StringComparison.Ordinal);
        Assert.Contains("Brightline Payments", letter, StringComparison.Ordinal);
        Assert.Contains("Cheers,", letter, StringComparison.Ordinal);

        var guard = new CoverLetterGuard(SkillTaxonomy.Default);
        Assert.True(guard.Verify(resume, letter, "Senior Backend Engineer", "Acme Pay").Ok);
        var evidenced = SkillTaxonomy.Default.FindMentions(resume).Select(m => m.Skill.Name).ToHashSet(StringComparer.Ordinal);
        Assert.All(SkillTaxonomy.Default.FindMentions(letter.Replace("Senior Backend Engineer", "", StringComparison.Ordinal)), m => Assert.Contains(m.Skill.Name, evidenced));
        var missing = view.GetProperty("analysis").GetProperty("missing_skills").EnumerateArray().Select(s => s.GetString()!).ToList();
        Assert.Contains("Apache Kafka", missing);
        Assert.DoesNotContain("Kafka", letter, StringComparison.Ordinal);
        Assert.Contains(view.GetProperty("improvements").EnumerateArray(), i => i.GetProperty("type").GetString() == "evidence");

        var markdown = await _api.GetAsync($"/api/v1/cover-letters/{view.GetProperty("id").GetGuid()}/export?format=md");
        Assert.Equal(HttpStatusCode.OK, markdown.StatusCode);
        Assert.Equal(letter, await markdown.Content.ReadAsStringAsync());
        Assert.StartsWith("Cover letter - ", markdown.Content.Headers.ContentDisposition!.FileNameStar ?? markdown.Content.Headers.ContentDisposition.FileName, StringComparison.Ordinal);
        var docx = await _api.GetAsync($"/api/v1/cover-letters/{view.GetProperty("id").GetGuid()}/export?format=docx");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        Assert.Equal("PK", System.Text.Encoding.ASCII.GetString((await docx.Content.ReadAsByteArrayAsync())[..2]));

        // A tailored resume's id is not a cover letter.
        var tailor = await _api.PostAsJsonAsync("/api/v1/tailor", new { candidate_id = candidateId, job_posting_id = jobPostingId, options = new { max_iterations = 1 } });
        var tailorId = (await tailor.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("tailor_id").GetGuid();
        Assert.Equal(HttpStatusCode.NotFound, (await _api.GetAsync($"/api/v1/cover-letters/{tailorId}")).StatusCode);
    }

    [Fact]
    public async Task Without_a_sample_the_letter_is_plain_and_professional()
    {
        var (candidateId, jobPostingId) = await SeedAsync(_api);

        var view = await StartAsync(_api, new { candidate_id = candidateId, job_posting_id = jobPostingId });

        Assert.Equal("completed", view.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, view.GetProperty("writing_sample_id").ValueKind);
        var letter = view.GetProperty("tailored").GetProperty("content_markdown").GetString()!;
        Assert.StartsWith("Dear Hiring Manager,", letter, StringComparison.Ordinal);
        Assert.DoesNotContain("I'm ", letter, StringComparison.Ordinal);
        Assert.Contains("Sincerely,", letter, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Viewers_read_but_only_recruiters_add_samples_and_start_letters_and_bad_input_is_a_400()
    {
        var (candidateId, jobPostingId) = await SeedAsync(_api);
        var viewer = Client(_tenant.ViewerApiKey);

        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsJsonAsync($"/api/v1/candidates/{candidateId}/writing-samples", new { text = WritingStyleExtractorTests.Letter("formal_long.txt") })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsJsonAsync("/api/v1/cover-letters", new { candidate_id = candidateId, job_posting_id = jobPostingId })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync($"/api/v1/candidates/{candidateId}/writing-samples")).StatusCode);

        var tooShort = await _api.PostAsJsonAsync($"/api/v1/candidates/{candidateId}/writing-samples", new { text = "Too short to say anything." });
        Assert.Equal(HttpStatusCode.BadRequest, tooShort.StatusCode);
        Assert.Contains("at least 20 words", await tooShort.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var badType = await _api.PostAsJsonAsync($"/api/v1/candidates/{candidateId}/writing-samples", new { text = WritingStyleExtractorTests.Letter("formal_long.txt"), document_type = "poem" });
        Assert.Equal(HttpStatusCode.BadRequest, badType.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _api.PostAsJsonAsync($"/api/v1/candidates/{Guid.NewGuid()}/writing-samples", new { text = WritingStyleExtractorTests.Letter("formal_long.txt") })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _api.GetAsync($"/api/v1/candidates/{Guid.NewGuid()}/writing-samples")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await _api.PostAsJsonAsync("/api/v1/cover-letters", new { candidate_id = candidateId })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _api.PostAsJsonAsync("/api/v1/cover-letters", new { candidate_id = Guid.NewGuid(), job_posting_id = jobPostingId })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await _api.PostAsJsonAsync("/api/v1/cover-letters", new { candidate_id = candidateId, job_posting_id = jobPostingId, options = new { writing_sample_id = Guid.NewGuid() } })).StatusCode);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_new_endpoints()
    {
        var doc = await _api.GetStringAsync("/openapi/v1.json");
        foreach (var id in new[] { "ListWritingSamples", "AddWritingSample", "StartCoverLetter", "GetCoverLetter", "ExportCoverLetter" })
        {
            Assert.Contains($"\"{id}\"", doc, StringComparison.Ordinal);
        }
    }

    internal static async Task<(Guid CandidateId, Guid JobPostingId)> SeedAsync(HttpClient api)
    {
        var job = await ApiFlows.UploadResumeAsync(api, await File.ReadAllBytesAsync(Path.Combine(Fixtures, "Resumes", "01_software_txt_caps.txt")), "daniel.txt");
        var posting = await api.PostAsJsonAsync("/api/v1/job-postings", new { title = "Senior Backend Engineer", company = "Acme Pay", description = Description });
        Assert.Equal(HttpStatusCode.Created, posting.StatusCode);
        return (job.GetProperty("result").GetProperty("candidate_id").GetGuid(), (await posting.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
    }

    internal static async Task<JsonElement> StartAsync(HttpClient api, object request)
    {
        var start = await api.PostAsJsonAsync("/api/v1/cover-letters", request);
        Assert.Equal(HttpStatusCode.Accepted, start.StatusCode);
        var id = (await start.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("cover_letter_id").GetGuid();
        return await ApiFlows.WaitUntilFinishedAsync(api, $"/api/v1/cover-letters/{id}");
    }

    private async Task<Guid> AddSampleAsync(Guid candidateId, string letter)
    {
        var added = await _api.PostAsJsonAsync($"/api/v1/candidates/{candidateId}/writing-samples", new { text = WritingStyleExtractorTests.Letter(letter) });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        return (await added.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private HttpClient Client(string key)
    {
        var client = _portal.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }
}
