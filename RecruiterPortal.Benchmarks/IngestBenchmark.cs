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
using RecruiterPortal.Core.Pipeline;
using RecruiterPortal.Core.Provisioning;
using RecruiterPortal.Core.Tenancy;
using RecruiterPortal.Tests.Fixtures;

namespace RecruiterPortal.Benchmarks;

/// <summary>
/// Resume ingestion end to end, in-process: the portal's Core services and pipeline workers on a
/// temporary SQLite database, N mixed fixture resumes (made distinct) uploaded through
/// <see cref="ResumeUploadService"/> in one batch, timed until every job is final. Measures the
/// engine (extraction, parsing, the database), not HTTP. Options: --files N (200), --workers W
/// (one per core), --pdf-share (0.35), --docx-share (0.15), --keep (leave the database for inspection).
/// </summary>
internal sealed class IngestBenchmark : IBenchmarkCommand
{
    private const double TargetPerSecond = 20;
    private const double TargetP50Ms = 500;

    public string Name => "ingest";

    public string Description => "ingest N mixed resumes end to end on SQLite (resumes/s, p50/p95 per resume and per stage)";

    public int Run(string[] args) => RunAsync(args).GetAwaiter().GetResult();

    private static async Task<int> RunAsync(string[] args)
    {
        var fileCount = Option(args, "--files", 200);
        var workers = Option(args, "--workers", Math.Clamp(Environment.ProcessorCount, 1, PipelineOptions.MaxWorkers));
        var pdfShare = Option(args, "--pdf-share", 0.35);
        var docxShare = Option(args, "--docx-share", 0.15);
        var keep = args.Contains("--keep");

        var fixtures = Path.Combine(RepositoryRoot(), "RecruiterPortal.Tests", "Fixtures", "Resumes");
        var files = ResumeCorpus.Build(fixtures, fileCount, pdfShare, docxShare);
        var folder = Path.Combine(Path.GetTempPath(), $"rp-bench-ingest-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            using var host = BuildHost(folder, workers, fileCount);
            await host.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);
            await KeepCheckpointsAsync(host.Services);
            var tenantId = await CreateTenantAsync(host.Services);
            await host.StartAsync();

            Console.WriteLine($"ingest: {files.Count} files ({Mix(files)}), {workers} workers, {Environment.ProcessorCount} cores, SQLite at {folder}");
            var uploadStart = DateTime.UtcNow;
            var watch = Stopwatch.StartNew();
            var accepted = await UploadAsync(host.Services, tenantId, files);
            var uploadTime = watch.Elapsed;
            await WaitUntilFinalAsync(host.Services, tenantId, accepted, TimeSpan.FromMinutes(15));
            var detected = watch.Elapsed;
            await host.StopAsync();

            var report = await ReadAsync(host.Services, tenantId, files);
            Print(report, uploadStart, uploadTime, detected, workers);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (!keep)
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        return 0;
    }

    private static IHost BuildHost(string folder, int workers, int fileCount)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = folder });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = DatabaseOptions.Sqlite,
            ["ConnectionStrings:Portal"] = $"Data Source={Path.Combine(folder, "portal.db")}",
            ["Portal:DataFolder"] = Path.Combine(folder, "data"),
            ["Demo:Enabled"] = "false",
            ["Pipeline:Workers"] = workers.ToString(CultureInfo.InvariantCulture),
            ["Uploads:MaxFilesPerBatch"] = Math.Max(200, fileCount).ToString(CultureInfo.InvariantCulture),
        });
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddDataProtection();
        builder.Services.AddPortalCore(builder.Configuration, folder);
        return builder.Build();
    }

    /// <summary>
    /// Completing a job deletes its checkpoints; a trigger copies each one as it is written so the
    /// stage boundaries (extract done, parse done) survive for the report.
    /// </summary>
    private static async Task KeepCheckpointsAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        await db.Database.ExecuteSqlRawAsync(
            """
            CREATE TABLE bench_checkpoint_log (job_id TEXT NOT NULL, step TEXT NOT NULL, created_at TEXT NOT NULL);
            CREATE TRIGGER bench_keep_checkpoint_insert AFTER INSERT ON pipeline_checkpoints
            BEGIN INSERT INTO bench_checkpoint_log VALUES (NEW.job_id, NEW.step, NEW.created_at); END;
            CREATE TRIGGER bench_keep_checkpoint_update AFTER UPDATE ON pipeline_checkpoints
            BEGIN INSERT INTO bench_checkpoint_log VALUES (NEW.job_id, NEW.step, NEW.created_at); END;
            """);
    }

    private static async Task<Guid> CreateTenantAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<TenantProvisioner>()
            .CreateTenantAsync(new NewTenant("Benchmark Staffing", "owner@bench.test", "correct horse battery staple"));
        return created.Value?.Id ?? throw new InvalidOperationException(created.Error);
    }

    private static async Task<int> UploadAsync(IServiceProvider services, Guid tenantId, IReadOnlyList<CorpusFile> files)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Use(tenantId);
        var result = await scope.ServiceProvider.GetRequiredService<ResumeUploadService>()
            .UploadAsync(files.Select(f => ResumeUploadFile.FromBytes(f.FileName, f.Content)).ToList());
        var refused = result.Items.Where(i => i.Status != UploadItemStatuses.Queued).ToList();
        if (refused.Count > 0)
        {
            throw new InvalidOperationException($"{refused.Count} files were not queued, e.g. {refused[0].FileName}: {refused[0].Status} {refused[0].Error}");
        }

        return result.Items.Count;
    }

    private static async Task WaitUntilFinalAsync(IServiceProvider services, Guid tenantId, int expected, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            await using var scope = services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
            var final = await db.PipelineJobs.IgnoreQueryFilters()
                .CountAsync(j => j.TenantId == tenantId && (j.Status == PipelineJobStatus.Completed || j.Status == PipelineJobStatus.Failed || j.Status == PipelineJobStatus.Cancelled));
            if (final == expected)
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"The batch did not finish within {timeout.TotalMinutes:0} minutes.");
    }

    private static async Task<Report> ReadAsync(IServiceProvider services, Guid tenantId, IReadOnlyList<CorpusFile> files)
    {
        await using var scope = services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var jobs = await db.PipelineJobs.IgnoreQueryFilters().AsNoTracking().Where(j => j.TenantId == tenantId).ToListAsync();
        var formats = await db.Set<Resume>().IgnoreQueryFilters().AsNoTracking()
            .Where(r => r.TenantId == tenantId && r.JobId != null)
            .ToDictionaryAsync(r => r.JobId!.Value, r => Path.GetExtension(r.FileName).TrimStart('.'));
        var candidates = await db.Set<Candidate>().IgnoreQueryFilters().AsNoTracking()
            .Where(c => c.TenantId == tenantId)
            .Select(c => c.EmailHash)
            .ToListAsync();

        var checkpoints = new Dictionary<(Guid Job, string Step), DateTime>();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT job_id, step, created_at FROM bench_checkpoint_log";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                // The last write of a step counts: a re-run after a failure overwrites it.
                var at = DateTime.Parse(reader.GetString(2), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
                var key = (Guid.Parse(reader.GetString(0)), reader.GetString(1));
                checkpoints[key] = checkpoints.TryGetValue(key, out var earlier) && earlier > at ? earlier : at;
            }
        }

        var people = files.Select(f => f.Person).Distinct().Count();
        var sharedEmails = candidates.Where(e => e is not null).GroupBy(e => e).Count(g => g.Count() > 1);
        return new Report(jobs, formats, checkpoints, candidates.Count, people, sharedEmails);
    }

    private static void Print(Report report, DateTime uploadStart, TimeSpan uploadTime, TimeSpan detected, int workers)
    {
        var done = report.Jobs.Where(j => j.Status == PipelineJobStatus.Completed && j.StartedAt is not null && j.CompletedAt is not null).ToList();
        var failed = report.Jobs.Count - done.Count;
        var last = report.Jobs.Max(j => j.CompletedAt ?? uploadStart);
        var wall = last - uploadStart;

        Console.WriteLine($"upload (hash, store, {report.Jobs.Count} jobs queued): {uploadTime.TotalMilliseconds:N0} ms");
        Console.WriteLine($"wall time, upload start -> last job final: {wall.TotalSeconds:0.00} s (seen by polling after {detected.TotalSeconds:0.00} s)");
        Console.WriteLine($"throughput: {done.Count / wall.TotalSeconds:0.0} resumes/s ({done.Count} completed, {failed} failed; attempts > 1: {report.Jobs.Count(j => j.Attempts > 1)})");
        Console.WriteLine($"candidates: {report.Candidates} for {report.People} distinct people in the batch; emails shared by two or more candidates: {report.SharedEmails}");
        Console.WriteLine();
        Console.WriteLine("per resume                               p50         p95         max");
        Row("created -> completed (incl. queue wait)", done.Select(j => j.CompletedAt!.Value - j.CreatedAt));
        Row("queue wait (created -> claimed)", done.Select(j => j.StartedAt!.Value - j.CreatedAt));
        Row("service (claimed -> completed)", done.Select(j => j.CompletedAt!.Value - j.StartedAt!.Value));
        Console.WriteLine("per stage");
        var staged = done.Where(j => report.Checkpoints.ContainsKey((j.Id, IngestResumeHandler.ExtractStep)) && report.Checkpoints.ContainsKey((j.Id, IngestResumeHandler.ParseStep))).ToList();
        Row("extract (claimed -> extract checkpoint)", staged.Select(j => report.Checkpoints[(j.Id, IngestResumeHandler.ExtractStep)] - j.StartedAt!.Value));
        Row("parse (extract -> parse checkpoint)", staged.Select(j => report.Checkpoints[(j.Id, IngestResumeHandler.ParseStep)] - report.Checkpoints[(j.Id, IngestResumeHandler.ExtractStep)]));
        Row("validate+save (parse cp -> completed)", staged.Select(j => j.CompletedAt!.Value - report.Checkpoints[(j.Id, IngestResumeHandler.ParseStep)]));
        Console.WriteLine("service time by format");
        foreach (var format in done.GroupBy(j => report.Formats.GetValueOrDefault(j.Id, "?")).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            Row($"{format.Key} ({format.Count()})", format.Select(j => j.CompletedAt!.Value - j.StartedAt!.Value));
            Row($"  {format.Key} extract", format.Where(j => report.Checkpoints.ContainsKey((j.Id, IngestResumeHandler.ExtractStep))).Select(j => report.Checkpoints[(j.Id, IngestResumeHandler.ExtractStep)] - j.StartedAt!.Value));
        }

        var perSecond = done.Count / wall.TotalSeconds;
        var serviceP50 = Percentile(done.Select(j => (j.CompletedAt!.Value - j.StartedAt!.Value).TotalMilliseconds).Order().ToArray(), 0.50);
        var endToEndP50 = Percentile(done.Select(j => (j.CompletedAt!.Value - j.CreatedAt).TotalMilliseconds).Order().ToArray(), 0.50);
        Console.WriteLine();
        Console.WriteLine($"target >= {TargetPerSecond} resumes/s: {(perSecond >= TargetPerSecond ? "met" : "MISSED")} ({perSecond:0.0}/s with {workers} workers on {Environment.ProcessorCount} cores)");
        Console.WriteLine($"target p50 <= {TargetP50Ms} ms: service time {(serviceP50 <= TargetP50Ms ? "met" : "MISSED")} ({serviceP50:N0} ms); "
            + $"created -> completed {(endToEndP50 <= TargetP50Ms ? "met" : "MISSED")} ({endToEndP50:N0} ms, a burst of {report.Jobs.Count} waits in the queue)");
    }

    private static void Row(string label, IEnumerable<TimeSpan> values)
    {
        var sorted = values.Select(v => v.TotalMilliseconds).Order().ToArray();
        if (sorted.Length == 0)
        {
            Console.WriteLine($"  {label,-40} (no data)");
            return;
        }

        Console.WriteLine($"  {label,-40} {Percentile(sorted, 0.50),8:N0} ms {Percentile(sorted, 0.95),8:N0} ms {sorted[^1],8:N0} ms");
    }

    private static string Mix(IReadOnlyList<CorpusFile> files) =>
        string.Join(", ", files.GroupBy(f => f.Format).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count()} {g.Key}"));

    /// <summary>The folder holding RecruiterPortal.sln, found by walking up from the executable.</summary>
    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "RecruiterPortal.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"RecruiterPortal.sln was not found above {AppContext.BaseDirectory}; run the benchmark from the repository.");
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted[Math.Min(sorted.Length - 1, Math.Max(0, (int)Math.Ceiling(p * sorted.Length) - 1))];

    private static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var value) ? value : fallback;
    }

    private static double Option(string[] args, string name, double fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && double.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var value) ? value : fallback;
    }

    private sealed record Report(
        IReadOnlyList<PipelineJob> Jobs,
        IReadOnlyDictionary<Guid, string> Formats,
        IReadOnlyDictionary<(Guid Job, string Step), DateTime> Checkpoints,
        int Candidates,
        int People,
        int SharedEmails);
}
