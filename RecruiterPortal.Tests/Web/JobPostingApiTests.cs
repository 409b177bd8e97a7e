using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RecruiterPortal.Core.Data;
using RecruiterPortal.Core.Ingestion;
using RecruiterPortal.Core.Matching;
using RecruiterPortal.Core.Tenancy;
using RecruiterPortal.Tests.Fixtures;

namespace RecruiterPortal.Tests.Web;

/// <summary>
/// Job postings and matching through the HTTP API with the real pipeline workers: resumes are
/// uploaded and ingested, a pasted description is extracted, <c>score_job</c> fills the analysis
/// history, and rankings, single matches, weights and content rankings answer per tenant.
/// </summary>
public sealed class JobPostingApiTests : IAsyncLifetime
{
    private static readonly string Fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures");
    private readonly PortalFactory _portal = new(new Dictionary<string, string?> { ["Pipeline:PollInterval"] = "00:00:00.200" });
    private SeededTenant _tenant = null!;
    private HttpClient _api = null!;
    private HttpClient _viewer = null!;
    private HttpClient _other = null!;

    public async Task InitializeAsync()
    {
        _tenant = await TestTenants.CreateAsync(_portal.Services, "Matching Talent");
        var other = await TestTenants.CreateAsync(_portal.Services, "Other Talent");
        _api = Client(_tenant.OwnerApiKey);
        _viewer = Client(_tenant.ViewerApiKey);
        _other = Client(other.OwnerApiKey);
    }

    public Task DisposeAsync()
    {
        _portal.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_pasted_python_job_ranks_the_python_engineer_above_the_nurses_and_explains_a_match()
    {
        await SeedResumesAsync();
        var description = await File.ReadAllTextAsync(Path.Combine(Fixtures, "Jobs", "backend-python.txt"));
        var response = await _api.PostAsJsonAsync("/api/v1/job-postings", new { title = "Senior Backend Engineer (Python)", company = "Ledgerly", description, employment_type = "full_time", remote = true });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var job = await response.Content.ReadFromJsonAsync<JsonElement>();
        var jobId = job.GetProperty("id").GetGuid();
        Assert.Contains("Python", Strings(job.GetProperty("profile").GetProperty("required_skills")));
        Assert.Equal(1, job.GetProperty("version").GetInt32());

        var matches = await WaitForAnalysesAsync(jobId);
        var items = matches.GetProperty("items").EnumerateArray().ToList();
        var scores = items.Select(i => i.GetProperty("score").GetDouble()).ToList();
        Assert.Equal(scores.OrderDescending(), scores);
        Assert.Equal(10, matches.GetProperty("histogram").GetArrayLength());
        int RankOf(string name) => items.Where(i => i.GetProperty("candidate_name").GetString() == name).Min(i => i.GetProperty("rank").GetInt32());
        Assert.True(RankOf("Sofia Rossi") < RankOf("María José Álvarez"));
        Assert.True(RankOf("Sofia Rossi") < RankOf("Grace Thompson"));

        var sofia = items.First(i => i.GetProperty("candidate_name").GetString() == "Sofia Rossi");
        var sofiaId = sofia.GetProperty("candidate_id").GetGuid();
        var match = await _api.GetFromJsonAsync<JsonElement>($"/api/v1/match?candidate_id={sofiaId}&job_posting_id={jobId}");
        Assert.Equal(sofia.GetProperty("score").GetDouble(), match.GetProperty("score").GetDouble());
        Assert.False(string.IsNullOrWhiteSpace(match.GetProperty("explanation").GetString()));
        Assert.True(match.GetProperty("components").TryGetProperty("required_skills", out _));
        Assert.Contains("Python", Strings(match.GetProperty("matched_skills")));
        Assert.Contains(match.GetProperty("skill_comparison").EnumerateArray(), c =>
            c.GetProperty("skill").GetString() == "Python" && c.GetProperty("status").GetString() == "matched" && c.GetProperty("resume_mentions").GetInt32() > 0);

        // The score_job workers stored one analysis per current resume.
        await using (var scope = _portal.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<TenantContext>().Use(_tenant.Id);
            Assert.Empty((await scope.ServiceProvider.GetRequiredService<MatchingService>().UnanalysedResumeIdsAsync(jobId))!);
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            Assert.Equal(items.Count, await db.Set<ResumeAnalysis>().CountAsync());
        }

        var ranking = await _api.GetFromJsonAsync<JsonElement>($"/api/v1/candidates/{sofiaId}/content-ranking?job_posting_id={jobId}");
        Assert.NotEqual(0, ranking.GetProperty("experiences").GetArrayLength());
        Assert.False(ranking.GetProperty("user_modified").GetBoolean());

        var edit = await _api.PutAsJsonAsync($"/api/v1/job-postings/{jobId}", new { title = "Senior Backend Engineer (Python)", company = "Ledgerly", description = description + "\n- Experience with Redis", remote = true });
        Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
        var versions = await _api.GetFromJsonAsync<JsonElement>($"/api/v1/job-postings/{jobId}/versions");
        Assert.Equal([2, 1], versions.EnumerateArray().Select(v => v.GetProperty("version_number").GetInt32()));
        Assert.Equal(2, (await WaitForAnalysesAsync(jobId)).GetProperty("job_version").GetInt32());
    }

    [Fact]
    public async Task Other_tenants_get_404_viewers_cannot_write_and_only_admins_change_weights()
    {
        await SeedResumesAsync();
        var created = await (await _api.PostAsJsonAsync("/api/v1/job-postings", new { title = "ICU Nurse", description = await File.ReadAllTextAsync(Path.Combine(Fixtures, "Jobs", "nurse-icu.txt")) }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var jobId = created.GetProperty("id").GetGuid();
        var candidateId = (await _api.GetFromJsonAsync<JsonElement>("/api/v1/candidates")).GetProperty("items")[0].GetProperty("id").GetGuid();

        Assert.Equal(HttpStatusCode.Forbidden, (await _viewer.PostAsJsonAsync("/api/v1/job-postings", new { title = "x", description = "y" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await _viewer.DeleteAsync($"/api/v1/job-postings/{jobId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _viewer.GetAsync($"/api/v1/job-postings/{jobId}/matches?top=5")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await _api.PostAsJsonAsync("/api/v1/job-postings", new { title = "", description = "" })).StatusCode);

        foreach (var path in new[]
        {
            $"/api/v1/job-postings/{jobId}", $"/api/v1/job-postings/{jobId}/versions", $"/api/v1/job-postings/{jobId}/matches?top=5",
            $"/api/v1/match?candidate_id={candidateId}&job_posting_id={jobId}", $"/api/v1/candidates/{candidateId}/content-ranking?job_posting_id={jobId}",
            $"/api/v1/job-postings/{Guid.NewGuid()}",
        })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await _other.GetAsync(path)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await _other.DeleteAsync($"/api/v1/job-postings/{jobId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _other.PutAsJsonAsync($"/api/v1/job-postings/{jobId}", new { title = "x", description = "y" })).StatusCode);
        Assert.Equal(0, (await _other.GetFromJsonAsync<JsonElement>("/api/v1/job-postings")).GetProperty("total").GetInt32());

        var weights = await _api.GetFromJsonAsync<JsonElement>("/api/v1/weightage-profile");
        Assert.True(weights.GetProperty("is_default").GetBoolean());
        var body = new { required_skills = 0.5, preferred_skills = 0.1, keyword_relevance = 0.1, title_similarity = 0.1, experience_fit = 0.1, education_fit = 0.1 };
        Assert.Equal(HttpStatusCode.Forbidden, (await _viewer.PutAsJsonAsync("/api/v1/weightage-profile", body)).StatusCode);
        var saved = await (await _api.PutAsJsonAsync("/api/v1/weightage-profile", body)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, saved.GetProperty("version").GetInt32());
        Assert.Equal(0.5, (await _viewer.GetFromJsonAsync<JsonElement>("/api/v1/weightage-profile")).GetProperty("required_skills").GetDouble());
        Assert.True((await _other.GetFromJsonAsync<JsonElement>("/api/v1/weightage-profile")).GetProperty("is_default").GetBoolean());
        Assert.Equal(HttpStatusCode.BadRequest, (await _api.PutAsJsonAsync("/api/v1/weightage-profile", body with { required_skills = -1.0 })).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await _api.DeleteAsync($"/api/v1/job-postings/{jobId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _api.GetAsync($"/api/v1/job-postings/{jobId}")).StatusCode);
    }

    [Fact]
    public async Task A_description_file_becomes_a_posting_and_corrections_show_in_the_profile()
    {
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(await File.ReadAllBytesAsync(Path.Combine(Fixtures, "Jobs", "accountant.txt"))), "file", "accountant.txt" },
            { new StringContent("Staff Accountant"), "title" },
            { new StringContent("part_time"), "employment_type" },
        };
        var response = await _api.PostAsync("/api/v1/job-postings/upload", form);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var job = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("part_time", job.GetProperty("employment_type").GetString());
        Assert.Contains("Accounts Payable", job.GetProperty("description").GetString(), StringComparison.OrdinalIgnoreCase);
        var id = job.GetProperty("id").GetGuid();

        var corrected = await (await _api.PutAsJsonAsync($"/api/v1/job-postings/{id}/extraction", new { required_skills = new[] { "Excel", "QuickBooks" }, education_level = "bachelor" }))
            .Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, corrected.GetProperty("version").GetInt32());
        Assert.Equal(["required_skills", "education_level"], Strings(corrected.GetProperty("profile").GetProperty("corrected_fields")));
        Assert.Equal("bachelor", corrected.GetProperty("profile").GetProperty("education_level").GetString());

        using var empty = new MultipartFormDataContent { { new ByteArrayContent([]), "file", "empty.pdf" }, { new StringContent("x"), "title" } };
        Assert.Equal(HttpStatusCode.BadRequest, (await _api.PostAsync("/api/v1/job-postings/upload", empty)).StatusCode);
    }

    private HttpClient Client(string key)
    {
        var client = _portal.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    private static List<string> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToList();

    /// <summary>The demo resumes directly, plus fixture resumes uploaded and ingested by the workers.</summary>
    private async Task SeedResumesAsync()
    {
        await using (var scope = _portal.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoResumes>().SeedAsync(_tenant.Id, default);
        }

        using var form = new MultipartFormDataContent();
        foreach (var name in new[] { "18_python_backend_pdf_lo.pdf", "02_nurse_docx.docx", "33_icu_nurse_pdf_text.pdf" })
        {
            form.Add(new ByteArrayContent(await File.ReadAllBytesAsync(Path.Combine(Fixtures, "Resumes", name))), "files", name);
        }

        var response = await _api.PostAsync("/api/v1/resumes/upload-batch", form);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var jobIds = (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Select(i => i.GetProperty("job_id").GetGuid()).ToList();
        await WaitUntilAsync(async () =>
        {
            foreach (var id in jobIds)
            {
                var status = (await _api.GetFromJsonAsync<JsonElement>($"/api/v1/jobs/{id}")).GetProperty("status").GetString();
                Assert.NotEqual("failed", status);
                if (status != "completed")
                {
                    return false;
                }
            }

            return true;
        }, "resume ingestion");
    }

    /// <summary>Reads the ranking until the workers have stored an analysis for every current resume.</summary>
    private async Task<JsonElement> WaitForAnalysesAsync(Guid jobId)
    {
        JsonElement page = default;
        await WaitUntilAsync(async () =>
        {
            page = await _api.GetFromJsonAsync<JsonElement>($"/api/v1/job-postings/{jobId}/matches?top=50");
            return page.GetProperty("pending_count").GetInt32() == 0;
        }, "score_job");
        return page;
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> done, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!await done())
        {
            Assert.True(DateTime.UtcNow < deadline, $"{what} did not finish within a minute");
            await Task.Delay(200);
        }
    }
}
