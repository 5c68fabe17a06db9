using Dashboard.Data.Administration;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Data;
using Dashboard.Data.Figures.Settings;
using Dashboard.Data.Storage;
using Dashboard.Tests.TestSupport;
using Microsoft.Playwright;

namespace Dashboard.Tests.Browser;

/// <summary>
/// One app and one Chromium for the whole browser suite (starting the app seeds the demo sector, which takes
/// seconds): each test opens its own browser context, so cookies such as the language never leak between tests.
/// </summary>
/// <remarks>
/// Every page needs a signed-in user. At start the fixture signs in once per demo role through the login page's
/// demo button, as a person would, and keeps each login cookie; a tab opens with the cookie of the role asked for
/// (the demo beheerder unless said otherwise). Once, not per tab: the demo buttons are there only while the
/// database holds nothing but the demo sector, and the import journeys add organisations of their own. The
/// cookie holds because the app keeps no session state: signing out in one tab clears only that tab's cookie.
/// </remarks>
public sealed class BrowserFixture : IAsyncLifetime
{
    public static readonly (int Width, int Height) Desktop = (1440, 900);
    public static readonly (int Width, int Height) Phone = (390, 844);

    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private AppProcess? _app;
    private readonly Dictionary<Role, string> _signedIn = [];

    public AppProcess App => _app ?? throw new InvalidOperationException("The app was not started.");

    /// <summary>The figures engine on the app's own database, for what a test expects to see.</summary>
    public IndicatorService Indicators { get; private set; } = default!;

    /// <summary>TestResults/screenshots/ under the repository root: every run leaves a picture of every page there.</summary>
    public string ScreenshotFolder { get; } = Path.Combine(Repository.Root, "TestResults", "screenshots");

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
        Indicators = new IndicatorService(new SnapshotCache(database), new SettingsStore(database));
        foreach (var role in Roles.All)
        {
            await using var tab = await OpenTabAsync(signedInAs: null);
            await tab.SignInAsync(role);
            _signedIn[role] = await tab.Context.StorageStateAsync();
        }
    }

    /// <summary>
    /// A fresh browser context (Dutch, as the app starts) with one tab at the given size, signed in as the demo
    /// account of <paramref name="signedInAs"/> (null: signed out). On another <paramref name="app"/> than the
    /// suite's own, the tab signs in through the demo button itself.
    /// </summary>
    public async Task<AppTab> OpenTabAsync((int Width, int Height)? viewport = null, Role? signedInAs = Role.Beheerder, AppProcess? app = null)
    {
        app ??= App;
        var (width, height) = viewport ?? Desktop;
        var shared = app == App && signedInAs is { } role && _signedIn.ContainsKey(role);
        var context = await (_browser ?? throw new InvalidOperationException("Chromium was not started.")).NewContextAsync(new()
        {
            BaseURL = app.BaseAddress.ToString().TrimEnd('/'),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "nl-NL",
            TimezoneId = "Europe/Amsterdam",
            StorageState = shared ? _signedIn[signedInAs!.Value] : null,
        });
        context.SetDefaultTimeout(20_000);
        var tab = await AppTab.CreateAsync(context, this, app);
        if (signedInAs is { } own && !shared)
        {
            await tab.SignInAsync(own);
        }
        return tab;
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
