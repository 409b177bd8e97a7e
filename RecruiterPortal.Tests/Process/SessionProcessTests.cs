using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using RecruiterPortal.Core.Data;
using RecruiterPortal.Core.Pipeline;
using RecruiterPortal.Core.Storage;
using RecruiterPortal.Core.Tailoring;
using RecruiterPortal.Tests.Fixtures;

namespace RecruiterPortal.Tests.OutOfProcess;

/// <summary>
/// Bulk sessions on the real portal as its own process: killed mid-session and started again
/// (SQLite), and two instances on one PostgreSQL sharing a session and its live progress. Every
/// item is tailored exactly once and counted once.
/// </summary>
[Collection(ProcessCollection.Name)]
[Trait("Category", "Process")]
public sealed partial class SessionProcessTests
{
    private const string TenantName = "Session Staffing";
    private const string ApiKey = "rpk_session-test-0123456789-abcdefghijklmnop";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);
    private static readonly TimeSpan FinishTimeout = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task A_portal_killed_mid_session_on_sqlite_and_started_again_tailors_every_candidate_exactly_once()
    {
        const int Size = 100;
        using var database = TestDatabase.Sqlite();
        using var root = new TempFolder("rp-session-restart");
        var settings = Settings(database, root.Path, StorageOptions.FileSystem, concurrency: 1);
        var processes = new List<PortalProcess>();

        using var first = Track(processes, PortalProcess.Start("portal (first run)", settings, root.Path));
        await first.WaitUntilReadyAsync(StartTimeout);
        var db = database.CreateContext();
        var tenantId = await db.Tenants.Where(t => t.Name == TenantName).Select(t => t.Id).SingleAsync();
        var candidates = await SessionCandidates.SeedAsync(db, tenantId, Size);
        using var firstApi = Api(first);
        var sessionId = await StartAsync(firstApi, candidates);

        // Kill once a few items are done and the rest still waits.
        var deadline = DateTime.UtcNow.AddSeconds(60);
        int done;
        do
        {
            await Task.Delay(20);
            done = await db.Set<TailoredResume>().IgnoreQueryFilters().CountAsync(t => t.SessionId == sessionId && t.Status == TailoredResumeStatuses.Completed);
        }
        while (done < 5 && DateTime.UtcNow < deadline);
        first.Kill();
        var atKill = await db.Set<TailoredResume>().IgnoreQueryFilters().CountAsync(t => t.SessionId == sessionId && t.Status == TailoredResumeStatuses.Completed);
        Assert.True(atKill is >= 5 and < Size, $"the kill should land mid-session; {atKill} of {Size} were done\n{first.Tail()}");

        // The test holds no SQLite connection while the second run starts.
        await db.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        using var second = Track(processes, PortalProcess.Start("portal (second run)", settings, root.Path));
        await second.WaitUntilReadyAsync(StartTimeout * 2);
        using var secondApi = Api(second);
        var session = await WaitUntilFinishedAsync(secondApi, sessionId, processes);

        await using var after = database.CreateContext();
        await AssertEachItemOnceAsync(after, sessionId, Size, session, processes);
    }

    [Fact]
    [Trait("Category", "Postgres")]
    public async Task Two_portals_on_postgres_run_a_hundred_candidate_session_once_and_both_stream_its_progress()
    {
        const int Size = 100;
        using var database = TestDatabase.Create(DatabaseOptions.Postgres);
        using var root = new TempFolder("rp-session-instances");
        var settings = Settings(database, root.Path, StorageOptions.Database, concurrency: 2);
        var processes = new List<PortalProcess>();

        using var a = Track(processes, PortalProcess.Start("portal A", settings, root.Path));
        await a.WaitUntilReadyAsync(StartTimeout);
        using var b = Track(processes, PortalProcess.Start("portal B", settings, root.Path));
        await b.WaitUntilReadyAsync(StartTimeout);
        await using var db = database.CreateContext();
        var tenantId = await db.Tenants.Where(t => t.Name == TenantName).Select(t => t.Id).SingleAsync();
        var candidates = await SessionCandidates.SeedAsync(db, tenantId, Size);
        using var apiA = Api(a);
        using var apiB = Api(b);

        // Held at first, so both streams are open before any item runs.
        var jobId = await CreateJobAsync(apiA);
        var start = await apiA.PostAsJsonAsync("api/v1/tailor-sessions", new { job_posting_id = jobId, candidate_ids = candidates });
        var sessionId = (await start.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("session_id").GetGuid();
        (await apiA.PostAsync($"api/v1/tailor-sessions/{sessionId}/pause", null)).EnsureSuccessStatusCode();
        using var stop = new CancellationTokenSource(FinishTimeout);
        var streamA = ReadStreamAsync(a, sessionId, stop.Token);
        var streamB = ReadStreamAsync(b, sessionId, stop.Token);
        await Task.Delay(500);
        (await apiB.PostAsync($"api/v1/tailor-sessions/{sessionId}/resume", null)).EnsureSuccessStatusCode();

        var seenA = await streamA;
        var seenB = await streamB;
        var session = await WaitUntilFinishedAsync(apiB, sessionId, processes);
        await AssertEachItemOnceAsync(db, sessionId, Size, session, processes);

        foreach (var (name, seen) in new[] { ("A", seenA), ("B", seenB) })
        {
            Assert.True(seen.Count >= 3, $"portal {name}'s stream should show progress, saw {string.Join(" ", seen)}");
            Assert.Equal(Size, seen[^1]);
            Assert.Equal(seen.Order(), seen);
        }

        var workers = await db.PipelineJobs.IgnoreQueryFilters().Where(j => j.CorrelationId == sessionId).Select(j => j.WorkerId).ToListAsync();
        Assert.Contains(workers, w => w!.Contains($"-{a.ProcessId}-", StringComparison.Ordinal));
        Assert.Contains(workers, w => w!.Contains($"-{b.ProcessId}-", StringComparison.Ordinal));
    }

    private static async Task AssertEachItemOnceAsync(PortalDbContext db, Guid sessionId, int size, JsonElement session, IReadOnlyList<PortalProcess> processes)
    {
        Assert.Equal("completed", session.GetProperty("status").GetString());
        Assert.Equal(size, session.GetProperty("total_candidates").GetInt32());
        Assert.Equal(size, session.GetProperty("completed_count").GetInt32());
        Assert.Equal(0, session.GetProperty("failed_count").GetInt32());

        var rows = await db.Set<TailoredResume>().IgnoreQueryFilters().AsNoTracking().Where(t => t.SessionId == sessionId).Select(t => new { t.Id, t.CandidateId, t.Status }).ToListAsync();
        Assert.Equal(size, rows.Count);
        Assert.Equal(size, rows.Select(r => r.CandidateId).Distinct().Count());
        Assert.All(rows, r => Assert.Equal(TailoredResumeStatuses.Completed, r.Status));
        var jobs = await db.PipelineJobs.IgnoreQueryFilters().AsNoTracking().Where(j => j.CorrelationId == sessionId).ToListAsync();
        Assert.Equal(size, jobs.Count);
        Assert.All(jobs, j => Assert.Equal(PipelineJobStatus.Completed, j.Status));
        Assert.Equal(rows.Select(r => r.Id).Order(), jobs.Select(j => j.SubjectId!.Value).Order());

        // The handler logs a completion after it commits; a second run of an item would log again.
        var completions = processes.SelectMany(p => CompletedLine().Matches(p.Output)).GroupBy(m => m.Groups[1].Value.ToLowerInvariant()).ToDictionary(g => g.Key, g => g.Count());
        Assert.All(completions, c => Assert.Equal(1, c.Value));

        // The console logger writes from a queue, so SIGKILL can drop a process's last line or two
        // (an item committed just before the kill). Every other completion is in the output.
        var unlogged = rows.Count(r => !completions.ContainsKey(r.Id.ToString()));
        var killed = processes.Count(p => p.WasKilled);
        Assert.True(unlogged <= 2 * killed, $"{unlogged} completed items have no completion line; {killed} processes were killed");
    }

    private static async Task<List<int>> ReadStreamAsync(PortalProcess portal, Guid sessionId, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = portal.BaseAddress, Timeout = Timeout.InfiniteTimeSpan };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ApiKey);
        await using var stream = await http.GetStreamAsync($"api/v1/tailor-sessions/{sessionId}/events", cancellationToken);
        using var reader = new StreamReader(stream);
        var seen = new List<int>();
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (!line.StartsWith("data: ", StringComparison.Ordinal))
            {
                continue;
            }

            var update = JsonDocument.Parse(line["data: ".Length..]).RootElement;
            var completed = update.GetProperty("completed_count").GetInt32();
            if (seen.Count == 0 || seen[^1] != completed)
            {
                seen.Add(completed);
            }
        }

        return seen;
    }

    private static async Task<Guid> StartAsync(HttpClient api, IReadOnlyList<Guid> candidates)
    {
        var jobId = await CreateJobAsync(api);
        var start = await api.PostAsJsonAsync("api/v1/tailor-sessions", new { job_posting_id = jobId, candidate_ids = candidates });
        start.EnsureSuccessStatusCode();
        return (await start.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("session_id").GetGuid();
    }

    private static async Task<Guid> CreateJobAsync(HttpClient api)
    {
        var posting = await api.PostAsJsonAsync("api/v1/job-postings", new { title = "Backend Engineer", company = "Acme", description = SessionCandidates.JobDescription });
        posting.EnsureSuccessStatusCode();
        return (await posting.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static async Task<JsonElement> WaitUntilFinishedAsync(HttpClient api, Guid sessionId, IReadOnlyList<PortalProcess> processes)
    {
        var deadline = DateTime.UtcNow + FinishTimeout;
        JsonElement session;
        do
        {
            session = await api.GetFromJsonAsync<JsonElement>($"api/v1/tailor-sessions/{sessionId}");
            if (session.GetProperty("status").GetString() != "processing")
            {
                return session;
            }

            await Task.Delay(250);
        }
        while (DateTime.UtcNow < deadline);

        Assert.Fail($"timed out; session is {session.GetProperty("completed_count")}/{session.GetProperty("total_candidates")}\n{string.Join("\n\n", processes.Select(p => p.Tail()))}");
        return session;
    }

    private static HttpClient Api(PortalProcess portal)
    {
        var http = new HttpClient { BaseAddress = portal.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ApiKey);
        return http;
    }

    private static PortalProcess Track(List<PortalProcess> processes, PortalProcess process)
    {
        processes.Add(process);
        return process;
    }

    private static Dictionary<string, string?> Settings(TestDatabase database, string root, string storage, int concurrency) => new(database.Settings)
    {
        ["Portal:DataFolder"] = Path.Combine(root, "data"),
        ["Storage:Provider"] = storage,
        ["Demo:Enabled"] = "false",
        ["Bootstrap:TenantName"] = TenantName,
        ["Bootstrap:AdminEmail"] = "owner@session.test",
        ["Bootstrap:AdminPassword"] = TestTenants.Password,
        ["Bootstrap:ApiKey"] = ApiKey,
        ["Bulk:MaxConcurrency"] = $"{concurrency}",
        ["Pipeline:Workers"] = "2",
        ["RateLimits:ApiPerMinute"] = "1000000",
        ["Pipeline:PollInterval"] = "00:00:00.200",
        ["Pipeline:HeartbeatInterval"] = "00:00:00.500",
        ["Pipeline:LeaseTimeout"] = "00:00:05",
        ["Pipeline:ReclaimInterval"] = "00:00:01",
        ["Logging:LogLevel:Default"] = "Warning",
        ["Logging:LogLevel:RecruiterPortal"] = "Information",
        ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Information",
        ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Error",
        ["Logging:Console:FormatterName"] = "simple",
        ["Logging:Console:FormatterOptions:SingleLine"] = "true",
    };

    [GeneratedRegex(@"Tailoring ([0-9a-fA-F-]{36}) completed")]
    private static partial Regex CompletedLine();
}
