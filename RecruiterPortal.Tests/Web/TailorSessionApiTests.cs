using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RecruiterPortal.Core.Data;
using RecruiterPortal.Core.Tenancy;
using RecruiterPortal.Tests.Fixtures;

namespace RecruiterPortal.Tests.Web;

/// <summary>Bulk tailoring sessions through the API, with workers running: every item is tailored once, counted once and exported.</summary>
public sealed class TailorSessionApiTests : IAsyncLifetime
{
    private static readonly TimeSpan FinishTimeout = TimeSpan.FromMinutes(2);

    private readonly PortalFactory _portal = new(new Dictionary<string, string?>
    {
        ["Pipeline:PollInterval"] = "00:00:00.200",
        ["Bulk:MaxCandidatesPerSession"] = "10",
    });

    private SeededTenant _tenant = null!;
    private SeededTenant _other = null!;
    private IReadOnlyList<Guid> _candidates = [];

    public async Task InitializeAsync()
    {
        _tenant = await TestTenants.CreateAsync(_portal.Services, "Bulk Talent");
        _other = await TestTenants.CreateAsync(_portal.Services, "Other Bulk Talent");
        using var scope = _portal.Services.CreateScope();
        _candidates = await SessionCandidates.SeedAsync(scope.ServiceProvider.GetRequiredService<PortalDbContext>(), _tenant.Id, 6);
    }

    public Task DisposeAsync()
    {
        _portal.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_session_tailors_every_candidate_once_and_exports_csv_and_a_zip()
    {
        var api = Api(_tenant.OwnerApiKey);
        var jobId = await CreateJobAsync(api);

        var start = await api.PostAsJsonAsync("/api/v1/tailor-sessions", new { job_posting_id = jobId, candidate_ids = _candidates, options = new { max_iterations = 2 } });

        Assert.Equal(HttpStatusCode.Accepted, start.StatusCode);
        var started = await start.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("processing", started.GetProperty("status").GetString());
        var sessionId = started.GetProperty("session_id").GetGuid();
        var session = await WaitUntilFinishedAsync(api, sessionId);
        Assert.Equal("completed", session.GetProperty("status").GetString());
        Assert.Equal(6, session.GetProperty("total_candidates").GetInt32());
        Assert.Equal(6, session.GetProperty("completed_count").GetInt32());
        Assert.Equal(0, session.GetProperty("failed_count").GetInt32());
        var items = session.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(_candidates.Order(), items.Select(i => i.GetProperty("candidate_id").GetGuid()).Order());
        Assert.All(items, i =>
        {
            Assert.Equal("completed", i.GetProperty("status").GetString());
            Assert.True(i.GetProperty("tailored_score").GetDouble() >= i.GetProperty("original_score").GetDouble());
        });

        // Each item is an ordinary tailoring, readable on its own.
        var tailorId = items[0].GetProperty("tailor_id").GetGuid();
        Assert.Equal("completed", (await api.GetFromJsonAsync<JsonElement>($"/api/v1/tailor/{tailorId}")).GetProperty("status").GetString());

        var list = await api.GetFromJsonAsync<JsonElement>("/api/v1/tailor-sessions?status=completed");
        Assert.Contains(list.EnumerateArray(), s => s.GetProperty("session_id").GetGuid() == sessionId && s.GetProperty("completed_count").GetInt32() == 6);

        var csv = await api.GetStringAsync($"/api/v1/tailor-sessions/{sessionId}/export.csv");
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("candidate,candidate_id,tailor_id,status,original_score,tailored_score,improvement", lines[0], StringComparison.Ordinal);
        Assert.Equal(7, lines.Length);
        Assert.All(lines.Skip(1), l => Assert.Contains(",completed,", l, StringComparison.Ordinal));

        var browser = await SignedInAsync(_tenant, PortalRoles.Viewer);
        var cookieCsv = await browser.GetAsync($"/files/sessions/{sessionId}/results.csv");
        Assert.Equal(HttpStatusCode.OK, cookieCsv.StatusCode);
        Assert.Equal("text/csv", cookieCsv.Content.Headers.ContentType?.MediaType);
        var zipResponse = await browser.GetAsync($"/files/sessions/{sessionId}/resumes.zip?format=md");
        Assert.Equal(HttpStatusCode.OK, zipResponse.StatusCode);
        using var zip = new ZipArchive(await zipResponse.Content.ReadAsStreamAsync(), ZipArchiveMode.Read);
        Assert.Equal(6, zip.Entries.Count);
        Assert.All(zip.Entries, e => Assert.EndsWith(".md", e.Name, StringComparison.Ordinal));
        using (var reader = new StreamReader(zip.Entries[0].Open()))
        {
            Assert.Contains("Buckeye Software", await reader.ReadToEndAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.BadRequest, (await browser.GetAsync($"/files/sessions/{sessionId}/resumes.zip?format=exe")).StatusCode);
    }

    [Fact]
    public async Task Top_n_takes_the_best_matches_and_the_limit_is_enforced()
    {
        var api = Api(_tenant.OwnerApiKey);
        var jobId = await CreateJobAsync(api);

        var start = await api.PostAsJsonAsync("/api/v1/tailor-sessions", new { job_posting_id = jobId, top_n = 3 });

        Assert.Equal(HttpStatusCode.Accepted, start.StatusCode);
        var sessionId = (await start.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("session_id").GetGuid();
        var session = await WaitUntilFinishedAsync(api, sessionId);
        Assert.Equal(3, session.GetProperty("total_candidates").GetInt32());
        Assert.Equal(3, session.GetProperty("completed_count").GetInt32() + session.GetProperty("failed_count").GetInt32());

        var tooMany = await api.PostAsJsonAsync("/api/v1/tailor-sessions", new { job_posting_id = jobId, top_n = 11 });
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        var none = await api.PostAsJsonAsync("/api/v1/tailor-sessions", new { job_posting_id = jobId });
        Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);
        var unknownJob = await api.PostAsJsonAsync("/api/v1/tailor-sessions", new { job_posting_id = Guid.NewGuid(), candidate_ids = _candidates });
        Assert.Equal(HttpStatusCode.NotFound, unknownJob.StatusCode);
    }

    [Fact]
    public async Task Viewers_read_but_do_not_start_and_other_tenants_see_nothing()
    {
        var owner = Api(_tenant.OwnerApiKey);
        var jobId = await CreateJobAsync(owner);
        var start = await owner.PostAsJsonAsync("/api/v1/tailor-sessions", new { job_posting_id = jobId, candidate_ids = _candidates.Take(2) });
        var sessionId = (await start.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("session_id").GetGuid();

        var viewer = Api(_tenant.ViewerApiKey);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsJsonAsync("/api/v1/tailor-sessions", new { job_posting_id = jobId, candidate_ids = _candidates })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsync($"/api/v1/tailor-sessions/{sessionId}/cancel", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync($"/api/v1/tailor-sessions/{sessionId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync($"/api/v1/tailor-sessions/{sessionId}/export.csv")).StatusCode);

        var other = Api(_other.OwnerApiKey);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/tailor-sessions/{sessionId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/tailor-sessions/{sessionId}/export.csv")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync($"/api/v1/tailor-sessions/{sessionId}/cancel", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync($"/api/v1/tailor-sessions/{sessionId}/retry", null)).StatusCode);
        Assert.DoesNotContain((await other.GetFromJsonAsync<JsonElement>("/api/v1/tailor-sessions")).EnumerateArray(), s => s.GetProperty("session_id").GetGuid() == sessionId);

        // Another tenant's candidates are unknown here.
        var otherJob = await CreateJobAsync(other);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsJsonAsync("/api/v1/tailor-sessions", new { job_posting_id = otherJob, candidate_ids = _candidates })).StatusCode);

        var browser = await SignedInAsync(_other, PortalRoles.Owner);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/files/sessions/{sessionId}/resumes.zip?format=md")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/files/sessions/{sessionId}/results.csv")).StatusCode);
        await WaitUntilFinishedAsync(owner, sessionId);
    }

    internal static async Task<Guid> CreateJobAsync(HttpClient api)
    {
        var posting = await api.PostAsJsonAsync("/api/v1/job-postings", new { title = "Backend Engineer", company = "Acme", description = SessionCandidates.JobDescription });
        posting.EnsureSuccessStatusCode();
        return (await posting.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    internal static async Task<JsonElement> WaitUntilFinishedAsync(HttpClient api, Guid sessionId)
    {
        using var timeout = new CancellationTokenSource(FinishTimeout);
        while (true)
        {
            var session = await api.GetFromJsonAsync<JsonElement>($"/api/v1/tailor-sessions/{sessionId}", timeout.Token);
            if (session.GetProperty("status").GetString() != "processing")
            {
                return session;
            }

            await Task.Delay(200, timeout.Token);
        }
    }

    private HttpClient Api(string key)
    {
        var api = _portal.CreateClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return api;
    }

    private async Task<HttpClient> SignedInAsync(SeededTenant tenant, string role)
    {
        var client = _portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await AuthenticationTests.SignInAsync(client, tenant.EmailOf(role), TestTenants.Password);
        return client;
    }
}

/// <summary>Controlling a session whose items wait (this instance runs no workers): pause, resume, cancel, retry.</summary>
public sealed class TailorSessionControlApiTests : IAsyncLifetime
{
    private readonly PortalFactory _portal = new(new Dictionary<string, string?>
    {
        ["Pipeline:PollInterval"] = "00:00:00.200",
        ["Pipeline:Enabled"] = "false",
    });

    private SeededTenant _tenant = null!;
    private IReadOnlyList<Guid> _candidates = [];

    public async Task InitializeAsync()
    {
        _tenant = await TestTenants.CreateAsync(_portal.Services, "Bulk Control");
        using var scope = _portal.Services.CreateScope();
        _candidates = await SessionCandidates.SeedAsync(scope.ServiceProvider.GetRequiredService<PortalDbContext>(), _tenant.Id, 4);
    }

    public Task DisposeAsync()
    {
        _portal.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_session_is_paused_resumed_cancelled_and_its_failed_items_retried()
    {
        var api = _portal.CreateClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _tenant.OwnerApiKey);
        var jobId = await TailorSessionApiTests.CreateJobAsync(api);
        var start = await api.PostAsJsonAsync("/api/v1/tailor-sessions", new { job_posting_id = jobId, candidate_ids = _candidates });
        var sessionId = (await start.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("session_id").GetGuid();

        var paused = await (await api.PostAsync($"/api/v1/tailor-sessions/{sessionId}/pause", null)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(paused.GetProperty("paused").GetBoolean());
        Assert.Equal(4, await JobCountAsync(sessionId, "paused"));
        var resumed = await (await api.PostAsync($"/api/v1/tailor-sessions/{sessionId}/resume", null)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(resumed.GetProperty("paused").GetBoolean());
        Assert.Equal(4, await JobCountAsync(sessionId, "queued"));

        var cancelled = await (await api.PostAsync($"/api/v1/tailor-sessions/{sessionId}/cancel", null)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal("cancelled", cancelled.GetProperty("status").GetString());
        Assert.Equal(4, cancelled.GetProperty("failed_count").GetInt32());
        Assert.Equal(0, cancelled.GetProperty("completed_count").GetInt32());
        Assert.All(cancelled.GetProperty("items").EnumerateArray(), i =>
        {
            Assert.Equal("failed", i.GetProperty("status").GetString());
            Assert.StartsWith("Cancelled by", i.GetProperty("error").GetString(), StringComparison.Ordinal);
        });
        Assert.Equal(4, await JobCountAsync(sessionId, "cancelled"));
        Assert.NotNull(cancelled.GetProperty("finished_at").GetString());

        var retry = await (await api.PostAsync($"/api/v1/tailor-sessions/{sessionId}/retry", null)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(4, retry.GetProperty("retried").GetInt32());
        var again = await api.GetFromJsonAsync<JsonElement>($"/api/v1/tailor-sessions/{sessionId}");
        Assert.Equal("processing", again.GetProperty("status").GetString());
        Assert.Equal(0, again.GetProperty("failed_count").GetInt32());
        Assert.All(again.GetProperty("items").EnumerateArray(), i => Assert.Equal("pending", i.GetProperty("status").GetString()));
        Assert.Equal(4, await JobCountAsync(sessionId, "queued"));
        Assert.Equal(HttpStatusCode.NotFound, (await api.PostAsync($"/api/v1/tailor-sessions/{Guid.NewGuid()}/pause", null)).StatusCode);
    }

    private async Task<int> JobCountAsync(Guid sessionId, string status)
    {
        using var scope = _portal.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return await db.PipelineJobs.IgnoreQueryFilters().CountAsync(j => j.TenantId == _tenant.Id && j.CorrelationId == sessionId && j.Status == status);
    }
}
