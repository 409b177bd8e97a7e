using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RecruiterPortal.Core.Bulk;
using RecruiterPortal.Core.Candidates;
using RecruiterPortal.Core.Data;
using RecruiterPortal.Core.JobPostings;
using Microsoft.EntityFrameworkCore;

namespace RecruiterPortal.Benchmarks;

/// <summary>
/// A bulk tailoring session of N synthetic candidates run by the built-in engine on this machine's
/// pipeline workers (SQLite): wall time from start to the session's end, items per second, and the
/// process's managed heap and working set before and after. Options: --candidates N (500).
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
        var folder = Path.Combine(Path.GetTempPath(), $"rp-bench-bulk-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            using var host = JobPageBenchmark.BuildHost(folder);
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
                    .StartAsync(new TailorSessionRequest(jobId, CandidateIds: candidates));
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
            Console.WriteLine($"bulk: {count} candidates, {Environment.ProcessorCount} cores, Bulk:MaxConcurrency 2 (default)");
            Console.WriteLine($"start (one transaction: session, {count} tailorings, {count} jobs): {startedIn.TotalMilliseconds:F0} ms");
            Console.WriteLine($"session {view.Status}: {view.CompletedCount} completed, {view.FailedCount} failed in {wall.TotalSeconds:F1} s = {view.TotalCandidates / wall.TotalSeconds:F1} items/s");
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
