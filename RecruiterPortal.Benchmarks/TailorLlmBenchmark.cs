using System.Diagnostics;
using RecruiterPortal.Core.Ai;
using RecruiterPortal.Core.JobPostings;
using RecruiterPortal.Core.Skills;
using RecruiterPortal.Core.Tailoring;
using RecruiterPortal.Core.Tailoring.Llm;
using RecruiterPortal.Tests.Fixtures;
using static RecruiterPortal.Benchmarks.BenchmarkArgs;

namespace RecruiterPortal.Benchmarks;

/// <summary>
/// The language-model engine against the fake OpenAI-compatible server over real HTTP. (1) Overhead:
/// one-round tailorings with the model answering in --delay-ms (2000); overhead is wall time beyond
/// the model's own time (target ≤ 5 %). (2) Throughput: --items (40) tailorings at concurrency 8
/// through the shared limiter set to --per-second (4) requests/s with a fast model; reported as a
/// ratio to the limit (target ≥ 0.9).
/// </summary>
internal sealed class TailorLlmBenchmark : IBenchmarkCommand
{
    public string Name => "tailor-llm";

    public string Description => "LLM tailoring overhead beyond a 2 s model (target <= 5%) and throughput at concurrency 8 vs a 4/s limit (target >= 0.9)";

    public int Run(string[] args) => RunAsync(args).GetAwaiter().GetResult();

    private static async Task<int> RunAsync(string[] args)
    {
        var delay = TimeSpan.FromMilliseconds(Option(args, "--delay-ms", 2000));
        var sequential = Option(args, "--overhead-items", 5);
        var items = Option(args, "--items", 40);
        var perSecond = Option(args, "--per-second", 4);
        var taxonomy = SkillTaxonomy.Default;
        var engine = new LlmTailoringEngine(taxonomy, new DateOnly(2025, 6, 1));
        var job = new JobDescriptionExtractor(taxonomy).Extract(JobText);
        var resumes = SyntheticResumes.Create(Math.Max(items, sequential) + 1, seed: 11, taxonomy).ToList();
        var options = new TailorOptions { MaxIterations = 1 };
        await using var server = await FakeOpenAiServer.StartAsync();

        // Overhead: everything but the model's answer time, per tailoring.
        server.Script(r => FakeReply.Faithful(r) with { Delay = delay });
        var settings = Settings(server, perMinute: 60_000);
        var limiter = new AiRequestLimiter(settings.MaxRequestsPerMinute, TimeProvider.System);
        await TailorAsync(engine, settings, limiter, resumes[^1], job, options); // warm-up
        var walls = new List<double>();
        for (var i = 0; i < sequential; i++)
        {
            var watch = Stopwatch.StartNew();
            await TailorAsync(engine, settings, limiter, resumes[i], job, options);
            walls.Add(watch.Elapsed.TotalMilliseconds);
        }

        var modelMs = delay.TotalMilliseconds;
        var overhead = walls.Select(w => (w - modelMs) / modelMs * 100).Order().ToArray();
        Console.WriteLine($"tailor-llm overhead: {sequential} one-round tailorings, model answers in {modelMs:F0} ms");
        Console.WriteLine($"  wall p50 {Percentile([.. walls.Order()], 0.5):F0} ms; overhead p50 {Percentile(overhead, 0.5):F2}%  max {overhead[^1]:F2}%  (target <= 5%: {(Percentile(overhead, 0.5) <= 5 ? "met" : "MISSED")})");

        // Throughput: the limiter, not the model, should be the only brake.
        server.Script(r => FakeReply.Faithful(r) with { Delay = TimeSpan.FromMilliseconds(50) });
        settings = Settings(server, perMinute: perSecond * 60);
        limiter = new AiRequestLimiter(settings.MaxRequestsPerMinute, TimeProvider.System);
        var next = -1;
        var total = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < items)
            {
                await TailorAsync(engine, settings, limiter, resumes[i], job, options);
            }
        }));
        total.Stop();
        var throughput = items / total.Elapsed.TotalSeconds;
        // n requests evenly spaced by 1/limit take (n-1)/limit seconds plus one answer: that is the best possible.
        var ratio = throughput / perSecond;
        Console.WriteLine($"tailor-llm throughput: {items} tailorings, concurrency 8, limit {perSecond}/s");
        Console.WriteLine($"  {throughput:F2} items/s in {total.Elapsed.TotalSeconds:F1} s; ratio to limit {ratio:F3}  (target >= 0.9: {(ratio >= 0.9 ? "met" : "MISSED")})");
        return 0;
    }

    private static AiOptions Settings(FakeOpenAiServer server, int perMinute) => new()
    {
        Provider = AiProviders.OpenAiCompatible,
        Endpoint = server.Endpoint.ToString(),
        Model = "fake-model",
        MaxRequestsPerMinute = perMinute,
        TimeoutSeconds = 30,
    };

    private static async Task<TailoringResult> TailorAsync(
        LlmTailoringEngine engine, AiOptions settings, AiRequestLimiter limiter, (string Text, Core.Parsing.ParsedResume Resume) resume, JobProfile job, TailorOptions options)
    {
        using var client = new ResilientChatClient(new OpenAiChatClient(settings.EffectiveModel, null, new Uri(settings.Endpoint!)), settings, limiter, TimeProvider.System);
        return await engine.TailorAsync(client, resume.Resume, resume.Text, job, options);
    }
}
