using Microsoft.Extensions.Logging.Abstractions;
using RecruiterPortal.Core.Exports;

namespace RecruiterPortal.Tests.Unit.Exports;

public sealed class PdfUnavailableTests
{
    [Fact]
    public async Task A_missing_chromium_is_a_clear_unavailable_error()
    {
        var options = ExportSamples.Options(chromium: "/nonexistent/chromium");
        await using var browser = new PdfBrowser(options, NullLogger<PdfBrowser>.Instance);
        using var exporter = new PdfExporter(browser, options);

        var error = await Assert.ThrowsAsync<ExportUnavailableException>(() => exporter.ExportAsync(ExportSamples.Document()));

        Assert.Equal("PDF export is unavailable: Chromium was not found at /nonexistent/chromium; run scripts/setup.sh (installs Debian's chromium) or set Export:ChromiumPath.", error.Message);
        Assert.Equal(0, browser.Launches);
    }
}
