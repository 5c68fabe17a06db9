using Dashboard.Data.Administration;
using Microsoft.Playwright;

namespace Dashboard.Tests.Browser;

/// <summary>
/// One browser tab on the app, in its own context (signed in or not: <see cref="BrowserFixture.OpenTabAsync"/>). Knows when a page is usable: Blazor has swapped the
/// prerendered markup for the live circuit's render (before that, clicks do nothing) and nothing is loading.
/// </summary>
public sealed class AppTab : IAsyncDisposable
{
    /// <summary>
    /// Remembers the prerendered layout element as the HTML arrives; the circuit's first render replaces it
    /// with a new element, which is the moment event handlers work. Runs before the page's own scripts.
    /// </summary>
    private const string RememberPrerender =
        "document.addEventListener('DOMContentLoaded', () => { window.__prerenderedLayout = document.querySelector('.rz-layout'); });";

    private const string Interactive =
        """
        () => window.Blazor !== undefined && window.__prerenderedLayout !== undefined
              && document.querySelector('.rz-layout') !== null && !document.contains(window.__prerenderedLayout)
        """;

    private const string Loading = "main .rz-progressbar-circular, main [role=progressbar]";

    private readonly List<string> _problems = [];
    private readonly BrowserFixture _fixture;

    private AppTab(IBrowserContext context, IPage page, BrowserFixture fixture, AppProcess app)
    {
        Context = context;
        Page = page;
        _fixture = fixture;
        App = app;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                lock (_problems)
                {
                    _problems.Add("console: " + message.Text);
                }
            }
        };
        page.PageError += (_, error) =>
        {
            lock (_problems)
            {
                _problems.Add("page error: " + error);
            }
        };
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    /// <summary>The app this tab is on: the suite's own, or one a test started for itself.</summary>
    public AppProcess App { get; }

    /// <summary>The path and query the tab shows now, e.g. "/?soort=horeca".</summary>
    public string PathAndQuery => new Uri(Page.Url).PathAndQuery;

    public static async Task<AppTab> CreateAsync(IBrowserContext context, BrowserFixture fixture, AppProcess app)
    {
        await context.AddInitScriptAsync(RememberPrerender);
        return new AppTab(context, await context.NewPageAsync(), fixture, app);
    }

    /// <summary>
    /// Signs in as a person tries the demo: on /inloggen, the demo button of that role (no password). The login
    /// cookie then holds for every page of this tab's context. Ends on the overview, live.
    /// </summary>
    public async Task SignInAsync(Role role)
    {
        var response = await Page.GotoAsync("/inloggen");
        Assert.True(response is { Ok: true }, $"GET /inloggen answered {response?.Status}.");
        var button = Page.Locator($"form button[name='DemoRole'][value='{role.Key()}']");
        Assert.True(await button.CountAsync() == 1,
            $"/inloggen offers no demo button for {role.Key()}: the demo accounts are there only while the database holds nothing but the demo sector.");
        await button.ClickAsync();
        await Page.WaitForURLAsync(url => new Uri(url).AbsolutePath != "/inloggen");
        await WaitUntilReadyAsync();
    }

    /// <summary>Opens a page without the interactive layout (the account pages are plain forms) and checks it answered.</summary>
    public async Task GotoFormPageAsync(string pathAndQuery)
    {
        var response = await Page.GotoAsync(pathAndQuery);
        Assert.True(response is { Ok: true }, $"GET {pathAndQuery} answered {response?.Status}.");
    }

    /// <summary>Opens a path (with its query) and waits until the page is live and has loaded its figures.</summary>
    public async Task GotoAsync(string pathAndQuery)
    {
        var response = await Page.GotoAsync(pathAndQuery);
        Assert.True(response is { Ok: true }, $"GET {pathAndQuery} answered {response?.Status}.");
        await WaitUntilReadyAsync();
    }

    /// <summary>Opens a path in English through the app's own language switch (/taal sets the cookie and goes back).</summary>
    public Task GotoInEnglishAsync(string pathAndQuery) =>
        GotoAsync($"/taal?cultuur=en-GB&terug={Uri.EscapeDataString(pathAndQuery)}");

    /// <summary>After a full page load: the circuit has rendered, no spinner is left and no error bar shows.</summary>
    public async Task WaitUntilReadyAsync()
    {
        try
        {
            await Page.WaitForFunctionAsync(Interactive, null, new() { Timeout = 30_000 });
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"{Page.Url} did not become interactive. {Problems}{Environment.NewLine}App log:{Environment.NewLine}{App.RecentLog}");
        }
        await Assertions.Expect(Page.Locator(Loading)).ToHaveCountAsync(0);
        await AssertNoErrorAsync();
    }

    /// <summary>Blazor shows #blazor-error-ui when the circuit failed: then nothing on the page can be trusted.</summary>
    public async Task AssertNoErrorAsync()
    {
        var errorShown = await Page.Locator("#blazor-error-ui").IsVisibleAsync();
        Assert.False(errorShown, $"The app shows its error bar on {Page.Url}. {Problems}{Environment.NewLine}App log:{Environment.NewLine}{App.RecentLog}");
    }

    /// <summary>Console errors and script errors seen so far.</summary>
    public string Problems
    {
        get
        {
            lock (_problems)
            {
                return _problems.Count == 0 ? "No console errors." : "Console: " + string.Join(" | ", _problems);
            }
        }
    }

    /// <summary>
    /// Saves the whole page as TestResults/screenshots/&lt;name&gt;-&lt;width&gt;.png. The Radzen layout scrolls inside
    /// its body rather than the document, so the viewport is stretched to the content's height for the picture.
    /// </summary>
    public async Task<string> SaveScreenshotAsync(string name)
    {
        var viewport = Page.ViewportSize ?? throw new InvalidOperationException("The tab has no viewport.");
        var height = await Page.EvaluateAsync<int>(
            """
            () => {
                const header = document.querySelector('.rz-header');
                const body = document.querySelector('.rz-body');
                return Math.ceil(Math.max(document.documentElement.scrollHeight, (header ? header.offsetHeight : 0) + (body ? body.scrollHeight : 0)));
            }
            """);
        var path = Path.Combine(_fixture.ScreenshotFolder, $"{name}-{viewport.Width}.png");
        await Page.SetViewportSizeAsync(viewport.Width, Math.Max(viewport.Height, height));
        try
        {
            await Page.ScreenshotAsync(new() { Path = path, FullPage = true, Animations = ScreenshotAnimations.Disabled });
        }
        finally
        {
            await Page.SetViewportSizeAsync(viewport.Width, viewport.Height);
        }
        return path;
    }

    public async ValueTask DisposeAsync() => await Context.DisposeAsync();
}
