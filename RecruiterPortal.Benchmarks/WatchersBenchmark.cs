using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using RecruiterPortal.Core.Data;
using RecruiterPortal.Core.Privacy;
using RecruiterPortal.Core.Tailoring;
using RecruiterPortal.Tests.Fixtures;
using RecruiterPortal.Tests.OutOfProcess;

namespace RecruiterPortal.Benchmarks;

/// <summary>
/// Many people watching one bulk session: the portal runs as its own process (SQLite, built-in
/// engine), W browser pages in headless Chromium each hold a circuit on the session page, and the
/// session runs C candidates. Each page records, in the browser, when its "Done" figure changed; each
/// item's completion time comes from the database. Lag is the time from an item's completion to the
/// first moment a page shows a count that includes it. Server memory is the portal's resident set
/// before and after the watchers open. Options: --watchers W (50), --candidates C (100),
/// --concurrency N (Bulk:MaxConcurrency, 1), --crowd-refresh-ms M (Bulk:CrowdRefresh, the portal's
/// default when absent), --viewport WxH (1280x800; each page's size, which sets Chromium's painting work).
/// </summary>
internal sealed class WatchersBenchmark : IBenchmarkCommand
{
    private const string TenantName = "Watchers Staffing";
    private const string OwnerEmail = "owner@watchers.test";
    private const string Password = "correct horse battery staple";
    private const string ApiKey = "rpk_watchers-bench-0123456789-abcdefghijkl";

    // Runs in each page: every change of the session's Done figure, with the wall-clock time it happened.
    private const string Recorder = """
        () => {
          const read = () => parseInt(document.querySelector('[data-testid=session-completed]')?.textContent ?? '', 10);
          window.__rpSeen = [[read(), Date.now()]];
          new MutationObserver(() => {
            const value = read();
            const seen = window.__rpSeen;
            if (!Number.isNaN(value) && value !== seen[seen.length - 1][0]) seen.push([value, Date.now()]);
          }).observe(document.body, { subtree: true, childList: true, characterData: true });
        }
        """;

    public string Name => "watchers";

    string IBenchmarkCommand.Description => "W browser circuits watching one bulk session (portal process + Chromium): lag event→screen, server memory per circuit";

    public int Run(string[] args) => RunAsync(args).GetAwaiter().GetResult();

    private static async Task<int> RunAsync(string[] args)
    {
        var watchers = BenchmarkArgs.Option(args, "--watchers", 50);
        var size = BenchmarkArgs.Option(args, "--candidates", 100);
        var concurrency = BenchmarkArgs.Option(args, "--concurrency", 1);
        var crowdRefresh = BenchmarkArgs.Option(args, "--crowd-refresh-ms", 0);
        var viewport = (BenchmarkArgs.Text(args, "--viewport") ?? "1280x800").Split('x');
        using var root = new TempFolder("rp-bench-watchers");
        var connection = $"Data Source={Path.Combine(root.Path, "portal.db")}";
        using var portal = PortalProcess.Start("portal", Settings(root.Path, connection, concurrency, watchers, crowdRefresh), root.Path);
        try
        {
            await portal.WaitUntilReadyAsync(TimeSpan.FromMinutes(3));
            // Contact fields are encrypted with the portal's key ring, which lives in its database: contexts opened
            // here read and write them through that same ring, as the portal's own contexts do.
            ServiceProvider? keyRing = null;
            var collection = new ServiceCollection();
            collection.AddLogging();
            collection.AddScoped<PortalDbContext>(_ => new SqlitePortalDbContext(Options(), null));
            collection.AddPortalKeyRing();
            keyRing = collection.BuildServiceProvider();
            DbContextOptions<SqlitePortalDbContext> Options() => new DbContextOptionsBuilder<SqlitePortalDbContext>().UseSqlite(connection).UseApplicationServiceProvider(keyRing).Options;
            var dbOptions = Options();
            Guid sessionId;
            await using (var db = new SqlitePortalDbContext(dbOptions, null))
            {
                var tenantId = await db.Tenants.Where(t => t.Name == TenantName).Select(t => t.Id).SingleAsync();
                var candidates = await SessionCandidates.SeedAsync(db, tenantId, size);
                using var api = Api(portal);
                sessionId = await StartPausedAsync(api, candidates);
            }

            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = Environment.GetEnvironmentVariable("RP_CHROMIUM") ?? "/usr/bin/chromium",
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-renderer-backgrounding", "--disable-background-timer-throttling"],
            });
            var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = portal.BaseAddress.ToString(), ViewportSize = new ViewportSize { Width = int.Parse(viewport[0], CultureInfo.InvariantCulture), Height = int.Parse(viewport[1], CultureInfo.InvariantCulture) } });
            context.SetDefaultTimeout(120_000);
            context.SetDefaultNavigationTimeout(120_000);

            // Sign in and open the page once, so the baseline includes a warm render path but no watcher.
            var first = await context.NewPageAsync();
            await SignInAsync(first);
            await OpenAsync(first, sessionId);
            await first.GotoAsync("Account/Login");
            await Task.Delay(TimeSpan.FromSeconds(5));
            var rssBefore = ResidentBytes(portal.ProcessId);

            var pages = new List<IPage>();
            var opening = Stopwatch.StartNew();
            for (var i = 0; i < watchers; i++)
            {
                var page = await context.NewPageAsync();
                await OpenAsync(page, sessionId);
                await page.EvaluateAsync(Recorder);
                pages.Add(page);
            }

            var metrics = await RendererMetrics.OpenAsync(context, pages);

            var openedIn = opening.Elapsed;
            var idleCpu = CpuSeconds(portal.ProcessId);
            var idleMain = await metrics.ReadAsync();
            await Task.Delay(TimeSpan.FromSeconds(5));
            idleCpu = (CpuSeconds(portal.ProcessId).Portal - idleCpu.Portal, CpuSeconds(portal.ProcessId).Browser - idleCpu.Browser);
            idleMain = (await metrics.ReadAsync()).Minus(idleMain);
            var rssWatching = ResidentBytes(portal.ProcessId);

            var runCpu = CpuSeconds(portal.ProcessId);
            var runMain = await metrics.ReadAsync();
            var run = Stopwatch.StartNew();
            using (var api = Api(portal))
            {
                (await api.PostAsync($"api/v1/tailor-sessions/{sessionId}/resume", null)).EnsureSuccessStatusCode();
                await WaitUntilFinishedAsync(api, sessionId);
            }

            var ranIn = run.Elapsed;
            var endCpu = CpuSeconds(portal.ProcessId);
            runCpu = (endCpu.Portal - runCpu.Portal, endCpu.Browser - runCpu.Browser);
            runMain = (await metrics.ReadAsync()).Minus(runMain);
            var rssPeak = ResidentBytes(portal.ProcessId);
            await Task.Delay(TimeSpan.FromSeconds(3));

            List<long> completions;
            await using (var db = new SqlitePortalDbContext(dbOptions, null))
            {
                var times = await db.Set<TailoredResume>().IgnoreQueryFilters().AsNoTracking()
                    .Where(t => t.SessionId == sessionId && t.Status == TailoredResumeStatuses.Completed && t.ProcessingCompletedAt != null)
                    .Select(t => t.ProcessingCompletedAt!.Value).ToListAsync();
                completions = times.Select(t => new DateTimeOffset(DateTime.SpecifyKind(t, DateTimeKind.Utc)).ToUnixTimeMilliseconds()).Order().ToList();
            }

            var lags = new List<double>();
            var missed = 0;
            var worstPerPage = new List<double>();
            foreach (var page in pages)
            {
                var seen = await page.EvaluateAsync<long[][]>("() => window.__rpSeen");
                var pageLags = Lags(completions, seen, ref missed);
                lags.AddRange(pageLags);
                worstPerPage.Add(pageLags.Count > 0 ? pageLags.Max() : double.NaN);
            }

            var sorted = lags.Order().ToArray();
            Console.WriteLine($"watchers: {watchers} circuits ({string.Join('x', viewport)} pages) on one session of {size} candidates, built-in engine, Bulk:MaxConcurrency {concurrency}, Bulk:CrowdRefresh {(crowdRefresh > 0 ? $"{crowdRefresh} ms" : "default")}, SQLite, {Environment.ProcessorCount} cores (portal, Chromium and this driver share them)");
            Console.WriteLine($"opening {watchers} session pages took {openedIn.TotalSeconds:F1} s; the session ran {completions.Count} items in {ranIn.TotalSeconds:F1} s ({completions.Count / ranIn.TotalSeconds:F1} items/s)");
            if (sorted.Length == 0)
            {
                Console.WriteLine("no page showed any progress");
                return 1;
            }

            Console.WriteLine($"lag item completed → page shows it, over {sorted.Length} (page, item) pairs: p50 {BenchmarkArgs.Percentile(sorted, 0.50):F0} ms, p95 {BenchmarkArgs.Percentile(sorted, 0.95):F0} ms, p99 {BenchmarkArgs.Percentile(sorted, 0.99):F0} ms, max {sorted[^1]:F0} ms (target p95 ≤ 1000 ms)");
            Console.WriteLine($"pages that never showed an item: {missed} (page, item) pairs; every page's final figure: {string.Join(",", (await FinalFiguresAsync(pages)).Distinct())}");
            Console.WriteLine($"CPU while the session ran: portal {runCpu.Portal:F1} s, Chromium {runCpu.Browser:F1} s over {ranIn.TotalSeconds:F1} s; with the watchers idle for 5 s: portal {idleCpu.Portal:F1} s, Chromium {idleCpu.Browser:F1} s");
            Console.WriteLine($"pages' main threads while the session ran: {runMain}; idle 5 s: {idleMain}");
            Console.WriteLine($"portal resident memory: {Mb(rssBefore)} MB before, {Mb(rssWatching)} MB with {watchers} watchers idle, {Mb(rssPeak)} MB at the session's end → {(rssWatching - rssBefore) / 1024.0 / watchers:F0} KB per watching circuit");
            return 0;
        }
        catch
        {
            Console.Error.WriteLine(portal.Tail());
            throw;
        }
    }

    /// <summary>For each completed item k (in completion order), the delay until the page first showed a count ≥ k.</summary>
    private static List<double> Lags(List<long> completions, long[][] seen, ref int missed)
    {
        var lags = new List<double>();

        // Items done before recording began (a worker that had already taken one when the session paused) have no lag to measure.
        var alreadyShown = seen.Length > 0 ? (int)seen[0][0] : 0;
        for (var k = alreadyShown + 1; k <= completions.Count; k++)
        {
            var shown = seen.FirstOrDefault(s => s[0] >= k);
            if (shown is null)
            {
                missed++;
                continue;
            }

            lags.Add(shown[1] - completions[k - 1]);
        }

        return lags;
    }

    private static async Task<List<string>> FinalFiguresAsync(List<IPage> pages)
    {
        var figures = new List<string>();
        foreach (var page in pages)
        {
            figures.Add(await page.Locator("[data-testid=session-completed]").InnerTextAsync());
        }

        return figures;
    }

    private static async Task SignInAsync(IPage page)
    {
        await page.GotoAsync("Account/Login");
        await page.GetByLabel("Email").FillAsync(OwnerEmail);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.Ordinal));
    }

    private static async Task OpenAsync(IPage page, Guid sessionId)
    {
        await page.GotoAsync($"sessions/{sessionId}");
        await page.WaitForSelectorAsync("body[data-interactive=true]");
        await page.WaitForSelectorAsync("[data-testid=session-completed]");
    }

    private static async Task<Guid> StartPausedAsync(HttpClient api, IReadOnlyList<Guid> candidates)
    {
        var posting = await api.PostAsJsonAsync("api/v1/job-postings", new { title = "Backend Engineer", company = "Acme", description = SessionCandidates.JobDescription });
        posting.EnsureSuccessStatusCode();
        var jobId = (await posting.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var start = await api.PostAsJsonAsync("api/v1/tailor-sessions", new { job_posting_id = jobId, candidate_ids = candidates });
        start.EnsureSuccessStatusCode();
        var sessionId = (await start.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("session_id").GetGuid();
        (await api.PostAsync($"api/v1/tailor-sessions/{sessionId}/pause", null)).EnsureSuccessStatusCode();
        return sessionId;
    }

    private static async Task WaitUntilFinishedAsync(HttpClient api, Guid sessionId)
    {
        var deadline = DateTime.UtcNow.AddMinutes(15);
        while (DateTime.UtcNow < deadline)
        {
            var session = await api.GetFromJsonAsync<JsonElement>($"api/v1/tailor-sessions/{sessionId}");
            if (session.GetProperty("status").GetString() != "processing")
            {
                return;
            }

            // Once a second: the watchers, not this poll, are what is measured.
            await Task.Delay(1000);
        }

        throw new TimeoutException("the session did not finish within 15 minutes");
    }

    private static HttpClient Api(PortalProcess portal)
    {
        var http = new HttpClient { BaseAddress = portal.BaseAddress, Timeout = TimeSpan.FromSeconds(120) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ApiKey);
        return http;
    }

    private static long ResidentBytes(int pid)
    {
        var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024;
    }

    /// <summary>User+system CPU seconds of the portal process and of every Chromium process, from /proc.</summary>
    private static (double Portal, double Browser) CpuSeconds(int portalPid)
    {
        var browser = 0.0;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid) || pid == portalPid)
            {
                continue;
            }

            try
            {
                if (File.ReadAllText(Path.Combine(dir, "comm")).Trim().StartsWith("chromium", StringComparison.Ordinal))
                {
                    browser += Ticks(pid);
                }
            }
            catch (IOException)
            {
                // The process ended while being read.
            }
        }

        return (Ticks(portalPid), browser);
    }

    private static double Ticks(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11]) + long.Parse(fields[12])) / 100.0;
    }

    private static string Mb(long bytes) => $"{bytes / 1024.0 / 1024.0:F0}";

    private static Dictionary<string, string?> Settings(string root, string connection, int concurrency, int watchers, int crowdRefreshMs)
    {
        var settings = Settings(root, connection, concurrency, watchers);
        if (crowdRefreshMs > 0)
        {
            settings["Bulk:CrowdRefresh"] = TimeSpan.FromMilliseconds(crowdRefreshMs).ToString();
        }

        return settings;
    }

    private static Dictionary<string, string?> Settings(string root, string connection, int concurrency, int watchers) => new()
    {
        ["Database:Provider"] = DatabaseOptions.Sqlite,
        ["ConnectionStrings:Portal"] = connection,
        ["Portal:DataFolder"] = Path.Combine(root, "data"),
        ["Demo:Enabled"] = "false",
        ["Bootstrap:TenantName"] = TenantName,
        ["Bootstrap:AdminEmail"] = OwnerEmail,
        ["Bootstrap:AdminPassword"] = Password,
        ["Bootstrap:ApiKey"] = ApiKey,
        ["Bulk:MaxConcurrency"] = $"{concurrency}",
        ["Circuits:MaxPerUser"] = $"{watchers + 10}",
        ["Logging:LogLevel:Default"] = "Warning",
        ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Information",
    };
}
