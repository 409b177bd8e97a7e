using RecruiterPortal.Core.Extraction;
using static RecruiterPortal.Tests.Unit.Extraction.ExtractionTestSupport;

namespace RecruiterPortal.Tests.Unit.Extraction;

/// <summary>The PDF path against a scripted process runner: deterministic timeouts and exact requests.</summary>
public sealed class PdfProcessLimitTests
{
    private static readonly byte[] _pdf = PdfBuilder.Build(2);

    [Fact]
    public async Task Slow_process_that_hits_the_timeout_is_reported_as_timeout()
    {
        var runner = new FakeProcessRunner(async (request, token) =>
        {
            if (request.FileName == "pdfinfo")
            {
                return new ProcessRunResult(ProcessOutcome.Exited, 0, "Pages:          2\nEncrypted:      no\n"u8.ToArray(), "");
            }

            // Behaves like a hung pdftotext: the runner only gives up when the budget passes.
            await Task.Delay(request.Timeout, token);
            return new ProcessRunResult(ProcessOutcome.TimedOut, -1, [], "");
        });

        var result = await Extractor(o => o.PdfTimeout = TimeSpan.FromMilliseconds(200), runner)
            .ExtractAsync(_pdf, "slow.pdf", CancellationToken.None);

        AssertRefused(result, ExtractionErrorCodes.Timeout);
        Assert.Equal("This PDF took too long to read. Try a simpler PDF or a Word (.docx) version.", result.Error);
        Assert.Equal(2, runner.Requests.Count);
        Assert.All(runner.Requests, r => Assert.True(r.Timeout <= TimeSpan.FromMilliseconds(200)));
    }

    [Fact]
    public async Task Pdftotext_gets_limits_and_a_private_temp_file_that_is_deleted_after()
    {
        string? path = null;
        UnixFileMode? mode = null;
        var runner = new FakeProcessRunner((request, _) =>
        {
            path = request.Arguments[^1] == "-" ? request.Arguments[^2] : request.Arguments[^1];
            mode = OperatingSystem.IsWindows() ? null : File.GetUnixFileMode(path);
            var stdout = request.FileName == "pdfinfo" ? "Pages: 2\n"u8.ToArray() : "Hello\fWorld\f"u8.ToArray();
            return Task.FromResult(new ProcessRunResult(ProcessOutcome.Exited, 0, stdout, ""));
        });

        var result = await Extractor(o => o.PdfMemoryLimitBytes = 123_456_789, runner).ExtractAsync(_pdf, "a.pdf", CancellationToken.None);

        Assert.Equal("Hello\nWorld", result.Value!.Text);
        var pdftotext = runner.Requests[1];
        Assert.Equal(["-layout", "-enc", "UTF-8", "-l", "50"], pdftotext.Arguments.Take(5));
        Assert.Equal(123_456_789, pdftotext.MemoryLimitBytes);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, mode);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public async Task Crash_of_pdftotext_is_reported_as_corrupt()
    {
        var runner = new FakeProcessRunner((request, _) => Task.FromResult(request.FileName == "pdfinfo"
            ? new ProcessRunResult(ProcessOutcome.Exited, 0, "Pages: 1\n"u8.ToArray(), "")
            : new ProcessRunResult(ProcessOutcome.Exited, 134, [], "terminate called after throwing an instance of 'std::bad_alloc'")));

        AssertRefused(await Extractor(runner: runner).ExtractAsync(_pdf, "a.pdf", CancellationToken.None), ExtractionErrorCodes.Corrupt);
    }

    [Fact]
    public async Task Metadata_cannot_fake_the_page_count()
    {
        var runner = new FakeProcessRunner((request, _) => Task.FromResult(
            new ProcessRunResult(ProcessOutcome.Exited, 0, "Title:          x\nPages: 1\nPages:          900\n"u8.ToArray(), "")));

        AssertRefused(await Extractor(runner: runner).ExtractAsync(_pdf, "a.pdf", CancellationToken.None), ExtractionErrorCodes.TooManyPages);
    }
}
