using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RecruiterPortal.Core.Audit;
using RecruiterPortal.Core.Data;
using RecruiterPortal.Core.Reports;
using RecruiterPortal.Tests.Fixtures;

namespace RecruiterPortal.Tests.Web;

/// <summary>Shortlist reports over the HTTP API: made from a job's ranking, frozen, exported, deleted, per tenant.</summary>
public sealed class ReportApiTests : IAsyncLifetime
{
    private const string Job = "Requirements:\n- C# and .NET\n- PostgreSQL\n- Docker and Kubernetes\n\nNice to have:\n- Terraform";

    private static readonly (string File, string Text)[] Resumes =
    [
        ("ada.txt", "Ada Okonkwo\nada.okonkwo@example.com\n+44 20 7946 0101\n\nEXPERIENCE\nSenior Backend Engineer, Harbour Freight\n2016 - Present\n- Built REST APIs in C# and .NET on PostgreSQL\n- Ran Docker and Kubernetes in production\n\nSKILLS\nC#, .NET, PostgreSQL, Docker, Kubernetes, Terraform"),
        ("bruno.txt", "Bruno Castellanos\nbruno.castellanos@example.com\n+44 20 7946 0102\n\nEXPERIENCE\nBackend Developer, Quayside Ltd\n2020 - Present\n- Wrote services in C# and .NET\n\nSKILLS\nC#, .NET, SQL"),
        ("chiara.txt", "Chiara Lindqvist\nchiara.lindqvist@example.com\n+44 20 7946 0103\n\nEXPERIENCE\nData Analyst, Northwind Retail\n2021 - Present\n- Reported sales figures in Excel\n\nSKILLS\nExcel, Tableau"),
    ];

    private readonly PortalFactory _portal = new(new Dictionary<string, string?> { ["Pipeline:PollInterval"] = "00:00:00.200" });
    private SeededTenant _tenant = null!;
    private SeededTenant _other = null!;
    private Guid _jobId;
    private readonly Dictionary<string, Guid> _candidates = [];

    public async Task InitializeAsync()
    {
        _tenant = await TestTenants.CreateAsync(_portal.Services, "Report Talent");
        _other = await TestTenants.CreateAsync(_portal.Services, "Report Other");
        var api = Api(_tenant.OwnerApiKey);
        foreach (var (file, text) in Resumes)
        {
            var job = await ApiFlows.UploadResumeAsync(api, Encoding.UTF8.GetBytes(text), file);
            _candidates[text[..text.IndexOf('\n')]] = job.GetProperty("result").GetProperty("candidate_id").GetGuid();
        }

        var posting = await api.PostAsJsonAsync("/api/v1/job-postings", new { title = "Backend Engineer", company = "Acme", description = Job });
        posting.EnsureSuccessStatusCode();
        _jobId = (await posting.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public Task DisposeAsync()
    {
        _portal.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_shortlist_holds_the_top_n_in_ranking_order_with_skills_verdicts_and_creator()
    {
        var api = Api(_tenant.OwnerApiKey);
        var response = await api.PostAsJsonAsync($"/api/v1/job-postings/{_jobId}/reports", new { top_n = 2, title = "Backend shortlist" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = report.GetProperty("id").GetGuid();
        Assert.Equal($"/api/v1/reports/{id}", response.Headers.Location!.OriginalString);
        Assert.Equal("Backend shortlist", report.GetProperty("title").GetString());
        Assert.Equal("shortlist", report.GetProperty("kind").GetString());
        Assert.Equal(3, report.GetProperty("ranked_count").GetInt32());
        Assert.StartsWith("API key", report.GetProperty("created_by").GetString(), StringComparison.Ordinal);
        var rows = report.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal("Ada Okonkwo", rows[0].GetProperty("candidate_name").GetString());
        Assert.Equal(1, rows[0].GetProperty("rank").GetInt32());
        Assert.True(rows[0].GetProperty("local_score").GetDouble() >= rows[1].GetProperty("local_score").GetDouble());

        // The same order and scores as the job page's ranking at that moment.
        var ranking = await api.GetFromJsonAsync<JsonElement>($"/api/v1/job-postings/{_jobId}/matches?top=2");
        var live = ranking.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(live.Select(i => i.GetProperty("candidate_id").GetGuid()), rows.Select(r => r.GetProperty("candidate_id").GetGuid()));
        Assert.Equal(live.Select(i => i.GetProperty("score").GetDouble()), rows.Select(r => r.GetProperty("local_score").GetDouble()));

        var verdicts = rows[0].GetProperty("verdicts").EnumerateArray().ToList();
        Assert.Contains(verdicts, v => v.GetProperty("requirement").GetString() == "PostgreSQL" && v.GetProperty("kind").GetString() == "required_skill" && v.GetProperty("verdict").GetString() == "met");
        Assert.Contains(verdicts, v => v.GetProperty("requirement").GetString() == "Terraform" && v.GetProperty("kind").GetString() == "preferred_skill");
        var bruno = rows[1];
        Assert.Equal("Bruno Castellanos", bruno.GetProperty("candidate_name").GetString());
        Assert.Contains("Kubernetes", bruno.GetProperty("missing_skills").EnumerateArray().Select(s => s.GetString()));
        Assert.Contains(bruno.GetProperty("verdicts").EnumerateArray(), v => v.GetProperty("requirement").GetString() == "Kubernetes" && v.GetProperty("verdict").GetString() == "missing");
        Assert.Equal(JsonValueKind.Null, bruno.GetProperty("ai_score").ValueKind);
        Assert.Equal(JsonValueKind.Null, bruno.GetProperty("tailoring_status").ValueKind);

        var list = await api.GetFromJsonAsync<JsonElement>($"/api/v1/reports?job_posting_id={_jobId}");
        Assert.Contains(list.EnumerateArray(), r => r.GetProperty("id").GetGuid() == id && r.GetProperty("row_count").GetInt32() == 2);
        var log = await AuditAsync(_tenant.Id);
        Assert.Contains(log, e => e.Action == AuditActions.ReportCreated && e.EntityId == id.ToString());
    }

    [Fact]
    public async Task A_saved_report_stays_byte_identical_after_weights_resumes_and_the_job_change_and_everyone_is_rescored()
    {
        var api = Api(_tenant.OwnerApiKey);
        var created = await api.PostAsJsonAsync($"/api/v1/job-postings/{_jobId}/reports", new { top_n = 3 });
        created.EnsureSuccessStatusCode();
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var jsonBefore = await api.GetByteArrayAsync($"/api/v1/reports/{id}");
        var csvBefore = await api.GetByteArrayAsync($"/api/v1/reports/{id}/export?format=csv");
        var frozen = JsonDocument.Parse(jsonBefore).RootElement.GetProperty("rows").EnumerateArray()
            .ToDictionary(r => r.GetProperty("candidate_id").GetGuid(), r => r.GetProperty("local_score").GetDouble());

        // Everything a score depends on changes: the weights, a candidate's resume, and the job itself.
        (await api.PutAsJsonAsync("/api/v1/weightage-profile", new { required_skills = 0.1, preferred_skills = 0.6, keyword_relevance = 0.1, title_similarity = 0.1, experience_fit = 0.05, education_fit = 0.05 })).EnsureSuccessStatusCode();
        await ApiFlows.UploadResumeAsync(api, Encoding.UTF8.GetBytes(Resumes[1].Text.Replace("C#, .NET, SQL", "C#, .NET, SQL, PostgreSQL, Docker, Kubernetes, Terraform", StringComparison.Ordinal)), "bruno-v2.txt");
        (await api.PutAsJsonAsync($"/api/v1/job-postings/{_jobId}", new { title = "Platform Engineer", company = "Acme", description = Job + "\n- Python" })).EnsureSuccessStatusCode();

        var ranking = await api.GetFromJsonAsync<JsonElement>($"/api/v1/job-postings/{_jobId}/matches?top=10");
        var rescored = ranking.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("candidate_id").GetGuid(), i => i.GetProperty("score").GetDouble());
        Assert.Contains(frozen, f => rescored[f.Key] != f.Value);

        Assert.Equal(jsonBefore, await api.GetByteArrayAsync($"/api/v1/reports/{id}"));
        Assert.Equal(csvBefore, await api.GetByteArrayAsync($"/api/v1/reports/{id}/export?format=csv"));
        await using var scope = _portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var stored = await db.Set<ReportRow>().IgnoreQueryFilters().Where(r => r.ReportId == id).ToListAsync();
        Assert.Equal(frozen.Count, stored.Count);
        Assert.All(stored, r => Assert.Equal(frozen[r.CandidateId], r.LocalScore));
    }

    [Fact]
    public async Task A_row_keeps_the_candidates_latest_AI_score_and_its_verdict_counts()
    {
        var api = Api(_tenant.OwnerApiKey);
        var ada = _candidates["Ada Okonkwo"];
        var url = $"/api/v1/job-postings/{_jobId}/candidates/{ada}/ai-score";
        Assert.Equal(HttpStatusCode.Accepted, (await api.PostAsync(url, null)).StatusCode);
        var score = await ApiFlows.WaitUntilFinishedAsync(api, url, status: overview => overview.GetProperty("current"));
        var overall = score.GetProperty("current").GetProperty("overall_score").GetDouble();
        var verdicts = score.GetProperty("current").GetProperty("requirements").EnumerateArray().Select(v => v.GetProperty("verdict").GetString()).ToList();

        var report = await (await api.PostAsJsonAsync($"/api/v1/job-postings/{_jobId}/reports", new { top_n = 3 })).Content.ReadFromJsonAsync<JsonElement>();

        var rows = report.GetProperty("rows").EnumerateArray().ToList();
        var adaRow = rows.Single(r => r.GetProperty("candidate_id").GetGuid() == ada);
        Assert.Equal(overall, adaRow.GetProperty("ai_score").GetDouble(), 6);
        Assert.Contains($"{verdicts.Count(v => v == "met")} met", adaRow.GetProperty("ai_verdict_summary").GetString(), StringComparison.Ordinal);
        Assert.All(rows.Where(r => r.GetProperty("candidate_id").GetGuid() != ada), r => Assert.Equal(JsonValueKind.Null, r.GetProperty("ai_score").ValueKind));
    }

    [Fact]
    public async Task The_csv_has_a_header_one_row_per_candidate_and_the_lists_joined()
    {
        var api = Api(_tenant.OwnerApiKey);
        var created = await api.PostAsJsonAsync($"/api/v1/job-postings/{_jobId}/reports", new { top_n = 10, title = "All of them" });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var response = await api.GetAsync($"/api/v1/reports/{id}/export?format=csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("All of them.csv", response.Content.Headers.ContentDisposition!.FileNameStar);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(ReportCsv.Header, lines[0]);
        Assert.Equal(4, lines.Length);
        Assert.StartsWith($"1,Ada Okonkwo,{_candidates["Ada Okonkwo"]},Senior Backend Engineer,", lines[1], StringComparison.Ordinal);
        Assert.Contains(",C#; .NET; PostgreSQL; Docker; Kubernetes; Terraform,,6,6,C#: met; .NET: met;", lines[1], StringComparison.Ordinal);
        Assert.Contains(",none,", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("3,Chiara Lindqvist,", lines[3], StringComparison.Ordinal);

        var log = await AuditAsync(_tenant.Id);
        Assert.Contains(log, e => e.Action == AuditActions.ReportExported && e.EntityId == id.ToString() && e.Detail == "As csv");
    }

    [Fact]
    public async Task Bad_input_is_refused_with_the_field_named()
    {
        var api = Api(_tenant.OwnerApiKey);
        var tooMany = await api.PostAsJsonAsync($"/api/v1/job-postings/{_jobId}/reports", new { top_n = 101 });
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        Assert.Contains("top_n must be between 1 and 100", await tooMany.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var longTitle = await api.PostAsJsonAsync($"/api/v1/job-postings/{_jobId}/reports", new { title = new string('x', 201) });
        Assert.Equal(HttpStatusCode.BadRequest, longTitle.StatusCode);

        var missingJob = await api.PostAsJsonAsync($"/api/v1/job-postings/{Guid.NewGuid()}/reports", new { top_n = 3 });
        Assert.Equal(HttpStatusCode.NotFound, missingJob.StatusCode);

        var created = await api.PostAsJsonAsync($"/api/v1/job-postings/{_jobId}/reports", new { });
        var report = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(10, report.GetProperty("top_n").GetInt32());
        Assert.Equal("Shortlist: Backend Engineer", report.GetProperty("title").GetString());
        var badFormat = await api.GetAsync($"/api/v1/reports/{report.GetProperty("id").GetGuid()}/export?format=xlsx");
        Assert.Equal(HttpStatusCode.BadRequest, badFormat.StatusCode);
    }

    [Fact]
    public async Task Another_tenant_neither_lists_nor_reads_exports_or_deletes_a_report()
    {
        var api = Api(_tenant.OwnerApiKey);
        var created = await api.PostAsJsonAsync($"/api/v1/job-postings/{_jobId}/reports", new { top_n = 1 });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var other = Api(_other.OwnerApiKey);

        Assert.Empty((await other.GetFromJsonAsync<JsonElement>("/api/v1/reports")).EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/reports/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/reports/{id}/export?format=csv")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.DeleteAsync($"/api/v1/reports/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsJsonAsync($"/api/v1/job-postings/{_jobId}/reports", new { top_n = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"/api/v1/reports/{id}")).StatusCode);
    }

    [Fact]
    public async Task Deleting_removes_the_report_and_its_rows_and_is_audited()
    {
        var api = Api(_tenant.OwnerApiKey);
        var created = await api.PostAsJsonAsync($"/api/v1/job-postings/{_jobId}/reports", new { top_n = 2 });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        Assert.Equal(HttpStatusCode.Forbidden, (await Api(_tenant.ViewerApiKey).DeleteAsync($"/api/v1/reports/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync($"/api/v1/reports/{id}")).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/reports/{id}")).StatusCode);
        await using var scope = _portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        Assert.False(await db.Set<ReportRow>().IgnoreQueryFilters().AnyAsync(r => r.ReportId == id));
        var log = await AuditAsync(_tenant.Id);
        Assert.Contains(log, e => e.Action == AuditActions.ReportDeleted && e.EntityId == id.ToString() && e.Detail == "2 rows");
    }

    [Fact]
    public async Task Erasing_a_candidate_removes_their_rows_from_saved_reports()
    {
        var api = Api(_tenant.OwnerApiKey);
        var created = await api.PostAsJsonAsync($"/api/v1/job-postings/{_jobId}/reports", new { top_n = 3 });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        (await api.DeleteAsync($"/api/v1/candidates/{_candidates["Chiara Lindqvist"]}")).EnsureSuccessStatusCode();

        var after = await api.GetStringAsync($"/api/v1/reports/{id}");
        Assert.DoesNotContain("Chiara", after, StringComparison.Ordinal);
        Assert.Equal(2, JsonDocument.Parse(after).RootElement.GetProperty("rows").GetArrayLength());
    }

    [Fact]
    [Trait("Category", "Browser")]
    public async Task The_pdf_is_a_real_pdf_whose_text_holds_the_candidate_rows()
    {
        var api = Api(_tenant.OwnerApiKey);
        var created = await api.PostAsJsonAsync($"/api/v1/job-postings/{_jobId}/reports", new { top_n = 3, title = "Printed shortlist" });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var response = await api.GetAsync($"/api/v1/reports/{id}/export?format=pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("Printed shortlist.pdf", response.Content.Headers.ContentDisposition!.FileNameStar);
        var pdf = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF-"u8.ToArray(), pdf[..5]);
        var text = await ExternalTool.PdfTextAsync(pdf);
        Assert.Contains("Printed shortlist", text, StringComparison.Ordinal);
        Assert.Contains("Ada Okonkwo", text, StringComparison.Ordinal);
        Assert.Contains("Chiara Lindqvist", text, StringComparison.Ordinal);
    }

    private async Task<List<AuditEntry>> AuditAsync(Guid tenantId)
    {
        await using var scope = _portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return await db.Set<AuditEntry>().IgnoreQueryFilters().Where(e => e.TenantId == tenantId).ToListAsync();
    }

    private HttpClient Api(string key)
    {
        var client = _portal.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }
}
