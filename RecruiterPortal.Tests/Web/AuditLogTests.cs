using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RecruiterPortal.Core.ApiKeys;
using RecruiterPortal.Core.Audit;
using RecruiterPortal.Core.Data;
using RecruiterPortal.Core.Privacy;
using RecruiterPortal.Core.Tenancy;
using RecruiterPortal.Core.Users;
using RecruiterPortal.Tests.Fixtures;

namespace RecruiterPortal.Tests.Web;

/// <summary>Scripted actions through the real HTTP surface each leave one audit entry in their own tenant's log.</summary>
public sealed class AuditLogTests : IAsyncLifetime
{
    private static readonly byte[] Resume = Encoding.UTF8.GetBytes("Lena Fox\nlena.fox@example.com\n\nEXPERIENCE\nWarehouse Lead, Parcelwise\n2021 - Present\n- Ran inventory counts\n\nSKILLS\nInventory, Forklift, Shift planning");
    private FakeOpenAiServer _llm = null!;
    private PortalFactory _portal = null!;
    private SeededTenant _tenant = null!;
    private SeededTenant _other = null!;

    public async Task InitializeAsync()
    {
        // The LLM answers after a pause, so a session started in the script is still running when it is cancelled.
        _llm = await FakeOpenAiServer.StartAsync();
        _llm.Script(request => FakeReply.Faithful(request) with { Delay = TimeSpan.FromSeconds(2) });
        _portal = new PortalFactory(_llm.PortalSettings());
        _tenant = await TestTenants.CreateAsync(_portal.Services, "Audit Talent");
        _other = await TestTenants.CreateAsync(_portal.Services, "Audit Other");
    }

    public async Task DisposeAsync()
    {
        _portal.Dispose();
        await _llm.DisposeAsync();
    }

    [Fact]
    public async Task Scripted_actions_are_recorded_with_who_what_and_where_and_nothing_secret()
    {
        const string WrongPassword = "not-the-password-4711";
        var admin = Cookies();
        var recruiterEmail = _tenant.EmailOf(PortalRoles.Recruiter);
        await AuthenticationTests.SignInAsync(Cookies(), recruiterEmail, WrongPassword);
        await AuthenticationTests.SignInAsync(admin, _tenant.EmailOf(PortalRoles.Admin), TestTenants.Password);
        var api = Api(_tenant.OwnerApiKey);

        var resumeId = (await ApiFlows.UploadResumeAsync(api, Resume, "lena-fox.txt")).GetProperty("result").GetProperty("resume_id").GetGuid();
        var candidateId = (await api.GetFromJsonAsync<JsonElement>($"/api/v1/candidates")).GetProperty("items")[0].GetProperty("id").GetGuid();
        (await api.GetAsync($"/api/v1/candidates/{candidateId}")).EnsureSuccessStatusCode();
        (await api.PatchAsJsonAsync($"/api/v1/candidates/{candidateId}", new { location = "Leeds", phone = "+44 7700 900123" })).EnsureSuccessStatusCode();
        (await admin.GetAsync($"/files/resumes/{resumeId}")).EnsureSuccessStatusCode();
        var created = await api.PostAsJsonAsync("/api/v1/job-postings", new { title = "Forklift Lead\r\nsign_in.succeeded by owner", description = "Requirements:\n- Forklift licence\n- Inventory" });
        var jobId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        (await api.PutAsJsonAsync($"/api/v1/job-postings/{jobId}", new { title = "Warehouse Lead", description = "Requirements:\n- Forklift licence\n- Inventory\n- Shift planning" })).EnsureSuccessStatusCode();
        (await api.DeleteAsync($"/api/v1/job-postings/{jobId}")).EnsureSuccessStatusCode();
        (await api.PutAsJsonAsync("/api/v1/weightage-profile", new { required_skills = 0.5, preferred_skills = 0.1, keyword_relevance = 0.1, title_similarity = 0.1, experience_fit = 0.1, education_fit = 0.1 })).EnsureSuccessStatusCode();
        await ActAsAdminAsync(async keys =>
        {
            var key = await keys.CreateAsync("ATS sync", PortalRoles.Viewer);
            Assert.True(await keys.RevokeAsync(key.Value!.Key.Id));
        });

        var target = await api.PostAsJsonAsync("/api/v1/job-postings", new { title = "Inventory Lead", description = "Requirements:\n- Inventory\n- Forklift licence" });
        var targetId = (await target.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var tailoring = await api.PostAsJsonAsync("/api/v1/tailor", new { candidate_id = candidateId, job_posting_id = targetId });
        var tailorId = (await tailoring.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("tailor_id").GetGuid();
        var session = await api.PostAsJsonAsync("/api/v1/tailor-sessions", new { job_posting_id = targetId, candidate_ids = new[] { candidateId } });
        var sessionId = (await session.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("session_id").GetGuid();
        var cancelled = await api.PostAsync($"/api/v1/tailor-sessions/{sessionId}/cancel", null);
        Assert.Equal("cancelled", (await cancelled.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        var tailored = await ApiFlows.WaitUntilFinishedAsync(api, $"/api/v1/tailor/{tailorId}");
        Assert.True(tailored.GetProperty("status").GetString() == "completed", tailored.ToString());
        (await api.GetAsync($"/api/v1/tailor/{tailorId}/export?format=md")).EnsureSuccessStatusCode();
        (await api.GetAsync($"/api/v1/candidates/{candidateId}/export")).EnsureSuccessStatusCode();
        await ActAsAdminAsync<UserAdministration>(async users => Assert.True((await users.InviteAsync("Nia Park", "nia.park@audit.test", PortalRoles.Recruiter)).IsSuccess));
        await ActAsAdminAsync<RetentionService>(async retention => Assert.True((await retention.SetAsync(365)).IsSuccess));
        (await api.DeleteAsync($"/api/v1/candidates/{candidateId}")).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/candidates/{candidateId}")).StatusCode);
        await SignOutAsync(admin);

        var entries = await EntriesAsync(_tenant.Id);
        string[] expected =
        [
            AuditActions.SignInFailed, AuditActions.SignInSucceeded, AuditActions.ResumeUploaded, AuditActions.CandidateViewed,
            AuditActions.CandidateEdited, AuditActions.ResumeDownloaded, AuditActions.JobCreated, AuditActions.JobEdited,
            AuditActions.JobDeleted, AuditActions.SettingsChanged, AuditActions.ApiKeyCreated, AuditActions.ApiKeyRevoked,
            AuditActions.TailoringStarted, AuditActions.SessionStarted, AuditActions.SessionCancelled, AuditActions.TailoringExported,
            AuditActions.CandidateExported, AuditActions.UserInvited, AuditActions.RetentionChanged, AuditActions.CandidateErased,
            AuditActions.RecordNotFound, AuditActions.SignedOut,
        ];
        Assert.Equal(22, expected.Length);
        foreach (var action in expected)
        {
            Assert.Contains(entries, e => e.Action == action);
        }

        Assert.Equal(sessionId.ToString(), Single(entries, AuditActions.SessionCancelled).EntityId);
        Assert.Equal(tailorId.ToString(), Single(entries, AuditActions.TailoringExported).EntityId);
        Assert.Equal(candidateId.ToString(), Single(entries, AuditActions.CandidateErased).EntityId);
        Assert.Equal(candidateId.ToString(), Single(entries, AuditActions.RecordNotFound).EntityId);
        Assert.Equal(2, entries.Count(e => e.Action == AuditActions.JobCreated));

        var failed = Assert.Single(entries, e => e.Action == AuditActions.SignInFailed);
        Assert.Equal(recruiterEmail, failed.Actor);
        Assert.All(entries.Where(e => e.Action == AuditActions.JobCreated), e => Assert.StartsWith("API key ", e.Actor, StringComparison.Ordinal));
        Assert.Equal(_tenant.EmailOf(PortalRoles.Admin), Single(entries, AuditActions.ResumeDownloaded).Actor);
        Assert.Equal(candidateId.ToString(), Single(entries, AuditActions.CandidateEdited).EntityId);
        Assert.Equal("Fields: phone, location", Single(entries, AuditActions.CandidateEdited).Detail);

        // A name with a line break cannot forge a second line; passwords, keys and personal data stay out.
        Assert.All(entries, e => Assert.DoesNotContain('\n', (e.Detail ?? "") + e.Actor));
        Assert.All(entries, e => Assert.DoesNotContain('\r', (e.Detail ?? "") + e.Actor));
        var everything = string.Join("|", entries.Select(e => $"{e.Actor}|{e.Detail}|{e.EntityId}"));
        Assert.DoesNotContain(WrongPassword, everything, StringComparison.Ordinal);
        Assert.DoesNotContain(TestTenants.Password, everything, StringComparison.Ordinal);
        Assert.DoesNotContain(_tenant.OwnerApiKey, everything, StringComparison.Ordinal);
        Assert.DoesNotContain("Lena", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("7700 900123", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("7700900123", everything, StringComparison.Ordinal);

        // The other tenant's log holds none of it, and its admin cannot read this one.
        Assert.Empty(await EntriesAsync(_other.Id));
    }

    [Fact]
    public async Task Admins_download_the_log_as_csv_and_others_cannot()
    {
        var admin = Cookies();
        await AuthenticationTests.SignInAsync(admin, _tenant.EmailOf(PortalRoles.Admin), TestTenants.Password);
        await AuthenticationTests.SignInAsync(Cookies(), _tenant.EmailOf(PortalRoles.Viewer), "wrong password\r\n=cmd|' /C calc'!A0");
        var recruiter = Cookies();
        await AuthenticationTests.SignInAsync(recruiter, _tenant.EmailOf(PortalRoles.Recruiter), TestTenants.Password);
        var otherAdmin = Cookies();
        await AuthenticationTests.SignInAsync(otherAdmin, _other.EmailOf(PortalRoles.Admin), TestTenants.Password);

        var csv = await admin.GetAsync("/files/audit.csv");
        var filtered = await admin.GetStringAsync($"/files/audit.csv?action={AuditActions.SignInFailed}");

        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("occurred_at_utc,actor,action,entity_type,entity_id,detail,origin", lines[0]);
        Assert.Contains(lines, l => l.Contains(AuditActions.SignInSucceeded, StringComparison.Ordinal) && l.Contains(_tenant.EmailOf(PortalRoles.Admin), StringComparison.Ordinal));
        var filteredLines = filtered.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, filteredLines.Length);
        Assert.Contains(_tenant.EmailOf(PortalRoles.Viewer), filteredLines[1], StringComparison.Ordinal);
        Assert.DoesNotContain(_other.EmailOf(PortalRoles.Admin), string.Join("\n", lines), StringComparison.Ordinal);
        Assert.DoesNotContain(_tenant.EmailOf(PortalRoles.Admin), await otherAdmin.GetStringAsync("/files/audit.csv"), StringComparison.Ordinal);
        var denied = await recruiter.GetAsync("/files/audit.csv");
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.Contains("AccessDenied", denied.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await Cookies().GetAsync("/files/audit.csv")).StatusCode);
    }

    [Fact]
    public async Task Entries_cannot_be_changed_or_deleted()
    {
        await AuthenticationTests.SignInAsync(Cookies(), _tenant.EmailOf(PortalRoles.Admin), TestTenants.Password);
        using var scope = _portal.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Use(_tenant.Id, role: PortalRoles.Owner);
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var entry = db.Set<AuditEntry>().First();

        entry.Detail = "rewritten";
        Assert.Throws<InvalidOperationException>(() => db.SaveChanges());
        db.ChangeTracker.Clear();
        db.Remove(db.Set<AuditEntry>().First());
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
    }

    /// <summary>Posts the user menu's sign-out form, antiforgery token included, as the browser does.</summary>
    private static async Task SignOutAsync(HttpClient client)
    {
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await client.GetStringAsync("/"));
        var form = page.QuerySelector($"form[action='{RecruiterPortal.Auth.PortalRoutes.Logout}']") ?? throw new InvalidOperationException("No sign-out form on the dashboard.");
        var fields = form.QuerySelectorAll("input[type=hidden]").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
        var response = await client.PostAsync(RecruiterPortal.Auth.PortalRoutes.Logout, new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private static AuditEntry Single(IEnumerable<AuditEntry> entries, string action) => Assert.Single(entries, e => e.Action == action);

    private HttpClient Cookies() => _portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private HttpClient Api(string key)
    {
        var client = _portal.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    private Task ActAsAdminAsync(Func<ApiKeyService, Task> action) => ActAsAdminAsync<ApiKeyService>(action);

    private async Task ActAsAdminAsync<TService>(Func<TService, Task> action)
        where TService : notnull
    {
        using var scope = _portal.Services.CreateScope();
        var adminEmail = _tenant.EmailOf(PortalRoles.Admin);
        var adminId = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Users.Where(u => u.Email == adminEmail).Select(u => u.Id).SingleAsync();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Use(_tenant.Id, adminId, PortalRoles.Admin);
        await action(scope.ServiceProvider.GetRequiredService<TService>());
    }

    private async Task<List<AuditEntry>> EntriesAsync(Guid tenantId)
    {
        using var scope = _portal.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Use(tenantId, role: PortalRoles.Owner);
        return (await scope.ServiceProvider.GetRequiredService<AuditLog>().SearchAsync(new AuditQuery(Take: 500))).Entries.ToList();
    }

}
