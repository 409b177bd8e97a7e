using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using RecruiterPortal.Core.Exports;
using RecruiterPortal.Tests.Unit.Exports;

namespace RecruiterPortal.Benchmarks;

/// <summary>
/// Exports a realistic tailored resume: the first PDF (browser start included), warm PDFs one after
/// another, DOCX and HTML, and memory (this process and its Chromium tree) around many PDFs.
/// Options: --warm N (50), --soak N (150), --runs N (200, for DOCX/HTML), --chromium PATH.
/// </summary>
internal sealed class ExportBenchmark : IBenchmarkCommand
{
    public string Name => "export";

    public string Description => "export a tailored resume: PDF cold and warm p50/p95, DOCX/HTML p50, memory around many PDFs";

    public int Run(string[] args)
    {
        var warm = Option(args, "--warm", 50);
        var soak = Option(args, "--soak", 150);
        var runs = Option(args, "--runs", 200);
        var chromium = args.SkipWhile(a => a != "--chromium").Skip(1).FirstOrDefault();
        return RunAsync(warm, soak, runs, chromium).GetAwaiter().GetResult();
    }

    private static async Task<int> RunAsync(int warm, int soak, int runs, string? chromium)
    {
        var options = ExportSamples.Options(chromium: chromium);
        var document = ExportSamples.Document();
        var docx = new DocxExporter(options);
        var html = new HtmlExporter(options);
        await using var browser = new PdfBrowser(options, NullLogger<PdfBrowser>.Instance);
        using var pdf = new PdfExporter(browser, options);

        Console.WriteLine($"resume: {document.Markdown.Length:N0} chars of Markdown; Chromium {options.Value.ChromiumPath}; paper {options.Value.PaperSize}");
        var docxTimes = await TimeAsync(runs, () => docx.ExportAsync(document));
        var htmlTimes = await TimeAsync(runs, () => html.ExportAsync(document));
        var sizes = (Docx: (await docx.ExportAsync(document)).Length, Html: (await html.ExportAsync(document)).Length);

        var memoryBefore = Memory.Snapshot();
        var cold = await TimeAsync(1, () => pdf.ExportAsync(document));
        var pdfBytes = (await pdf.ExportAsync(document)).Length;
        var warmTimes = await TimeAsync(warm, () => pdf.ExportAsync(document));
        var memoryWarm = Memory.Snapshot();
        await TimeAsync(soak, () => pdf.ExportAsync(document));
        var memoryAfter = Memory.Snapshot();

        Console.WriteLine($"PDF  cold (browser start + print)  {cold[0]:N0} ms   ({pdfBytes / 1024.0:N0} KiB)");
        Console.WriteLine($"PDF  warm x{warm,-4}  p50 {Percentile(warmTimes, 0.50),7:N1} ms   p95 {Percentile(warmTimes, 0.95),7:N1} ms   max {warmTimes[^1]:N1} ms");
        Console.WriteLine($"DOCX      x{runs,-4}  p50 {Percentile(docxTimes, 0.50),7:N2} ms   p95 {Percentile(docxTimes, 0.95),7:N2} ms   ({sizes.Docx / 1024.0:N0} KiB)");
        Console.WriteLine($"HTML      x{runs,-4}  p50 {Percentile(htmlTimes, 0.50),7:N3} ms   p95 {Percentile(htmlTimes, 0.95),7:N3} ms   ({sizes.Html / 1024.0:N0} KiB)");
        Console.WriteLine($"memory (MiB)                     this process RSS / managed heap   Chromium + driver RSS (processes)");
        Console.WriteLine($"  before the first PDF           {memoryBefore}");
        Console.WriteLine($"  after {1 + 1 + warm} PDFs                {memoryWarm}");
        Console.WriteLine($"  after {soak} more PDFs          {memoryAfter}");
        Console.WriteLine($"browser launches: {browser.Launches}");
        return 0;
    }

    private static async Task<double[]> TimeAsync(int count, Func<Task<byte[]>> action)
    {
        var times = new double[count];
        for (var i = 0; i < count; i++)
        {
            var watch = Stopwatch.StartNew();
            await action();
            times[i] = watch.Elapsed.TotalMilliseconds;
        }

        Array.Sort(times);
        return times;
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], out var value) ? value : fallback;
    }

    /// <summary>Resident memory of this process and of every process it started (the Playwright driver and Chromium).</summary>
    private sealed record Memory(double SelfMiB, double ManagedMiB, double ChildrenMiB, int Children)
    {
        public static Memory Snapshot()
        {
            var managed = GC.GetTotalMemory(forceFullCollection: true) / 1048576.0;
            using var self = Process.GetCurrentProcess();
            var descendants = Descendants(Environment.ProcessId).ToList();
            var childKb = descendants.Sum(ResidentKb);
            return new Memory(self.WorkingSet64 / 1048576.0, managed, childKb / 1024.0, descendants.Count);
        }

        public override string ToString() => $"{SelfMiB,8:N0} / {ManagedMiB,-8:N0}                {ChildrenMiB,8:N0} ({Children})";

        private static IEnumerable<int> Descendants(int pid)
        {
            var tasks = $"/proc/{pid}/task";
            if (!Directory.Exists(tasks))
            {
                yield break;
            }

            foreach (var task in Directory.EnumerateDirectories(tasks))
            {
                var children = ReadOrEmpty(Path.Combine(task, "children"));
                foreach (var child in children.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse))
                {
                    yield return child;
                    foreach (var grandchild in Descendants(child))
                    {
                        yield return grandchild;
                    }
                }
            }
        }

        // Threads and processes come and go while we read: a vanished one simply has no children.
        private static string ReadOrEmpty(string path)
        {
            try
            {
                return File.ReadAllText(path);
            }
            catch (IOException)
            {
                return "";
            }
        }

        private static long ResidentKb(int pid)
        {
            try
            {
                var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
                return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]);
            }
            catch (IOException)
            {
                return 0;
            }
        }
    }
}
