using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RecruiterPortal.Core.Audit;
using RecruiterPortal.Core.Pipeline;
using RecruiterPortal.Core.Tailoring;
using RecruiterPortal.Core.Tenancy;
using RecruiterPortal.Tests.Fixtures;

namespace RecruiterPortal.Tests.Web;

/// <summary>
/// A tenant's settings through the HTTP API and the real SQLite file: saved and read back, the AI
/// key never stored or shown in clear, tailoring sent to the tenant's own endpoint while another
/// tenant keeps the portal's, and the resume quota refusing files while the batch goes on.
/// </summary>
public sealed class TenantSettingsTests : IAsyncLifetime
{
    private const string Key = "sk-tenant-secret-4f1c9a7e";
    private static readonly string Fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures");
    private FakeOpenAiServer _portalAi = null!;
    private FakeOpenAiServer _tenantAi = null!;
    private PortalFactory _portal = null!;

    public async Task InitializeAsync()
    {
        _portalAi = await FakeOpenAiServer.StartAsync();
        _tenantAi = await FakeOpenAiServer.StartAsync();
        _portal = Portal(allowPrivateTenantEndpoints: false);
    }

    /// <summary>Not started until a test first uses it, so a test can swap it for one set up otherwise.</summary>
    private PortalFactory Portal(bool allowPrivateTenantEndpoints) => new(new Dictionary<string, string?>
    {
        ["Pipeline:PollInterval"] = "00:00:00.200",
        ["Ai:Provider"] = "openai-compatible",
        ["Ai:Endpoint"] = _portalAi.Endpoint.ToString(),
        ["Ai:Model"] = "portal-model",
        ["Ai:RetryBaseDelayMilliseconds"] = "10",
        ["Ai:TimeoutSeconds"] = "20",
        ["Ai:AllowPrivateTenantEndpoints"] = allowPrivateTenantEndpoints ? "true" : "false",
    });

    public async Task DisposeAsync()
    {
        _portal.Dispose();
        await _portalAi.DisposeAsync();
        await _tenantAi.DisposeAsync();
    }

    [Fact]
    public async Task Settings_are_saved_and_read_back_and_the_AI_key_is_never_stored_or_shown_in_clear()
    {
        var tenant = await TestTenants.CreateAsync(_portal.Services, "Settings Talent");
        var api = Api(tenant.OwnerApiKey);

        var saved = await api.PutAsJsonAsync("/api/v1/settings", new
        {
            ai_provider = "openai",
            ai_model = "gpt-4o-mini",
            new_ai_key = Key,
            ai_requests_per_minute = 30,
            max_file_megabytes = 2,
            max_files_per_batch = 5,
            quota_resumes = 100,
            quota_megabytes = 50,
        });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);

        var body = await api.GetStringAsync("/api/v1/settings");
        Assert.DoesNotContain(Key, body, StringComparison.Ordinal);
        var view = JsonDocument.Parse(body).RootElement;
        Assert.Equal("openai", view.GetProperty("ai_provider").GetString());
        Assert.Equal("gpt-4o-mini", view.GetProperty("ai_model").GetString());
        Assert.True(view.GetProperty("has_ai_key").GetBoolean());
        Assert.Equal(30, view.GetProperty("ai_requests_per_minute").GetInt32());
        Assert.Equal(2, view.GetProperty("max_file_megabytes").GetInt32());
        Assert.Equal(5, view.GetProperty("max_files_per_batch").GetInt32());
        Assert.Equal(100, view.GetProperty("quota_resumes").GetInt32());
        Assert.Equal(50, view.GetProperty("quota_megabytes").GetInt32());

        // The stored column holds Data Protection's ciphertext, and no byte of the database files spells the key.
        var stored = await ScalarAsync("SELECT ai_key_protected FROM tenant_settings");
        Assert.False(string.IsNullOrEmpty(stored));
        Assert.DoesNotContain(Key, stored, StringComparison.Ordinal);
        SqliteConnection.ClearAllPools();
        foreach (var file in Directory.EnumerateFiles(_portal.DataFolder, "*", SearchOption.AllDirectories))
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer);
            Assert.False(Contains(buffer.ToArray(), Encoding.UTF8.GetBytes(Key)), $"{file} holds the AI key in clear");
        }

        // The audit log names what changed, never the key.
        var entries = await AuditAsync(tenant.Id);
        var entry = Assert.Single(entries, e => e.Action == AuditActions.SettingsChanged);
        Assert.Contains("ai_key (replaced)", entry.Detail, StringComparison.Ordinal);
        Assert.Contains("quota_resumes", entry.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, entry.Detail, StringComparison.Ordinal);

        // Saving without a new key keeps it; removing it is recorded as such.
        Assert.Equal(HttpStatusCode.OK, (await api.PutAsJsonAsync("/api/v1/settings", new { ai_provider = "openai", ai_model = "gpt-4o" })).StatusCode);
        Assert.True((await api.GetFromJsonAsync<JsonElement>("/api/v1/settings")).GetProperty("has_ai_key").GetBoolean());
        var removed = await api.PutAsJsonAsync("/api/v1/settings", new { ai_provider = "ollama", remove_ai_key = true });
        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        Assert.False((await removed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("has_ai_key").GetBoolean());
        Assert.Contains(await AuditAsync(tenant.Id), e => e.Detail!.Contains("ai_key (removed)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Settings_that_cannot_work_are_refused_with_what_to_fix()
    {
        var tenant = await TestTenants.CreateAsync(_portal.Services, "Invalid Settings Talent");
        var api = Api(tenant.OwnerApiKey);

        var noKey = await api.PutAsJsonAsync("/api/v1/settings", new { ai_provider = "openai" });
        Assert.Equal(HttpStatusCode.BadRequest, noKey.StatusCode);
        Assert.Contains("AI provider openai needs an API key.", await noKey.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var tooMany = await api.PutAsJsonAsync("/api/v1/settings", new { ai_requests_per_minute = 100_000, max_file_megabytes = 0 });
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        var problem = await tooMany.Content.ReadAsStringAsync();
        Assert.Contains("AI requests per minute must be between 1 and 60 (the portal's limit).", problem, StringComparison.Ordinal);
        Assert.Contains("Largest file (MB) must be between 1 and 10 (the portal's limit).", problem, StringComparison.Ordinal);
        Assert.False((await api.GetFromJsonAsync<JsonElement>("/api/v1/settings")).GetProperty("has_ai_key").GetBoolean());
    }

    [Fact]
    public async Task A_tenants_own_tailoring_limit_is_kept_within_the_portals_and_reaches_the_pipeline()
    {
        var tenant = await TestTenants.CreateAsync(_portal.Services, "Bulk Limit Talent");
        var other = await TestTenants.CreateAsync(_portal.Services, "Bulk Limit Other");
        var api = Api(tenant.OwnerApiKey);
        var portalLimit = (await api.GetFromJsonAsync<JsonElement>("/api/v1/settings")).GetProperty("portal").GetProperty("bulk_concurrency").GetInt32();
        Assert.True(portalLimit >= 1);

        var tooMany = await api.PutAsJsonAsync("/api/v1/settings", new { bulk_concurrency = portalLimit + 1 });
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        Assert.Contains($"Tailorings at once must be between 1 and {portalLimit} (the portal's limit).", await tooMany.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        (await api.PutAsJsonAsync("/api/v1/settings", new { bulk_concurrency = 1 })).EnsureSuccessStatusCode();

        Assert.Equal(1, (await api.GetFromJsonAsync<JsonElement>("/api/v1/settings")).GetProperty("bulk_concurrency").GetInt32());
        var limits = _portal.Services.GetServices<IPipelineTenantLimits>().Single(l => l.Kind == TailorResumeHandler.JobKind);
        Assert.Equal(1, await limits.LimitAsync(tenant.Id, CancellationToken.None));
        Assert.Null(await limits.LimitAsync(other.Id, CancellationToken.None));
        Assert.Contains(await AuditAsync(tenant.Id), e => e.Action == AuditActions.SettingsChanged && e.Detail == "Changed: bulk_concurrency");
    }

    [Fact]
    public async Task Recruiters_and_viewers_get_neither_the_settings_page_nor_the_settings_API()
    {
        var tenant = await TestTenants.CreateAsync(_portal.Services, "Roles Settings Talent");
        Assert.Equal(HttpStatusCode.Forbidden, (await Api(tenant.ViewerApiKey).GetAsync("/api/v1/settings")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Api(tenant.ViewerApiKey).PutAsJsonAsync("/api/v1/settings", new { quota_resumes = 1 })).StatusCode);

        foreach (var role in new[] { PortalRoles.Recruiter, PortalRoles.Viewer })
        {
            var browser = _portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
            await AuthenticationTests.SignInAsync(browser, tenant.EmailOf(role), TestTenants.Password);
            var page = await browser.GetAsync("/admin/settings");
            Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
            Assert.Contains("/Account/AccessDenied", page.Headers.Location!.ToString(), StringComparison.Ordinal);
        }

        var admin = _portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await AuthenticationTests.SignInAsync(admin, tenant.EmailOf(PortalRoles.Admin), TestTenants.Password);
        var adminPage = await admin.GetAsync("/admin/settings");
        Assert.Equal(HttpStatusCode.OK, adminPage.StatusCode);
        Assert.Contains("Scoring weights", await adminPage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tailoring_uses_the_tenants_own_endpoint_while_another_tenant_keeps_the_portals()
    {
        // The fake provider listens on loopback, which organisations may use only where the operator allows it.
        _portal.Dispose();
        _portal = Portal(allowPrivateTenantEndpoints: true);
        var own = await TestTenants.CreateAsync(_portal.Services, "Own Ai Talent");
        var other = await TestTenants.CreateAsync(_portal.Services, "Portal Ai Talent");
        var ownApi = Api(own.OwnerApiKey);
        var saved = await ownApi.PutAsJsonAsync("/api/v1/settings", new
        {
            ai_provider = "openai-compatible",
            ai_endpoint = _tenantAi.Endpoint.ToString(),
            ai_model = "tenant-model",
            new_ai_key = Key,
        });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);

        var ownView = await TailorAsync(ownApi);
        Assert.True(ownView.GetProperty("status").GetString() == "completed", ownView.ToString());
        Assert.Equal("tenant-model", ownView.GetProperty("ai_model").GetString());
        Assert.NotEmpty(_tenantAi.Requests);
        Assert.All(_tenantAi.Requests, r => Assert.Equal("tenant-model", r.Model));
        Assert.Empty(_portalAi.Requests);

        var otherView = await TailorAsync(Api(other.OwnerApiKey));
        Assert.True(otherView.GetProperty("status").GetString() == "completed", otherView.ToString());
        Assert.Equal("portal-model", otherView.GetProperty("ai_model").GetString());
        Assert.NotEmpty(_portalAi.Requests);
        Assert.All(_portalAi.Requests, r => Assert.Equal("portal-model", r.Model));
    }

    [Fact]
    public async Task A_local_or_private_AI_endpoint_is_refused_unless_the_operator_allows_it()
    {
        var tenant = await TestTenants.CreateAsync(_portal.Services, "Private Endpoint Talent");
        var api = Api(tenant.OwnerApiKey);
        foreach (var endpoint in new[] { _tenantAi.Endpoint.ToString(), "http://localhost:11434/v1", "http://169.254.169.254/latest", "http://[::1]:8000/v1", "http://192.168.10.4:8000/v1" })
        {
            var saved = await api.PutAsJsonAsync("/api/v1/settings", new { ai_provider = "openai-compatible", ai_endpoint = endpoint, ai_model = "tenant-model" });
            Assert.Equal(HttpStatusCode.BadRequest, saved.StatusCode);
            var problem = await saved.Content.ReadAsStringAsync();
            Assert.Contains("is a local or private address; organisations may only use AI endpoints on the public internet.", problem, StringComparison.Ordinal);
            Assert.Contains("Ai:AllowPrivateTenantEndpoints", problem, StringComparison.Ordinal);
        }

        Assert.Equal(JsonValueKind.Null, (await api.GetFromJsonAsync<JsonElement>("/api/v1/settings")).GetProperty("ai_provider").ValueKind);
        Assert.DoesNotContain(await AuditAsync(tenant.Id), e => e.Action == AuditActions.SettingsChanged);

        // A public address is accepted (nothing is contacted on save).
        var publicAddress = await api.PutAsJsonAsync("/api/v1/settings", new { ai_provider = "openai-compatible", ai_endpoint = "https://20.42.65.92/v1", ai_model = "tenant-model" });
        Assert.Equal(HttpStatusCode.OK, publicAddress.StatusCode);
    }

    [Fact]
    public async Task A_private_endpoint_stored_earlier_is_not_contacted_and_the_tailoring_says_why()
    {
        // Saved while the operator allowed it (or written before the rule): the connection is refused anyway.
        var tenant = await TestTenants.CreateAsync(_portal.Services, "Stored Endpoint Talent");
        await using (var scope = _portal.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<TenantContext>().Use(tenant.Id);
            var db = scope.ServiceProvider.GetRequiredService<Core.Data.PortalDbContext>();
            db.Add(new Core.Settings.TenantSettings { TenantId = tenant.Id, AiProvider = "openai-compatible", AiEndpoint = _tenantAi.Endpoint.ToString(), AiModel = "tenant-model" });
            await db.SaveChangesAsync();
        }

        var view = await TailorAsync(Api(tenant.OwnerApiKey));

        Assert.True(view.GetProperty("status").GetString() == "completed", view.ToString());
        Assert.Equal("built_in", view.GetProperty("ai_provider").GetString());
        Assert.Equal(
            "The AI provider was not contacted: 127.0.0.1 is not a public address; organisations may only use AI endpoints on the public internet (the portal's operator can allow private ones with Ai:AllowPrivateTenantEndpoints); tailored with the built-in engine instead.",
            view.GetProperty("warnings")[0].GetString());
        Assert.Empty(_tenantAi.Requests);
        Assert.Empty(_portalAi.Requests);
    }

    [Fact]
    public async Task Uploads_past_the_quota_are_refused_with_a_message_and_the_rest_of_the_batch_goes_on()
    {
        var tenant = await TestTenants.CreateAsync(_portal.Services, "Quota Talent");
        var api = Api(tenant.OwnerApiKey);
        Assert.Equal(HttpStatusCode.OK, (await api.PutAsJsonAsync("/api/v1/settings", new { quota_resumes = 2 })).StatusCode);

        using var form = new MultipartFormDataContent();
        for (var i = 1; i <= 3; i++)
        {
            form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes($"Candidate {i}\nSoftware engineer with C# and SQL, resume number {i}.")), "files", $"resume-{i}.txt");
        }

        form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes("Candidate 1\nSoftware engineer with C# and SQL, resume number 1.")), "files", "again.txt");
        var upload = await api.PostAsync("/api/v1/resumes/upload-batch", form);
        Assert.Equal(HttpStatusCode.Accepted, upload.StatusCode);
        var items = (await upload.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().ToList();
        Assert.Equal(["queued", "queued", "failed", "duplicate"], items.Select(i => i.GetProperty("status").GetString()));
        Assert.Equal("quota_exceeded", items[2].GetProperty("error_code").GetString());
        Assert.Equal(
            "resume-3.txt was not stored: your organisation keeps at most 2 resumes and has reached that quota. An Owner or Admin can raise it under Admin → Settings, or delete resumes you no longer need.",
            items[2].GetProperty("error").GetString());

        using var later = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes("Candidate 4\nAnother resume.")), "files", "resume-4.txt" } };
        var refused = (await (await api.PostAsync("/api/v1/resumes/upload-batch", later)).Content.ReadFromJsonAsync<JsonElement>())[0];
        Assert.Equal("quota_exceeded", refused.GetProperty("error_code").GetString());
    }

    private HttpClient Api(string key)
    {
        var client = _portal.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    private static async Task<JsonElement> TailorAsync(HttpClient api)
    {
        var job = await ApiFlows.UploadResumeAsync(api, await File.ReadAllBytesAsync(Path.Combine(Fixtures, "Resumes", "01_software_txt_caps.txt")), "daniel.txt");
        var posting = await api.PostAsJsonAsync("/api/v1/job-postings", new
        {
            title = "Senior Backend Engineer",
            company = "Acme Pay",
            description = "We are hiring a Senior Backend Engineer.\n\nRequirements:\n- 5+ years of C# and ASP.NET Core\n- SQL Server, Redis and Azure",
        });
        Assert.Equal(HttpStatusCode.Created, posting.StatusCode);
        var start = await api.PostAsJsonAsync("/api/v1/tailor", new
        {
            candidate_id = job.GetProperty("result").GetProperty("candidate_id").GetGuid(),
            job_posting_id = (await posting.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid(),
            options = new { max_iterations = 1 },
        });
        Assert.Equal(HttpStatusCode.Accepted, start.StatusCode);
        var tailorId = (await start.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("tailor_id").GetGuid();
        return await ApiFlows.WaitUntilFinishedAsync(api, $"/api/v1/tailor/{tailorId}");
    }

    private async Task<string?> ScalarAsync(string sql)
    {
        await using var scope = _portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Core.Data.PortalDbContext>();
        await using var connection = new SqliteConnection(db.Database.GetConnectionString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (await command.ExecuteScalarAsync())?.ToString();
    }

    private async Task<IReadOnlyList<AuditEntry>> AuditAsync(Guid tenantId)
    {
        await using var scope = _portal.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Use(tenantId);
        return (await scope.ServiceProvider.GetRequiredService<AuditLog>().SearchAsync(new AuditQuery())).Entries;
    }

    private static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;
}
