using Dashboard.Data.Indicators;
using Dashboard.Data.Indicators.Data;
using Dashboard.Data.Settings;
using Dashboard.Data.Storage;
using Microsoft.Playwright;

namespace Dashboard.Tests.Browser;

/// <summary>
/// One app and one Chromium for the whole browser suite (starting the app seeds the demo sector, which takes
/// seconds): each test opens its own browser context, so cookies such as the language never leak between tests.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public static readonly (int Width, int Height) Desktop = (1440, 900);
    public static readonly (int Width, int Height) Phone = (390, 844);

    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private AppProcess? _app;

    public AppProcess App => _app ?? throw new InvalidOperationException("The app was not started.");

    /// <summary>The figures engine on the app's own database, for what a test expects to see.</summary>
    public IndicatorService Indicators { get; private set; } = default!;

    /// <summary>TestResults/screenshots/ under the repository root: every run leaves a picture of every page there.</summary>
    public string ScreenshotFolder { get; } = Path.Combine(AppProcess.RepositoryRoot(), "TestResults", "screenshots");

    public async Task InitializeAsync()
    {
        if (Chromium.SkipReason is not null)
        {
            return;
        }
        if (!Chromium.IsInstalled)
        {
            throw new InvalidOperationException($"CI=true, so the browser tests must run, but there is no Chromium at {Chromium.ExecutablePath}: {Chromium.HowToInstall}.");
        }
        Assertions.SetDefaultExpectTimeout(15_000);
        Directory.CreateDirectory(ScreenshotFolder);
        var app = AppProcess.StartAsync();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium.ExecutablePath,
            Args = Chromium.Arguments,
            Headless = true,
        });
        _app = await app;
        var database = new Database(_app.DatabaseFile);
        Indicators = new IndicatorService(database, new SnapshotCache(database), new SettingsStore(database));
    }

    /// <summary>A fresh browser context (no cookies: Dutch, as the app starts) with one tab at the given size.</summary>
    public async Task<AppTab> OpenTabAsync((int Width, int Height)? viewport = null)
    {
        var (width, height) = viewport ?? Desktop;
        var context = await (_browser ?? throw new InvalidOperationException("Chromium was not started.")).NewContextAsync(new()
        {
            BaseURL = App.BaseAddress.ToString().TrimEnd('/'),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "nl-NL",
            TimezoneId = "Europe/Amsterdam",
        });
        context.SetDefaultTimeout(20_000);
        return await AppTab.CreateAsync(context, this);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
        _playwright?.Dispose();
        _app?.Dispose();
    }
}
