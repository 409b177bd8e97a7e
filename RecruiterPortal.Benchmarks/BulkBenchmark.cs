using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RecruiterPortal.Core.Ai;
using RecruiterPortal.Core.Bulk;
using RecruiterPortal.Core.Tailoring;
using RecruiterPortal.Tests.Fixtures;
using RecruiterPortal.Core.Candidates;
using RecruiterPortal.Core.Data;
using RecruiterPortal.Core.JobPostings;
using Microsoft.EntityFrameworkCore;

namespace RecruiterPortal.Benchmarks;

/// <summary>
/// A bulk tailoring session of N synthetic candidates run by the built-in engine on this machine's
/// pipeline workers (SQLite): wall time from start to the session's end, items per second, and the
/// process's managed heap and working set before and after. Options: --candidates N (500),
/// --concurrency C (Bulk:MaxConcurrency, 2). With --llm-delay-ms D the session tailors through the LLM
/// engine against a fake OpenAI-compatible server that answers in D ms (one round per candidate), and
/// reports items/s against the C / D items/s that latency and concurrency allow.
/// </summary>
internal sealed class BulkBenchmark : IBenchmarkCommand
{
    private const string Description = "Requirements:\n- Python and Django\n- PostgreSQL and SQL\n- Docker and Kubernetes\n- REST APIs\nNice to have: AWS, Kafka";

    public string Name => "bulk";

    string IBenchmarkCommand.Description => "A bulk tailoring session of N synthetic candidates (built-in engine, SQLite): wall time, items/s, memory";

    public int Run(string[] args) => RunAsync(args).GetAwaiter().GetResult();

    private static async Task<int> RunAsync(string[] args)
    {
        var count = JobPageBenchmark.Option(args, "--candidates", 500);
        var llmDelayMs = JobPageBenchmark.Option(args, "--llm-delay-ms", 0);
        var concurrency = JobPageBenchmark.Option(args, "--concurrency", llmDelayMs > 0 ? 8 : 2);
        await using var fake = llmDelayMs > 0 ? await FakeOpenAiServer.StartAsync() : null;
        fake?.Script(r => FakeReply.Faithful(r) with { Delay = TimeSpan.FromMilliseconds(llmDelayMs) });
        var settings = new Dictionary<string, string?>
        {
            ["Bulk:MaxConcurrency"] = $"{concurrency}",
            ["Pipeline:Workers"] = $"{Math.Max(concurrency, Environment.ProcessorCount)}",
        };
        if (fake is not null)
        {
            // The request limit is set out of the way: latency and concurrency are the only brakes measured.
            settings["Ai:Provider"] = AiProviders.OpenAiCompatible;
            settings["Ai:Endpoint"] = fake.Endpoint.ToString();
            settings["Ai:Model"] = "fake-model";
            settings["Ai:MaxRequestsPerMinute"] = "60000";
            settings["Ai:FallbackToBuiltIn"] = "false";
        }

        var folder = Path.Combine(Path.GetTempPath(), $"rp-bench-bulk-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            using var host = JobPageBenchmark.BuildHost(folder, settings);
            await host.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);
            await host.StartAsync();
            var tenantId = await JobPageBenchmark.CreateTenantAsync(host.Services);
            await JobPageBenchmark.SeedAsync(host.Services, tenantId, count);

            Guid jobId;
            List<Guid> candidates;
            await using (var scope = JobPageBenchmark.Scope(host.Services, tenantId))
            {
                var created = await scope.ServiceProvider.GetRequiredService<JobPostingService>()
                    .CreateAsync(new JobPostingInput { Title = "Backend Engineer", Description = Description });
                jobId = created.Value?.Id ?? throw new InvalidOperationException(created.Error);
                candidates = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<Candidate>().Select(c => c.Id).ToListAsync();
            }

            GC.Collect();
            var heapStart = GC.GetTotalMemory(forceFullCollection: true);
            var setStart = Process.GetCurrentProcess().WorkingSet64;
            var watch = Stopwatch.StartNew();
            Guid sessionId;
            await using (var scope = JobPageBenchmark.Scope(host.Services, tenantId))
            {
                var started = await scope.ServiceProvider.GetRequiredService<TailorSessionService>()
                    .StartAsync(new TailorSessionRequest(jobId, CandidateIds: candidates, Options: fake is null ? null : new TailorOptions { MaxIterations = 1 }));
                sessionId = started.Value?.SessionId ?? throw new InvalidOperationException(started.Error);
            }

            var startedIn = watch.Elapsed;
            TailorSessionView view;
            while (true)
            {
                await Task.Delay(250);
                await using var scope = JobPageBenchmark.Scope(host.Services, tenantId);
                view = (await scope.ServiceProvider.GetRequiredService<TailorSessionService>().GetAsync(sessionId))!;
                if (view.Status != TailorSessionStatuses.Processing)
                {
                    break;
                }
            }

            var wall = watch.Elapsed;
            var setEnd = Process.GetCurrentProcess().WorkingSet64;
            var heapEnd = GC.GetTotalMemory(forceFullCollection: true);
            Console.WriteLine($"bulk: {count} candidates, {Environment.ProcessorCount} cores, Bulk:MaxConcurrency {concurrency}, engine {(fake is null ? "built-in" : $"LLM (fake answering in {llmDelayMs} ms)")}");
            Console.WriteLine($"start (one transaction: session, {count} tailorings, {count} jobs): {startedIn.TotalMilliseconds:F0} ms");
            Console.WriteLine($"session {view.Status}: {view.CompletedCount} completed, {view.FailedCount} failed in {wall.TotalSeconds:F1} s = {view.TotalCandidates / wall.TotalSeconds:F1} items/s");
            if (fake is not null)
            {
                // Each request holds a slot for the answer's latency: C slots allow C / latency requests per second.
                var requestsPerItem = fake.Requests.Count / (double)view.TotalCandidates;
                var allowed = concurrency / (llmDelayMs / 1000.0) / requestsPerItem;
                var measured = view.TotalCandidates / (wall - startedIn).TotalSeconds;
                Console.WriteLine($"LLM: {fake.Requests.Count} requests ({requestsPerItem:F2} per item); {measured:F2} items/s after the start against {allowed:F2} items/s allowed → ratio {measured / allowed:F3} (target ≥ 0.9)");
            }

            Console.WriteLine($"memory: managed heap {heapStart / 1048576.0:F1} MB -> {heapEnd / 1048576.0:F1} MB; working set {setStart / 1048576.0:F1} MB -> {setEnd / 1048576.0:F1} MB");
            await host.StopAsync();
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }

        return 0;
    }
}
