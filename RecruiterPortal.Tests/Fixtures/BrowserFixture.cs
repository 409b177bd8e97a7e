using Microsoft.Playwright;

namespace RecruiterPortal.Tests.Fixtures;

/// <summary>
/// One headless Chromium (Debian's /usr/bin/chromium, driven by Playwright) shared by the browser
/// tests; each test opens its own context, so cookies and storage never leak between tests.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    /// <summary>How long an action or expectation waits for the page before it fails, in milliseconds.</summary>
    public const float DefaultWait = 30_000;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Where tests leave screenshots for a person to look at.</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        var executable = Environment.GetEnvironmentVariable("RP_CHROMIUM") ?? ChromiumPath;
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException($"Chromium is not installed at {executable}: run scripts/setup.sh (installs Debian's chromium).");
        }

        Directory.CreateDirectory(ScreenshotFolder);

        // The suite runs other test classes beside the browser on two cores, and a burst of them
        // (PostgreSQL clusters, pipeline runs) can hold a page's answer back for well over ten seconds:
        // a wait fails only when the page has had ample time to answer.
        Assertions.SetDefaultExpectTimeout(DefaultWait);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
            ],
        });
    }

    public async Task<IPage> NewPageAsync(Uri baseAddress)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1366, Height = 850 },
        });
        context.SetDefaultTimeout(DefaultWait);

        // A page load may wait for a cold portal (first render, JIT) while other tests load the cores.
        context.SetDefaultNavigationTimeout(60_000);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
