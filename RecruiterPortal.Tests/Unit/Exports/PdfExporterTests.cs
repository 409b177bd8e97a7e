using Microsoft.Extensions.Logging.Abstractions;
using RecruiterPortal.Core.Exports;
using RecruiterPortal.Tests.Fixtures;

namespace RecruiterPortal.Tests.Unit.Exports;

/// <summary>PDFs printed by Debian's Chromium, read back with poppler.</summary>
[Trait("Category", "Browser")]
public sealed class PdfExporterTests : IAsyncLifetime
{
    private readonly PdfBrowser _browser = new(ExportSamples.Options(), NullLogger<PdfBrowser>.Instance);
    private PdfExporter _exporter = null!;

    public Task InitializeAsync()
    {
        _exporter = new PdfExporter(_browser, ExportSamples.Options());
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _exporter.Dispose();
        await _browser.DisposeAsync();
    }

    [Fact]
    public async Task A_tailored_resume_prints_to_a_pdf_whose_text_has_the_name_and_every_section()
    {
        var pdf = await _exporter.ExportAsync(ExportSamples.Document());

        Assert.Equal("%PDF-"u8.ToArray(), pdf[..5]);
        var text = await ExternalTool.PdfTextAsync(pdf);
        Assert.Contains(ExportSamples.Name, text, StringComparison.Ordinal);
        foreach (var section in ExportSamples.Sections)
        {
            Assert.Contains(section, text, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains("Designed idempotent payment APIs used by 3,000 merchants", text, StringComparison.Ordinal);
        Assert.Contains("Certified Kubernetes Application Developer", text, StringComparison.Ordinal);

        using var folder = new TempFolder("rp-pdfinfo");
        var file = Path.Combine(folder.Path, "r.pdf");
        await File.WriteAllBytesAsync(file, pdf);
        var info = (await ExternalTool.RunAsync("pdfinfo", [file], TimeSpan.FromSeconds(30))).Output;
        Assert.Contains("(A4)", info, StringComparison.Ordinal);
        Assert.Matches(@"Pages:\s+[12]\s", info);
    }

    [Fact]
    public async Task Exports_share_one_browser_and_a_crashed_browser_is_started_again()
    {
        var first = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => _exporter.ExportAsync(ExportSamples.Document())));
        Assert.All(first, pdf => Assert.Equal("%PDF-"u8.ToArray(), pdf[..5]));
        Assert.Equal(1, _browser.Launches);

        // What a crash looks like from here: the browser's connection is gone.
        await (await _browser.GetAsync(CancellationToken.None)).CloseAsync();

        var again = await _exporter.ExportAsync(ExportSamples.Document());
        Assert.Contains(ExportSamples.Name, await ExternalTool.PdfTextAsync(again), StringComparison.Ordinal);
        Assert.Equal(2, _browser.Launches);
    }

    [Fact]
    public async Task Hostile_markdown_prints_as_text()
    {
        var pdf = await _exporter.ExportAsync(new ExportDocument("Mallory", ExportSamples.Hostile));

        var text = await ExternalTool.PdfTextAsync(pdf);
        Assert.Contains("<script>alert('x')</script>", text, StringComparison.Ordinal);
        Assert.Contains("Great engineer.", text, StringComparison.Ordinal);
    }
}
