using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RecruiterPortal.Core;
using RecruiterPortal.Core.Candidates;
using RecruiterPortal.Core.Data;
using RecruiterPortal.Core.Ingestion;
using RecruiterPortal.Core.JobPostings;
using RecruiterPortal.Core.Matching;
using RecruiterPortal.Core.Provisioning;
using RecruiterPortal.Core.Skills;
using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Benchmarks;

/// <summary>
/// A posting's first page of matches with N synthetic candidates stored in SQLite: the cold read
/// (loading resumes and building the candidate index), warm reads (index cached; the stamp query,
/// ranking and the pending count), and one <c>score_job</c> pass storing every analysis.
/// Options: --candidates N (10000), --runs R (20), --top T (50).
/// </summary>
internal sealed class JobPageBenchmark : IBenchmarkCommand
{
    public string Name => "jobpage";

    public string Description => "RankAsync first page with N synthetic candidates in SQLite (cold and warm), and a score_job pass";

    public int Run(string[] args) => RunAsync(args).GetAwaiter().GetResult();

    private static async Task<int> RunAsync(string[] args)
    {
        var count = Option(args, "--candidates", 10_000);
        var runs = Option(args, "--runs", 20);
        var top = Option(args, "--top", 50);
        var folder = Path.Combine(Path.GetTempPath(), $"rp-bench-jobpage-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            using var host = BuildHost(folder);
            await host.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);
            var tenantId = await CreateTenantAsync(host.Services);
            var seeding = Stopwatch.StartNew();
            await SeedAsync(host.Services, tenantId, count);
            Console.WriteLine($"jobpage: {count} candidates stored in {seeding.Elapsed.TotalSeconds:F1} s, SQLite at {folder}");

            var jobId = await CreateJobAsync(host.Services, tenantId);
            var cold = await TimeRankAsync(host.Services, tenantId, jobId, top);
            Console.WriteLine($"cold  RankAsync top {top}: {cold.Elapsed.TotalMilliseconds,8:F1} ms  (total {cold.Page.Total}, pending {cold.Page.PendingCount}, best {cold.Page.Items[0].Score:F4})");

            var warm = new List<double>();
            for (var i = 0; i < runs; i++)
            {
                warm.Add((await TimeRankAsync(host.Services, tenantId, jobId, top)).Elapsed.TotalMilliseconds);
            }

            warm.Sort();
            Console.WriteLine($"warm  RankAsync top {top}: p50 {Percentile(warm, 0.5),8:F1} ms  p95 {Percentile(warm, 0.95),8:F1} ms  ({runs} runs)");

            // One candidate's profile changes (a recruiter's correction, a new resume version): only that
            // candidate's features are rebuilt before the next ranking.
            await using (var scope = Scope(host.Services, tenantId))
            {
                await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
                var one = await db.Set<Candidate>().FirstAsync();
                one.UpdatedAt = DateTime.UtcNow;
                await db.SaveChangesAsync();
            }

            var changed = await TimeRankAsync(host.Services, tenantId, jobId, top);
            Console.WriteLine($"after one candidate changed, RankAsync top {top}: {changed.Elapsed.TotalMilliseconds,8:F1} ms");

            var analyse = Stopwatch.StartNew();
            int? stored;
            await using (var scope = Scope(host.Services, tenantId))
            {
                stored = await scope.ServiceProvider.GetRequiredService<MatchingService>().AnalyseAsync(jobId);
            }

            Console.WriteLine($"score_job pass: {stored} analyses stored in {analyse.Elapsed.TotalMilliseconds:F0} ms");
            var after = await TimeRankAsync(host.Services, tenantId, jobId, top);
            Console.WriteLine($"warm  RankAsync after analyses: {after.Elapsed.TotalMilliseconds,8:F1} ms  (pending {after.Page.PendingCount})");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }

        return 0;
    }

    internal static IHost BuildHost(string folder, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = folder });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = DatabaseOptions.Sqlite,
            ["ConnectionStrings:Portal"] = $"Data Source={Path.Combine(folder, "portal.db")}",
            ["Portal:DataFolder"] = Path.Combine(folder, "data"),
            ["Demo:Enabled"] = "false",
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddDataProtection();
        builder.Services.AddPortalCore(builder.Configuration, folder);
        return builder.Build();
    }

    internal static AsyncServiceScope Scope(IServiceProvider services, Guid tenantId)
    {
        var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Use(tenantId, null, PortalRoles.Recruiter);
        return scope;
    }

    internal static async Task<Guid> CreateTenantAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<TenantProvisioner>()
            .CreateTenantAsync(new NewTenant("Benchmark Staffing", "owner@bench.test", "correct horse battery staple"));
        return created.Value?.Id ?? throw new InvalidOperationException(created.Error);
    }

    /// <summary>Candidates with a current, parsed resume, written in batches like bulk ingestion would leave them.</summary>
    internal static async Task SeedAsync(IServiceProvider services, Guid tenantId, int count)
    {
        var taxonomy = services.GetRequiredService<SkillTaxonomy>();
        var now = DateTime.UtcNow;
        foreach (var batch in SyntheticResumes.Create(count, 7, taxonomy).Chunk(1000))
        {
            await using var scope = Scope(services, tenantId);
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            foreach (var (text, parsed) in batch)
            {
                var candidate = new Candidate { TenantId = tenantId, FullName = parsed.FullName, Email = parsed.Email, CreatedAt = now, UpdatedAt = now };
                var resume = new Resume
                {
                    TenantId = tenantId,
                    CandidateId = candidate.Id,
                    FileName = $"{candidate.Id:N}.txt",
                    ContentType = "text/plain",
                    Format = "txt",
                    Sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text))),
                    Status = ResumeStatuses.Completed,
                    RawText = text,
                    ParsedJson = ParsedResumeJson.Serialize(parsed),
                    VersionNumber = 1,
                };
                candidate.CurrentResumeId = resume.Id;
                db.AddRange(candidate, resume);
            }

            await db.SaveChangesAsync();
        }
    }

    private static async Task<Guid> CreateJobAsync(IServiceProvider services, Guid tenantId)
    {
        var description = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot(), "RecruiterPortal.Tests", "Fixtures", "Jobs", "backend-python.txt"));
        await using var scope = Scope(services, tenantId);
        var created = await scope.ServiceProvider.GetRequiredService<JobPostingService>()
            .CreateAsync(new JobPostingInput { Title = "Senior Backend Engineer (Python)", Description = description });
        return created.Value?.Id ?? throw new InvalidOperationException(created.Error);
    }

    private static async Task<(TimeSpan Elapsed, MatchRankPage Page)> TimeRankAsync(IServiceProvider services, Guid tenantId, Guid jobId, int top)
    {
        await using var scope = Scope(services, tenantId);
        var matching = scope.ServiceProvider.GetRequiredService<MatchingService>();
        var watch = Stopwatch.StartNew();
        var page = await matching.RankAsync(jobId, new RankRequest(Top: top));
        return (watch.Elapsed, page.Value ?? throw new InvalidOperationException(page.Error));
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    internal static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "RecruiterPortal.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Run the benchmark from inside the repository.");
    }
}
