using System.Diagnostics;
using RecruiterPortal.Core.JobPostings;
using RecruiterPortal.Core.Matching;
using RecruiterPortal.Core.Skills;

namespace RecruiterPortal.Benchmarks;

/// <summary>
/// Ranks N synthetic candidates against one job on a single thread and prints latency percentiles
/// and memory per candidate. Options: --candidates N (100000), --runs R (60), --top K (50).
/// </summary>
internal sealed class RankBenchmark : IBenchmarkCommand
{
    private const string JobText = """
        Senior Backend Engineer (Python)
        What you'll do
        - Build REST APIs and services in Python with Django and FastAPI
        - Own PostgreSQL schemas and ship through CI/CD
        Requirements
        - 5+ years of experience, strong SQL, Docker and Git
        - Bachelor's degree in Computer Science
        Nice to have
        - Kafka, Kubernetes and Terraform
        """;

    public string Name => "rank";

    public string Description => "rank N synthetic candidates against one job (p50/p95 latency, memory per candidate)";

    public int Run(string[] args)
    {
        var n = Option(args, "--candidates", 100_000);
        var runs = Option(args, "--runs", 60);
        var top = Option(args, "--top", 50);
        var taxonomy = SkillTaxonomy.Default;
        var asOf = new DateOnly(2025, 6, 1);

        Console.WriteLine($"building {n:N0} synthetic candidates from {taxonomy.Skills.Count} taxonomy skills...");
        var beforeFeatures = GC.GetTotalMemory(forceFullCollection: true);
        var candidates = SyntheticCandidates.Create(n, seed: 42, taxonomy, asOf);
        var afterFeatures = GC.GetTotalMemory(forceFullCollection: true);

        var buildWatch = Stopwatch.StartNew();
        var index = CandidateIndex.Build(candidates);
        buildWatch.Stop();
        var afterIndex = GC.GetTotalMemory(forceFullCollection: true);

        var job = new MatchFeatureBuilder(taxonomy).BuildJob(new JobDescriptionExtractor(taxonomy).Extract(JobText));
        var weights = WeightageProfile.Default;

        // Pin to one core so the figure is single-core latency, not a lucky scheduler.
        if (OperatingSystem.IsLinux() || OperatingSystem.IsWindows())
        {
            Process.GetCurrentProcess().ProcessorAffinity = 1;
        }

        Thread.CurrentThread.Priority = ThreadPriority.Highest;
        for (var i = 0; i < 10; i++)
        {
            index.Rank(job, weights, top);
        }

        var timings = new double[runs];
        IReadOnlyList<RankedCandidate> result = [];
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            result = index.Rank(job, weights, top);
            watch.Stop();
            timings[i] = watch.Elapsed.TotalMilliseconds;
        }

        Array.Sort(timings);
        var scorer = new MatchScorer(taxonomy);
        var check = index.Explain(result[0].Id, job, scorer);
        Console.WriteLine($"job: {job.Title}; {job.RequiredSkills.Count} required, {job.PreferredSkills.Count} preferred skills, {job.Terms.Count} query terms");
        Console.WriteLine($"index build:        {buildWatch.Elapsed.TotalMilliseconds:N0} ms");
        Console.WriteLine($"rank x{runs} (top {top}, 1 thread, warm):");
        Console.WriteLine($"  p50               {Percentile(timings, 0.50):0.00} ms");
        Console.WriteLine($"  p95               {Percentile(timings, 0.95):0.00} ms");
        Console.WriteLine($"  max               {timings[^1]:0.00} ms");
        Console.WriteLine($"memory per candidate:");
        Console.WriteLine($"  features          {(afterFeatures - beforeFeatures) / (double)n:N0} bytes");
        Console.WriteLine($"  index (extra)     {(afterIndex - afterFeatures) / (double)n:N0} bytes");
        Console.WriteLine($"best: {result[0].Score:0.0000} (scorer {check.Score:0.0000}) - {check.Explanation}");
        GC.KeepAlive(candidates);
        return 0;
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], out var value) ? value : fallback;
    }
}
