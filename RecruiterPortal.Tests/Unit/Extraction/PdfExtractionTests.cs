using System.Diagnostics;
using RecruiterPortal.Core.Extraction;
using static RecruiterPortal.Tests.Unit.Extraction.ExtractionTestSupport;

namespace RecruiterPortal.Tests.Unit.Extraction;

public sealed class PdfExtractionTests
{
    [Fact]
    public async Task Text_pdf_is_read_with_its_page_count()
    {
        var result = await ExtractAsync(Fixture("happy.pdf"), "resume.pdf");

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal("pdf", result.Value!.Format);
        Assert.Equal(1, result.Value.PageCount);
        Assert.Contains("Jane Doe", result.Value.Text, StringComparison.Ordinal);
        Assert.Contains("Zürich", result.Value.Text, StringComparison.Ordinal);
        Assert.Contains("Built a payments platform in C# and .NET", result.Value.Text, StringComparison.Ordinal);
        Assert.DoesNotContain('\f', result.Value.Text);
    }

    [Fact]
    public async Task Type_comes_from_content_not_name()
    {
        var result = await ExtractAsync(Fixture("happy.pdf"), "resume.txt");

        Assert.Equal("pdf", result.Value!.Format);
    }

    [Fact]
    public async Task Password_protected_pdf_is_refused_as_encrypted()
    {
        var result = await ExtractAsync(Fixture("encrypted.pdf"), "resume.pdf");

        AssertRefused(result, ExtractionErrorCodes.Encrypted);
        Assert.StartsWith("This PDF is password-protected", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Truncated_pdf_is_refused_as_corrupt()
    {
        var truncated = Fixture("happy.pdf")[..5000];

        AssertRefused(await ExtractAsync(truncated, "resume.pdf"), ExtractionErrorCodes.Corrupt);
    }

    [Fact]
    public async Task Pdf_header_followed_by_garbage_is_corrupt()
    {
        var bytes = "%PDF-1.7\n"u8.ToArray().Concat(Enumerable.Repeat((byte)'#', 2000)).ToArray();

        AssertRefused(await ExtractAsync(bytes, "resume.pdf"), ExtractionErrorCodes.Corrupt);
    }

    [Fact]
    public async Task Scanned_image_only_pdf_is_refused_with_no_invented_text()
    {
        var result = await ExtractAsync(Fixture("scanned.pdf"), "scan.pdf");

        AssertRefused(result, ExtractionErrorCodes.ScannedPdf);
        Assert.Equal("This PDF is a scanned image with no text layer; upload a text PDF or DOCX.", result.Error);
    }

    [Fact]
    public async Task Thousand_page_pdf_is_refused_naming_the_limit()
    {
        var result = await ExtractAsync(PdfBuilder.Build(1_000), "book.pdf");

        AssertRefused(result, ExtractionErrorCodes.TooManyPages);
        Assert.Contains("1000 pages", result.Error, StringComparison.Ordinal);
        Assert.Contains("limit is 50", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generated_pdf_within_the_page_limit_is_read()
    {
        var result = await ExtractAsync(PdfBuilder.Build(3), "short.pdf");

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(3, result.Value!.PageCount);
        Assert.Contains("Page 3 line 0", result.Value.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Real_pdftotext_past_its_timeout_is_killed_and_reported()
    {
        // ~4 MB, 1,000 text-heavy pages: pdftotext needs several hundred milliseconds for it.
        var big = PdfBuilder.Build(1_000, linesPerPage: 50);
        var clock = Stopwatch.StartNew();

        var result = await ExtractAsync(big, "big.pdf", o =>
        {
            o.PdfMaxPages = 2_000;
            o.PdfTimeout = TimeSpan.FromMilliseconds(100);
        });

        AssertRefused(result, ExtractionErrorCodes.Timeout);
        Assert.Contains("took too long to read", result.Error, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"Took {clock.Elapsed}");
    }

    [Fact]
    public async Task Memory_cap_reaches_the_real_child_process()
    {
        // 4 MB of address space cannot even load poppler's libraries, so the cap must be in force.
        var result = await ExtractAsync(Fixture("happy.pdf"), "resume.pdf", o => o.PdfMemoryLimitBytes = 4 * 1024 * 1024);

        AssertRefused(result, ExtractionErrorCodes.Unavailable);
    }

    [Fact]
    public async Task Missing_pdftotext_is_reported_as_unavailable()
    {
        var result = await ExtractAsync(Fixture("happy.pdf"), "resume.pdf", o => o.PdfInfoPath = "/nonexistent/pdfinfo");

        AssertRefused(result, ExtractionErrorCodes.Unavailable);
    }
}
