using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RecruiterPortal.Core.Audit;
using RecruiterPortal.Core.Data;
using RecruiterPortal.Core.Tenancy;
using RecruiterPortal.Tests.Fixtures;
using Xunit.Abstractions;

namespace RecruiterPortal.Tests.Web;

/// <summary>
/// Tenant B's Owner (the most powerful caller B has) aims every API route and file route that takes
/// a record id at tenant A's records: read, update, delete, export, download. Each answer must be the
/// answer for an id that exists nowhere, A's records must be unchanged, and each attempt must be in
/// B's audit log (and nothing of B's in A's).
/// </summary>
public sealed partial class CrossTenantTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly byte[] Resume = Encoding.UTF8.GetBytes(
        "Marisol Quintero-Vance\nmarisol.qv@example.com\n+1 614 555 0199\n\nEXPERIENCE\nSenior Backend Engineer, Larkspur Freight\n2019 - Present\n- Built REST APIs in C# and .NET on PostgreSQL\n- Ran Docker and Kubernetes in production\n\nSKILLS\nC#, .NET, PostgreSQL, SQL, Docker, Kubernetes, REST");

    /// <summary>Bodies that would succeed on the owner's own record, so only the id can make them fail.</summary>
    private static readonly Dictionary<string, object> Bodies = new()
    {
        ["PATCH /api/v1/candidates/{id:guid}"] = new { location = "Cross-tenant City" },
        ["PUT /api/v1/candidates/{id:guid}/content-ranking"] = new { job_posting_id = Guid.Empty, skills = Array.Empty<int>() },
        ["PUT /api/v1/job-postings/{id:guid}"] = new { title = "Renamed by another tenant", description = "Requirements:\n- SQL" },
        ["PUT /api/v1/job-postings/{id:guid}/extraction"] = new { required_skills = new[] { "COBOL" } },
        ["PUT /api/v1/tailor/{tailorId:guid}/review"] = new { declined = new[] { 0 } },
        ["PATCH /api/v1/employers/{id:guid}"] = new { name = "Renamed by another tenant" },
        ["POST /api/v1/employers/{id:guid}/merge"] = new { into_employer_id = Guid.Empty },
        ["POST /api/v1/employers/{id:guid}/split"] = new { alias = "Larkspur Freight" },
        ["POST /api/v1/job-postings/{id:guid}/reports"] = new { top_n = 1, title = "Another tenant's shortlist" },
        ["POST /api/v1/candidates/{id:guid}/writing-samples"] = new { text = SampleLetter },
    };

    private const string SampleLetter = "Dear Hiring Manager,\n\nI am writing to apply for the role. I have built payment systems for years, and I enjoy careful work with clear goals. Furthermore, I mentor colleagues.\n\nSincerely,\nMarisol";

    private readonly PortalFactory _portal = new(new Dictionary<string, string?> { ["Pipeline:PollInterval"] = "00:00:00.200" });
    private SeededTenant _a = null!;
    private SeededTenant _b = null!;

    public async Task InitializeAsync()
    {
        _a = await TestTenants.CreateAsync(_portal.Services, "Tenant Alpha");
        _b = await TestTenants.CreateAsync(_portal.Services, "Tenant Bravo");
    }

    public Task DisposeAsync()
    {
        _portal.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Another_tenants_ids_answer_like_missing_ids_change_nothing_and_are_logged_for_the_caller()
    {
        var a = Api(_a.OwnerApiKey);
        var records = await SeedTenantAAsync(a);
        var before = await SnapshotAsync(a, records);
        var b = Api(_b.OwnerApiKey);
        var bCookie = Cookies();
        await AuthenticationTests.SignInAsync(bCookie, _b.EmailOf(PortalRoles.Owner), TestTenants.Password);

        var routes = Endpoints().Where(r => IdParameter().IsMatch(r)).ToList();
        Assert.Contains(routes, r => r.StartsWith("DELETE ", StringComparison.Ordinal));
        Assert.Contains(routes, r => r.Contains("/files/", StringComparison.Ordinal));
        var tried = new List<Guid>();
        var table = new StringBuilder();
        foreach (var route in routes.Order(StringComparer.Ordinal))
        {
            var id = records[Entity(route)];
            var client = route.Contains(" /files/", StringComparison.Ordinal) ? bCookie : b;
            var (foreignStatus, foreignBody) = await SendAsync(client, route, id);
            var (missingStatus, missingBody) = await SendAsync(client, route, Guid.NewGuid());
            table.AppendLine($"{route,-60} A's id → {(int)foreignStatus}, missing id → {(int)missingStatus}");
            Assert.True(foreignStatus == missingStatus, $"{route}: another tenant's id answered {(int)foreignStatus}, a missing id {(int)missingStatus}");
            Assert.True(foreignBody == missingBody, $"{route}: the answers differ:\n{foreignBody}\n---\n{missingBody}");
            Assert.NotEqual(HttpStatusCode.OK, foreignStatus);
            Assert.DoesNotContain("Marisol", foreignBody, StringComparison.Ordinal);
            tried.Add(id);
        }

        output.WriteLine(table.ToString());
        Assert.Equal(before, await SnapshotAsync(a, records));

        var bLog = await AuditAsync(_b.Id);
        foreach (var id in tried.Distinct())
        {
            Assert.Contains(bLog, e => e.Action == AuditActions.RecordNotFound && e.EntityId == id.ToString());
        }

        var aLog = await AuditAsync(_a.Id);
        Assert.DoesNotContain(aLog, e => e.Action == AuditActions.RecordNotFound);
        Assert.DoesNotContain(aLog, e => e.Actor == _b.EmailOf(PortalRoles.Owner));
    }

    [Fact]
    public async Task Pages_given_another_tenants_ids_show_not_found_and_log_the_attempt_for_the_caller()
    {
        var records = await SeedTenantAAsync(Api(_a.OwnerApiKey));
        var bCookie = Cookies();
        await AuthenticationTests.SignInAsync(bCookie, _b.EmailOf(PortalRoles.Owner), TestTenants.Password);

        // Every routable page with an id in its address, found in the app itself, so a new one cannot be missed.
        var pages = typeof(Program).Assembly.GetTypes()
            .SelectMany(t => t.GetCustomAttributes(typeof(Microsoft.AspNetCore.Components.RouteAttribute), inherit: false).Cast<Microsoft.AspNetCore.Components.RouteAttribute>())
            .Select(r => r.Template)
            .Where(t => t.Contains("{Id", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(pages.Count >= 5, string.Join(", ", pages));
        foreach (var template in pages)
        {
            var segment = template.Split('/', StringSplitOptions.RemoveEmptyEntries)[0];
            Assert.True(PageEntities.TryGetValue(segment, out var entity), $"No tenant-A record is seeded for the page {template}: add its kind to PageEntities.");
            var id = records[entity];
            var url = Regex.Replace(template, "\\{Id[^}]*\\}", id.ToString());
            var missingUrl = Regex.Replace(template, "\\{Id[^}]*\\}", Guid.NewGuid().ToString());
            var foreign = await bCookie.GetAsync(url);
            var missing = await bCookie.GetAsync(missingUrl);
            var foreignBody = await foreign.Content.ReadAsStringAsync();
            Assert.Equal(missing.StatusCode, foreign.StatusCode);
            Assert.Equal(HttpStatusCode.OK, foreign.StatusCode);
            Assert.Contains("does not exist", foreignBody, StringComparison.Ordinal);
            Assert.Contains("does not exist", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.DoesNotContain("Marisol", foreignBody, StringComparison.Ordinal);
            Assert.DoesNotContain("Backend Engineer", foreignBody, StringComparison.Ordinal);
            var logged = await AuditAsync(_b.Id);
            Assert.Contains(logged, e => e.Action == AuditActions.RecordNotFound && e.EntityId == id.ToString() && e.Detail == $"page /{segment}/{{id}}{template[(template.IndexOf('}') + 1)..]}");
        }

        var aLog = await AuditAsync(_a.Id);
        Assert.DoesNotContain(aLog, e => e.Action == AuditActions.RecordNotFound);
    }

    /// <summary>The kind of tenant-A record each id-taking page shows, by the page address's first segment.</summary>
    private static readonly Dictionary<string, string> PageEntities = new(StringComparer.Ordinal)
    {
        ["candidates"] = "candidates",
        ["jobs"] = "job-postings",
        ["tailor"] = "tailor",
        ["sessions"] = "sessions",
        ["reports"] = "reports",
    };

    /// <summary>Tenant A's records of every kind the API addresses by id.</summary>
    private static async Task<Dictionary<string, Guid>> SeedTenantAAsync(HttpClient a)
    {
        var upload = await ApiFlows.UploadResumeAsync(a, Resume, "marisol.txt");
        var result = upload.GetProperty("result");
        var posting = await a.PostAsJsonAsync("/api/v1/job-postings", new { title = "Backend Engineer", description = "Requirements:\n- C# and .NET\n- PostgreSQL\n- Docker and Kubernetes" });
        posting.EnsureSuccessStatusCode();
        var jobPostingId = (await posting.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var candidateId = result.GetProperty("candidate_id").GetGuid();
        var tailor = await a.PostAsJsonAsync("/api/v1/tailor", new { candidate_id = candidateId, job_posting_id = jobPostingId, options = new { max_iterations = 1 } });
        tailor.EnsureSuccessStatusCode();
        var tailorId = (await tailor.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("tailor_id").GetGuid();
        Assert.Equal("completed", (await ApiFlows.WaitUntilFinishedAsync(a, $"/api/v1/tailor/{tailorId}")).GetProperty("status").GetString());
        var session = await a.PostAsJsonAsync("/api/v1/tailor-sessions", new { job_posting_id = jobPostingId, candidate_ids = new[] { candidateId } });
        session.EnsureSuccessStatusCode();
        var sessionId = (await session.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("session_id").GetGuid();
        await ApiFlows.WaitUntilFinishedAsync(a, $"/api/v1/tailor-sessions/{sessionId}");
        var employers = await a.GetFromJsonAsync<JsonElement>("/api/v1/employers");
        var employerId = employers.GetProperty("items").EnumerateArray().Single(e => e.GetProperty("name").GetString() == "Larkspur Freight").GetProperty("id").GetGuid();
        var report = await a.PostAsJsonAsync($"/api/v1/job-postings/{jobPostingId}/reports", new { top_n = 1 });
        report.EnsureSuccessStatusCode();
        var reportId = (await report.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        (await a.PostAsJsonAsync($"/api/v1/candidates/{candidateId}/writing-samples", new { text = SampleLetter })).EnsureSuccessStatusCode();
        var letter = await a.PostAsJsonAsync("/api/v1/cover-letters", new { candidate_id = candidateId, job_posting_id = jobPostingId });
        letter.EnsureSuccessStatusCode();
        var letterId = (await letter.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("cover_letter_id").GetGuid();
        Assert.Equal("completed", (await ApiFlows.WaitUntilFinishedAsync(a, $"/api/v1/cover-letters/{letterId}")).GetProperty("status").GetString());
        return new Dictionary<string, Guid>
        {
            ["employers"] = employerId,
            ["cover-letters"] = letterId,
            ["candidates"] = candidateId,
            ["resumes"] = result.GetProperty("resume_id").GetGuid(),
            ["jobs"] = upload.GetProperty("job_id").GetGuid(),
            ["job-postings"] = jobPostingId,
            ["tailor"] = tailorId,
            ["tailored"] = tailorId,
            ["tailor-sessions"] = sessionId,
            ["sessions"] = sessionId,
            ["reports"] = reportId,
        };
    }

    /// <summary>What tenant A sees of its records, as text, to compare before and after B's attempts.</summary>
    private static async Task<string> SnapshotAsync(HttpClient a, Dictionary<string, Guid> records)
    {
        var parts = new List<string>();
        foreach (var url in new[]
        {
            $"/api/v1/candidates/{records["candidates"]}", $"/api/v1/candidates/{records["candidates"]}/resumes",
            $"/api/v1/job-postings/{records["job-postings"]}", $"/api/v1/job-postings/{records["job-postings"]}/versions",
            $"/api/v1/tailor/{records["tailor"]}", $"/api/v1/tailor-sessions/{records["tailor-sessions"]}",
            $"/api/v1/employers/{records["employers"]}", "/api/v1/employers",
            $"/api/v1/reports/{records["reports"]}", $"/api/v1/reports?job_posting_id={records["job-postings"]}",
            $"/api/v1/candidates/{records["candidates"]}/writing-samples", $"/api/v1/cover-letters/{records["cover-letters"]}",
        })
        {
            parts.Add(url + " " + await a.GetStringAsync(url));
        }

        return string.Join("\n", parts);
    }

    private static async Task<(HttpStatusCode Status, string Body)> SendAsync(HttpClient client, string route, Guid id)
    {
        var (method, pattern) = (route[..route.IndexOf(' ')], route[(route.IndexOf(' ') + 1)..]);
        var url = IdParameter().Replace(pattern, id.ToString());
        using var request = new HttpRequestMessage(new HttpMethod(method), url + (url.Contains("export", StringComparison.Ordinal) ? "?format=md" : ""));
        if (Bodies.TryGetValue(route, out var body))
        {
            request.Content = JsonContent.Create(body);
        }
        else if (method is "POST" or "PUT" or "PATCH")
        {
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var response = await client.SendAsync(request, timeout.Token);
        var text = await response.Content.ReadAsStringAsync(timeout.Token);
        return (response.StatusCode, Normalise(text, id));
    }

    /// <summary>The answer with the asked id and the per-request trace id taken out.</summary>
    private static string Normalise(string body, Guid id)
    {
        body = body.Replace(id.ToString(), "{id}", StringComparison.OrdinalIgnoreCase);
        if (body.StartsWith('{') && JsonNode.Parse(body) is JsonObject json)
        {
            json.Remove("traceId");
            json.Remove("trace_id");
            return json.ToJsonString();
        }

        return body;
    }

    private static string Entity(string route)
    {
        var path = route[(route.IndexOf(' ') + 1)..].Replace("/api/v1/", "/", StringComparison.Ordinal).Replace("/files/", "/", StringComparison.Ordinal);
        return path.Split('/', StringSplitOptions.RemoveEmptyEntries)[0];
    }

    private List<string> Endpoints() => _portal.Services.GetServices<EndpointDataSource>()
        .SelectMany(s => s.Endpoints)
        .OfType<RouteEndpoint>()
        .Where(e => e.RoutePattern.RawText is { } raw && (raw.StartsWith("/api/", StringComparison.Ordinal) || raw.StartsWith("/files/", StringComparison.Ordinal)))
        .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => $"{m} {e.RoutePattern.RawText}"))
        .Distinct()
        .ToList();

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

    private HttpClient Cookies() => _portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [GeneratedRegex(@"\{[a-zA-Z]*[iI]d(:guid)?\}")]
    private static partial Regex IdParameter();
}
