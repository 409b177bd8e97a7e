using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace RecruiterPortal.Core.Exports;

/// <summary>
/// Prints the HTML export in the shared headless Chromium: a fresh context per export with
/// JavaScript off and no network, closed afterwards; at most <see cref="ExportOptions.MaxConcurrentPdfs"/> at once.
/// </summary>
public sealed class PdfExporter : IDocumentExporter, IDisposable
{
    private readonly PdfBrowser _browser;
    private readonly IOptions<ExportOptions> _options;
    private readonly SemaphoreSlim _slots;

    public PdfExporter(PdfBrowser browser, IOptions<ExportOptions> options)
    {
        _browser = browser;
        _options = options;
        _slots = new SemaphoreSlim(options.Value.MaxConcurrentPdfs, options.Value.MaxConcurrentPdfs);
    }

    public string Format => ExportFormats.Pdf;

    public string ContentType => "application/pdf";

    public string Extension => "pdf";

    public Task<byte[]> ExportAsync(ExportDocument document, CancellationToken cancellationToken = default) =>
        PrintHtmlAsync(ResumeHtmlDocument.Render(document, _options.Value.IsLetter), cancellationToken);

    /// <summary>
    /// Prints a standalone HTML document (its own styles, no scripts, no remote resources) to PDF on
    /// the paper size of <see cref="ExportOptions"/>, with the same browser, slots and time limit as resumes.
    /// </summary>
    /// <exception cref="ExportUnavailableException">Chromium is missing, failed or took too long.</exception>
    public async Task<byte[]> PrintHtmlAsync(string html, CancellationToken cancellationToken = default)
    {
        var settings = _options.Value;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(settings.PdfTimeoutSeconds));
        try
        {
            await _slots.WaitAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw TimedOut(settings);
        }

        try
        {
            // A browser that died between exports shows up here: start a new one and try once more.
            try
            {
                return await PrintAsync(html, settings, timeout.Token);
            }
            catch (PlaywrightException) when (!timeout.IsCancellationRequested)
            {
                return await PrintAsync(html, settings, timeout.Token);
            }
        }
        catch (Exception ex) when (ex is TimeoutException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw TimedOut(settings);
        }
        catch (PlaywrightException ex)
        {
            throw new ExportUnavailableException("PDF export is unavailable: Chromium failed to print the document; try again.", ex);
        }
        finally
        {
            _slots.Release();
        }
    }

    private async Task<byte[]> PrintAsync(string html, ExportOptions settings, CancellationToken cancellationToken)
    {
        var browser = await _browser.GetAsync(cancellationToken);
        IBrowserContext? context = null;
        try
        {
            context = await browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false, Offline = true });
            context.SetDefaultTimeout(settings.PdfTimeoutSeconds * 1000f);
            var page = await context.NewPageAsync();
            await page.SetContentAsync(html, new PageSetContentOptions { WaitUntil = WaitUntilState.Load }).WaitAsync(cancellationToken);
            return await page.PdfAsync(new PagePdfOptions
            {
                Format = settings.IsLetter ? "Letter" : "A4",
                PrintBackground = true,
                PreferCSSPageSize = true,
                Tagged = true,
            }).WaitAsync(cancellationToken);
        }
        catch (PlaywrightException) when (!browser.IsConnected)
        {
            await _browser.DiscardAsync(browser);
            throw;
        }
        finally
        {
            if (context is not null)
            {
                await CloseQuietlyAsync(context);
            }
        }
    }

    private static async Task CloseQuietlyAsync(IBrowserContext context)
    {
        try
        {
            await context.CloseAsync();
        }
        catch (PlaywrightException)
        {
            // The browser went away with the context; nothing is left to close.
        }
    }

    private static ExportUnavailableException TimedOut(ExportOptions settings) =>
        new($"PDF export is unavailable: printing took longer than {settings.PdfTimeoutSeconds} s; try again in a moment.");

    public void Dispose() => _slots.Dispose();
}
