using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace RecruiterPortal.Core.Exports;

/// <summary>
/// The one headless Chromium that prints every PDF: started on the first export, kept warm, and
/// started again when it has crashed or disconnected. Disposed with the app.
/// </summary>
public sealed class PdfBrowser(IOptions<ExportOptions> options, ILogger<PdfBrowser> logger) : IAsyncDisposable
{
    private static readonly string[] Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-dev-shm-usage"];

    private readonly SemaphoreSlim _launch = new(1, 1);
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private bool _disposed;

    /// <summary>How many times a browser was started (the first launch and every relaunch).</summary>
    public int Launches { get; private set; }

    /// <summary>The running browser, started if there is none or the last one died.</summary>
    /// <exception cref="ExportUnavailableException">Chromium is missing or would not start.</exception>
    public async Task<IBrowser> GetAsync(CancellationToken cancellationToken)
    {
        if (_browser is { IsConnected: true } running)
        {
            return running;
        }

        await _launch.WaitAsync(cancellationToken);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_browser is { IsConnected: true } current)
            {
                return current;
            }

            await CloseAsync();
            return _browser = await LaunchAsync();
        }
        finally
        {
            _launch.Release();
        }
    }

    /// <summary>Forgets a browser that failed mid-export, so the next export starts a fresh one.</summary>
    public async Task DiscardAsync(IBrowser broken)
    {
        await _launch.WaitAsync();
        try
        {
            if (ReferenceEquals(_browser, broken))
            {
                await CloseAsync();
            }
        }
        finally
        {
            _launch.Release();
        }
    }

    private async Task<IBrowser> LaunchAsync()
    {
        var path = options.Value.ChromiumPath;
        if (!File.Exists(path))
        {
            throw new ExportUnavailableException($"PDF export is unavailable: Chromium was not found at {path}; run scripts/setup.sh (installs Debian's chromium) or set Export:ChromiumPath.");
        }

        try
        {
            _playwright ??= await Playwright.CreateAsync();
            var browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = path,
                Headless = true,
                Args = Args,
                Timeout = options.Value.PdfTimeoutSeconds * 1000f,
            });
            Launches++;
            browser.Disconnected += (_, _) => logger.LogWarning("The PDF browser disconnected; the next export starts a new one.");
            logger.LogInformation("Started Chromium {Version} for PDF export from {Path}.", browser.Version, path);
            return browser;
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
        {
            logger.LogError(ex, "Chromium at {Path} would not start.", path);
            throw new ExportUnavailableException($"PDF export is unavailable: Chromium at {path} would not start; run scripts/setup.sh or set Export:ChromiumPath.", ex);
        }
    }

    private async Task CloseAsync()
    {
        var browser = _browser;
        _browser = null;
        if (browser is not null)
        {
            try
            {
                await browser.CloseAsync();
            }
            catch (PlaywrightException)
            {
                // Already gone: a crashed browser is what brought us here.
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _launch.WaitAsync();
        try
        {
            _disposed = true;
            await CloseAsync();
            _playwright?.Dispose();
            _playwright = null;
        }
        finally
        {
            _launch.Release();
        }
    }
}
