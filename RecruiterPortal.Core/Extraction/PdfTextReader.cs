using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging;
using RecruiterPortal.Core.Common;

namespace RecruiterPortal.Core.Extraction;

/// <summary>
/// Reads PDFs with poppler in child processes: <c>pdfinfo</c> to refuse encrypted, oversized or
/// broken files cheaply, then <c>pdftotext</c>. Both share one wall-clock budget and run under
/// the memory cap, so a hostile PDF costs at most one killed process.
/// </summary>
internal sealed class PdfTextReader(IProcessRunner runner, ExtractionOptions options, ILogger logger)
{
    private const int MaxInfoBytes = 64 * 1024;
    private const int CommandNotExecutable = 126;
    private const int CommandNotFound = 127;

    public async Task<Result<ExtractedDocument>> ReadAsync(byte[] content, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        using var file = await PrivateTempFile.WriteAsync(content, ".pdf", cancellationToken).ConfigureAwait(false);

        var info = await runner.RunAsync(Request(options.PdfInfoPath, [file.Path], clock, MaxInfoBytes), cancellationToken)
            .ConfigureAwait(false);
        if (Refusal(info, "pdfinfo") is { } infoRefusal)
        {
            return infoRefusal;
        }

        var parsed = PdfInfo.Parse(Encoding.UTF8.GetString(info.Stdout));
        if (parsed.Pages is not { } pages || pages < 1)
        {
            logger.LogInformation("pdfinfo reported no page count");
            return ExtractionFailures.CorruptPdf();
        }

        if (pages > options.PdfMaxPages)
        {
            return ExtractionFailures.TooManyPages(pages, options.PdfMaxPages);
        }

        var maxPages = options.PdfMaxPages.ToString(CultureInfo.InvariantCulture);
        var text = await runner.RunAsync(
                Request(options.PdfToTextPath, ["-layout", "-enc", "UTF-8", "-l", maxPages, file.Path, "-"], clock, MaxTextBytes()),
                cancellationToken)
            .ConfigureAwait(false);
        if (text.Outcome == ProcessOutcome.OutputLimitExceeded)
        {
            // More text than the cap allows: keep the beginning, as for any over-long document.
            logger.LogInformation("pdftotext output reached the cap of {MaxBytes} bytes", MaxTextBytes());
        }
        else if (Refusal(text, "pdftotext") is { } textRefusal)
        {
            return textRefusal;
        }

        var normalized = TextNormalizer.Normalize(Encoding.UTF8.GetString(text.Stdout), options.MaxTextChars);
        return TextNormalizer.IsBlank(normalized)
            ? ExtractionFailures.ScannedPdf()
            : Result<ExtractedDocument>.Ok(new ExtractedDocument(normalized, "pdf", pages));
    }

    private ProcessRunRequest Request(string tool, IReadOnlyList<string> arguments, Stopwatch clock, int maxStdoutBytes)
    {
        // One budget for the whole PDF; a non-positive remainder still runs with a token timeout
        // so the timeout path stays the single place that reports it.
        var remaining = options.PdfTimeout - clock.Elapsed;
        if (remaining < TimeSpan.FromMilliseconds(1))
        {
            remaining = TimeSpan.FromMilliseconds(1);
        }

        return new ProcessRunRequest(tool, arguments, remaining, options.PdfMemoryLimitBytes, maxStdoutBytes);
    }

    // pdftotext writes UTF-8 with -layout padding; leave room for both before cutting it off.
    private int MaxTextBytes() => (int)Math.Min(int.MaxValue / 2, (long)options.MaxTextChars * 8 + 4096);

    private Result<ExtractedDocument>? Refusal(ProcessRunResult run, string tool)
    {
        switch (run.Outcome)
        {
            case ProcessOutcome.TimedOut:
                logger.LogWarning("{Tool} timed out after the PDF budget of {Timeout}", tool, options.PdfTimeout);
                return ExtractionFailures.Timeout();
            case ProcessOutcome.FailedToStart:
                logger.LogError("{Tool} could not be started: {Error}", tool, run.Stderr);
                return ExtractionFailures.PdfUnavailable();
            case ProcessOutcome.OutputLimitExceeded:
                logger.LogWarning("{Tool} wrote more output than allowed", tool);
                return ExtractionFailures.CorruptPdf();
        }

        if (run.ExitCode == 0)
        {
            return null;
        }

        var stderr = run.Stderr.Length > 2000 ? run.Stderr[..2000] : run.Stderr;
        if (run.ExitCode is CommandNotFound or CommandNotExecutable)
        {
            // The wrapper could not exec the tool (missing, or the memory cap is too small to load it).
            logger.LogError("{Tool} could not run (exit {ExitCode}): {Stderr}", tool, run.ExitCode, stderr);
            return ExtractionFailures.PdfUnavailable();
        }

        if (stderr.Contains("password", StringComparison.OrdinalIgnoreCase))
        {
            return ExtractionFailures.EncryptedPdf();
        }

        logger.LogInformation("{Tool} exited with {ExitCode}: {Stderr}", tool, run.ExitCode, stderr);
        return ExtractionFailures.CorruptPdf();
    }
}
