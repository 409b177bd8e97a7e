using System.Diagnostics;
using RecruiterPortal.Core.JobPostings;
using RecruiterPortal.Core.Skills;
using RecruiterPortal.Core.Tailoring;
using static RecruiterPortal.Benchmarks.BenchmarkArgs;

namespace RecruiterPortal.Benchmarks;

/// <summary>
/// Built-in tailoring time per resume, scoring and guard checks included, over seeded synthetic
/// resumes against one job. Options: --resumes N (300), --iterations I (5). Target p95 ≤ 200 ms.
/// </summary>
internal sealed class TailorBenchmark : IBenchmarkCommand
{
    public string Name => "tailor";

    public string Description => "built-in tailoring time per resume incl. scoring (p50/p95/max; target p95 <= 200 ms)";

    public int Run(string[] args)
    {
        var n = Option(args, "--resumes", 300);
        var iterations = Option(args, "--iterations", 5);
        var taxonomy = SkillTaxonomy.Default;
        var engine = new BuiltInTailoringEngine(taxonomy, new DateOnly(2025, 6, 1));
        var job = new JobDescriptionExtractor(taxonomy).Extract(JobText);
        var options = new TailorOptions { MaxIterations = iterations };
        var resumes = SyntheticResumes.Create(n, seed: 7, taxonomy).ToList();

        foreach (var (text, resume) in resumes.Take(20))
        {
            engine.Tailor(resume, text, job, options); // warm-up: JIT and regex caches
        }

        var times = new double[n];
        for (var i = 0; i < n; i++)
        {
            var watch = Stopwatch.StartNew();
            engine.Tailor(resumes[i].Resume, resumes[i].Text, job, options);
            times[i] = watch.Elapsed.TotalMilliseconds;
        }

        Array.Sort(times);
        var p95 = Percentile(times, 0.95);
        Console.WriteLine($"tailor (built-in): {n} resumes, max {iterations} rounds");
        Console.WriteLine($"  p50 {Percentile(times, 0.50):F1} ms  p95 {p95:F1} ms  max {times[^1]:F1} ms  (target p95 <= 200 ms: {(p95 <= 200 ? "met" : "MISSED")})");
        return 0;
    }
}
