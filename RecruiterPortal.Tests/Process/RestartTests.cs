using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using RecruiterPortal.Core.Data;
using RecruiterPortal.Core.Ingestion;
using RecruiterPortal.Core.Pipeline;
using RecruiterPortal.Core.Storage;
using RecruiterPortal.Tests.Fixtures;

namespace RecruiterPortal.Tests.OutOfProcess;

/// <summary>
/// Acceptance for crash recovery: the real portal, as its own process, is SIGKILLed while a 50-file
/// batch is being ingested. Whatever was running at that moment is taken back by the reclaimer
/// (after the lease) and finished by a live instance; every file ends completed or failed, none is
/// lost and none is filed twice.
/// </summary>
[Collection(ProcessCollection.Name)]
[Trait("Category", "Process")]
public sealed partial class RestartTests
{
    private const int BatchSize = 50;
    private const int CompletedBeforeKill = 5;
    private const string TenantName = "Restart Staffing";
    private const string ApiKey = "rpk_restart-test-0123456789-abcdefghijklmnop";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);
    private static readonly TimeSpan FinishTimeout = TimeSpan.FromMinutes(2);

    // The lease is short so the job killed mid-run is back within seconds, yet ten heartbeats long,
    // so a busy two-core machine never takes a healthy job away (which would run it twice).
    private static readonly Dictionary<string, string?> PipelineSettings = new()
    {
        ["Pipeline:Workers"] = "2",
        ["Pipeline:PollInterval"] = "00:00:00.200",
        ["Pipeline:HeartbeatInterval"] = "00:00:00.500",
        ["Pipeline:LeaseTimeout"] = "00:00:05",
        ["Pipeline:ReclaimInterval"] = "00:00:01",

        // The test polls every file's status several times a second: far past a person's API budget.
        ["RateLimits:ApiPerMinute"] = "1000000",
    };

    [Fact]
    public async Task A_portal_killed_mid_batch_and_started_again_on_sqlite_finishes_every_file_exactly_once()
    {
        var watch = Stopwatch.StartNew();
        using var database = TestDatabase.Sqlite();
        using var root = new TempFolder("rp-restart");
        var settings = Settings(database, root.Path, StorageOptions.FileSystem);
        var files = Corpus();
        var run = new Run();

        using var first = run.Track(PortalProcess.Start("portal (first run)", settings, root.Path));
        await first.WaitUntilReadyAsync(StartTimeout);
        using var firstApi = new PortalApiClient(first.BaseAddress, ApiKey);
        var jobIds = await UploadAsync(run, firstApi, files);
        await using var db = database.CreateContext();
        var tenantId = await BatchState.TenantIdAsync(db, TenantName);

        await run.WaitForKillPointAsync(() => BatchState.ReadAsync(db, tenantId), s => s.FinalJobs >= CompletedBeforeKill, "at least 5 jobs were final");
        run.Kill(first);

        var atKill = await BatchState.ReadAsync(db, tenantId);
        var interrupted = atKill.Jobs.Where(j => j.Status == PipelineJobStatus.Processing).Select(j => j.Id).ToHashSet();
        var finalAtKill = atKill.FinalJobs;
        run.Check(finalAtKill is >= CompletedBeforeKill and < BatchSize, $"the kill should land mid-batch; {finalAtKill} of {BatchSize} jobs were final");
        run.Check(interrupted.Count >= 1, "at least one job should have been running when the process was killed");
        run.Note($"at kill ({watch.Elapsed.TotalSeconds:0.0} s): {finalAtKill} final, {interrupted.Count} running, {BatchSize - finalAtKill - interrupted.Count} queued");

        using var second = run.Track(PortalProcess.Start("portal (second run)", settings, root.Path));
        await second.WaitUntilReadyAsync(StartTimeout);
        using var secondApi = new PortalApiClient(second.BaseAddress, ApiKey);
        var statuses = await run.WaitUntilAllFinalAsync(secondApi, jobIds, FinishTimeout);

        var after = await BatchState.ReadAsync(db, tenantId);
        AssertEachFileProcessedOnce(run, files, jobIds, statuses, after, interrupted);
        run.Check(
            after.Jobs.Where(j => interrupted.Contains(j.Id)).All(j => j.Attempts == 2),
            "each job killed mid-run should have been run exactly once more (attempts = 2)");
        run.Note($"done in {watch.Elapsed.TotalSeconds:0.0} s");
    }

    [Fact]
    [Trait("Category", "Postgres")]
    public async Task Two_portals_on_postgres_share_the_queue_and_the_survivor_finishes_the_batch_when_one_is_killed()
    {
        var watch = Stopwatch.StartNew();
        using var database = TestDatabase.Create(DatabaseOptions.Postgres);
        using var root = new TempFolder("rp-restart");

        // Several instances keep uploads in the database, so any of them can read any file.
        var settings = Settings(database, root.Path, StorageOptions.Database);
        var files = Corpus();
        var run = new Run();

        // One after the other: the first runs migrations and bootstrap; the second finds them done.
        using var victim = run.Track(PortalProcess.Start("portal A (killed)", settings, root.Path));
        await victim.WaitUntilReadyAsync(StartTimeout);
        using var survivor = run.Track(PortalProcess.Start("portal B (survivor)", settings, root.Path));
        await survivor.WaitUntilReadyAsync(StartTimeout);

        using var api = new PortalApiClient(survivor.BaseAddress, ApiKey);
        var jobIds = await UploadAsync(run, api, files);
        await using var db = database.CreateContext();
        var tenantId = await BatchState.TenantIdAsync(db, TenantName);

        // Kill A while it holds a job, so the survivor has to take that job over.
        var victimWorkers = $"-{victim.ProcessId}-";
        await run.WaitForKillPointAsync(
            () => BatchState.ReadAsync(db, tenantId),
            s => s.FinalJobs >= CompletedBeforeKill && s.Jobs.Any(j => j.Status == PipelineJobStatus.Processing && j.WorkerId?.Contains(victimWorkers, StringComparison.Ordinal) == true),
            "at least 5 jobs were final and one ran on portal A");
        run.Kill(victim);

        var atKill = await BatchState.ReadAsync(db, tenantId);
        var interrupted = atKill.Jobs
            .Where(j => j.Status == PipelineJobStatus.Processing && j.WorkerId?.Contains(victimWorkers, StringComparison.Ordinal) == true)
            .Select(j => j.Id)
            .ToHashSet();
        var finalAtKill = atKill.FinalJobs;
        run.Check(interrupted.Count >= 1, "portal A should have held a job when it was killed");
        run.Check(finalAtKill < BatchSize, $"the kill should land mid-batch; {finalAtKill} of {BatchSize} jobs were final");
        run.Note($"at kill ({watch.Elapsed.TotalSeconds:0.0} s): {finalAtKill} final, {interrupted.Count} running on A, "
            + $"{atKill.Jobs.Count(j => j.Status == PipelineJobStatus.Processing) - interrupted.Count} running on B");

        var statuses = await run.WaitUntilAllFinalAsync(api, jobIds, FinishTimeout);

        var after = await BatchState.ReadAsync(db, tenantId);
        AssertEachFileProcessedOnce(run, files, jobIds, statuses, after, interrupted);
        var survivorWorkers = $"-{survivor.ProcessId}-";
        run.Check(
            after.Jobs.Where(j => interrupted.Contains(j.Id)).All(j => j.Attempts == 2 && j.WorkerId?.Contains(survivorWorkers, StringComparison.Ordinal) == true),
            "each job killed on portal A should have been run once more, by portal B (attempts = 2)");
        run.Note($"done in {watch.Elapsed.TotalSeconds:0.0} s");
    }

    private static void AssertEachFileProcessedOnce(
        Run run,
        IReadOnlyList<CorpusFile> files,
        IReadOnlyList<Guid> jobIds,
        IReadOnlyDictionary<Guid, string> statuses,
        BatchState state,
        IReadOnlySet<Guid> interrupted)
    {
        run.Note($"final: {state.Jobs.Count(j => j.Status == PipelineJobStatus.Completed)} completed, {state.Jobs.Count(j => j.Status == PipelineJobStatus.Failed)} failed; "
            + $"{state.Candidates.Count} candidates; attempts {string.Join(", ", state.Jobs.GroupBy(j => j.Attempts).OrderBy(g => g.Key).Select(g => $"{g.Key}×{g.Count()}"))}");

        // Every file's job ends completed or failed, as the API reports it and as the table holds it.
        var notFinal = statuses.Where(s => s.Value is not (PipelineJobStatus.Completed or PipelineJobStatus.Failed)).ToList();
        run.Check(notFinal.Count == 0, $"jobs not completed or failed: {string.Join(", ", notFinal.Select(s => $"{s.Key}={s.Value}"))}");
        run.Check(state.Jobs.Count == BatchSize && state.Jobs.All(j => jobIds.Contains(j.Id)), $"expected exactly the {BatchSize} uploaded jobs, found {state.Jobs.Count}");
        var failed = state.Jobs.Where(j => j.Status != PipelineJobStatus.Completed).ToList();
        run.Check(failed.Count == 0, $"every fixture is a readable resume, yet jobs failed: {string.Join("; ", failed.Select(j => $"{j.Id} {j.Status} {j.ErrorCode}: {j.Error}"))}");

        // None lost, none duplicated: one resume row per file, each pointing at its own job.
        run.Check(state.Resumes.Count == BatchSize, $"expected {BatchSize} resume rows, found {state.Resumes.Count}");
        run.Check(
            state.Resumes.Select(r => r.FileName).Order(StringComparer.Ordinal).SequenceEqual(files.Select(f => f.FileName).Order(StringComparer.Ordinal)),
            "the resume rows should be exactly the uploaded files");
        run.Check(state.Resumes.Select(r => r.JobId).Distinct().Count() == BatchSize, "each resume should have its own job");
        var wrong = state.Resumes.Where(r => r.Status != ResumeStatuses.Completed || r.CandidateId is null || r.VersionNumber != 1).ToList();
        run.Check(wrong.Count == 0, $"resumes not filed once as version 1: {string.Join("; ", wrong.Select(r => $"{r.FileName} {r.Status} v{r.VersionNumber} {r.ErrorCode}"))}");

        // None processed twice: fifty different people make fifty candidates, none of them twice.
        var people = files.Select(f => f.Person).Distinct().Count();
        run.Check(state.Candidates.Count == people, $"expected {people} candidates (one per person in the batch), found {state.Candidates.Count}");
        run.Check(state.Resumes.Select(r => r.CandidateId).Distinct().Count() == people, "each person's resume should point at its own candidate");
        var sharedEmails = state.Candidates.Where(c => c.EmailNormalized is not null).GroupBy(c => c.EmailNormalized).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        run.Check(sharedEmails.Count == 0, $"candidates created twice for: {string.Join(", ", sharedEmails)}");
        var emails = files.ToDictionary(f => f.FileName, f => f.Email);
        var candidates = state.Candidates.ToDictionary(c => c.Id);
        var misfiled = state.Resumes
            .Where(r => files.Single(f => f.FileName == r.FileName).Format is "txt" or "md" or "docx")
            .Where(r => candidates[r.CandidateId!.Value].EmailNormalized != emails[r.FileName])
            .ToList();
        run.Check(misfiled.Count == 0, $"resumes filed under another person: {string.Join(", ", misfiled.Select(r => r.FileName))}");

        // A job is claimed once, and once more only if it was running at the kill.
        var overRun = state.Jobs.Where(j => j.Attempts != (interrupted.Contains(j.Id) ? 2 : 1)).ToList();
        run.Check(overRun.Count == 0, $"jobs run more often than the kill explains: {string.Join(", ", overRun.Select(j => $"{j.Id} attempts={j.Attempts} interrupted={interrupted.Contains(j.Id)}"))}");

        // The handler logs a filing after it commits; a second filing of the same resume would log again.
        var filings = run.Filings();
        var twice = filings.Where(f => f.Value > 1).Select(f => f.Key).ToList();
        run.Check(twice.Count == 0, $"resumes filed more than once according to the logs: {string.Join(", ", twice)}");
    }

    private static async Task<IReadOnlyList<Guid>> UploadAsync(Run run, PortalApiClient api, IReadOnlyList<CorpusFile> files)
    {
        var items = await api.UploadBatchAsync(files);
        var queued = items.Where(i => i.GetProperty("status").GetString() == UploadItemStatuses.Queued).ToList();
        run.Check(items.Count == BatchSize && queued.Count == BatchSize, $"all {BatchSize} files should be queued: {string.Join(", ", items.Select(i => $"{i.GetProperty("file_name")}={i.GetProperty("status")}"))}");
        return queued.Select(i => i.GetProperty("job_id").GetGuid()).ToList();
    }

    /// <summary>Five PDFs, five DOCX and forty TXT/MD: fifty different people.</summary>
    private static IReadOnlyList<CorpusFile> Corpus()
    {
        var files = ResumeCorpus.Build(ResumeCorpus.TestOutputFolder, BatchSize, pdfShare: 0.1, docxShare: 0.1);
        Assert.Equal(BatchSize, files.Select(f => f.Person).Distinct().Count());
        return files;
    }

    private static Dictionary<string, string?> Settings(TestDatabase database, string root, string storage)
    {
        var settings = new Dictionary<string, string?>(database.Settings)
        {
            ["Portal:DataFolder"] = Path.Combine(root, "data"),
            ["Storage:Provider"] = storage,
            ["Demo:Enabled"] = "false",
            ["Bootstrap:TenantName"] = TenantName,
            ["Bootstrap:AdminEmail"] = "owner@restart.test",
            ["Bootstrap:AdminPassword"] = TestTenants.Password,
            ["Bootstrap:ApiKey"] = ApiKey,

            // The portal's own lines (pipeline, ingestion) at Information; the framework's only when they matter.
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:RecruiterPortal"] = "Information",
            ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Information",
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Error",
            ["Logging:Console:FormatterName"] = "simple",
            ["Logging:Console:FormatterOptions:SingleLine"] = "true",
            ["Logging:Console:FormatterOptions:TimestampFormat"] = "HH:mm:ss.fff ",
        };
        foreach (var (key, value) in PipelineSettings)
        {
            settings[key] = value;
        }

        return settings;
    }

    /// <summary>The processes of one test, and what it noted, for the failure message.</summary>
    private sealed partial class Run
    {
        private readonly List<PortalProcess> _processes = [];
        private readonly HashSet<PortalProcess> _killed = [];
        private readonly StringBuilder _notes = new();

        public PortalProcess Track(PortalProcess process)
        {
            _processes.Add(process);
            return process;
        }

        public void Kill(PortalProcess process)
        {
            _killed.Add(process);
            process.Kill();
        }

        public void Note(string line)
        {
            _notes.AppendLine(line);

            // Runners that capture stdout show it with the test; failure messages repeat it.
            Console.WriteLine($"[restart] {line}");
        }

        public void Check(bool condition, string what)
        {
            if (!condition)
            {
                Assert.Fail($"{what}\n\n{_notes}\n{string.Join("\n\n", _processes.Select(p => p.Tail()))}");
            }
        }

        /// <summary>How often each resume id appears in a "filed as" line across all the processes.</summary>
        public Dictionary<string, int> Filings() => _processes
            .SelectMany(p => FiledLine().Matches(p.Output))
            .GroupBy(m => m.Groups[1].Value, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.OrdinalIgnoreCase);

        /// <summary>
        /// Polls the tables (one cheap read, so the kill lands close to the moment wanted) until
        /// <paramref name="condition"/> holds. Fails if the whole batch finished first, since a kill
        /// after the end would prove nothing.
        /// </summary>
        public async Task WaitForKillPointAsync(Func<Task<BatchState>> read, Func<BatchState, bool> condition, string what)
        {
            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
            while (DateTime.UtcNow < deadline)
            {
                CheckAlive();
                var state = await read();
                if (condition(state))
                {
                    return;
                }

                Check(state.FinalJobs < BatchSize, $"the whole batch finished before {what}; the kill would test nothing");
                await Task.Delay(20);
            }

            Check(false, $"timed out waiting until {what}");
        }

        /// <summary>Polls the jobs API, as a client would, until every job reports completed or failed.</summary>
        public async Task<IReadOnlyDictionary<Guid, string>> WaitUntilAllFinalAsync(PortalApiClient api, IReadOnlyCollection<Guid> jobIds, TimeSpan timeout)
        {
            var deadline = DateTime.UtcNow + timeout;
            IReadOnlyDictionary<Guid, string> statuses;
            do
            {
                CheckAlive();
                statuses = await api.StatusesAsync(jobIds);
                if (statuses.Values.All(s => s is PipelineJobStatus.Completed or PipelineJobStatus.Failed))
                {
                    return statuses;
                }

                await Task.Delay(250);
            }
            while (DateTime.UtcNow < deadline);

            Check(false, $"timed out after {timeout.TotalSeconds:0} s; jobs are {string.Join(", ", statuses.GroupBy(s => s.Value).Select(g => $"{g.Key}={g.Count()}"))}");
            return statuses;
        }

        private void CheckAlive()
        {
            var crashed = _processes.Where(p => p.HasExited && !_killed.Contains(p)).Select(p => p.Name).ToList();
            Check(crashed.Count == 0, $"a portal process exited on its own: {string.Join(", ", crashed)}");
        }

        [GeneratedRegex(@"Resume ([0-9a-fA-F-]{36}) filed as version")]
        private static partial Regex FiledLine();
    }
}
