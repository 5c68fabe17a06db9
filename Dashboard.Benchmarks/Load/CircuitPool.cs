using Microsoft.Playwright;

namespace Dashboard.Benchmarks.Load;

/// <summary>
/// The live circuits: pages in a few browser contexts, each context signed in once as the demo board ("Demo bestuur ·
/// hele sector", which sees every organisation). Pages share their context's cookie and much of its memory, so hundreds
/// fit in one Chromium. A page counts once it is interactive (the same signal as Dashboard.Tests/Browser/AppTab.cs) and
/// no figures are loading.
/// </summary>
public sealed class CircuitPool(IBrowser browser, Uri server, int pagesPerContext, Action<string> log)
{
    /// <summary>Remembers the prerendered layout; the circuit's first render replaces it, which is when the page is live.</summary>
    private const string RememberPrerender =
        "document.addEventListener('DOMContentLoaded', () => { window.__prerenderedLayout = document.querySelector('.rz-layout'); });";

    private const string Interactive =
        """
        () => window.Blazor !== undefined && window.__prerenderedLayout !== undefined
              && document.querySelector('.rz-layout') !== null && !document.contains(window.__prerenderedLayout)
              && document.querySelector('main .rz-progressbar-circular, main [role=progressbar]') === null
        """;

    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromMinutes(2);

    private readonly Dictionary<IBrowserContext, int> _contexts = [];
    private readonly SemaphoreSlim _choosing = new(1, 1);

    public int Contexts => _contexts.Count;

    /// <summary>Opens <paramref name="count"/> pages of <paramref name="path"/>, a few at a time, each until it is live.</summary>
    public async Task<List<IPage>> OpenAsync(int count, string path)
    {
        var pages = new List<IPage>(count);
        var opening = new SemaphoreSlim(4);
        var tasks = Enumerable.Range(0, count).Select(async _ =>
        {
            await opening.WaitAsync();
            try
            {
                var page = await OpenAsync(path);
                lock (pages)
                {
                    pages.Add(page);
                    if (pages.Count % 25 == 0)
                    {
                        log($"  {pages.Count}/{count} pages of {path} live");
                    }
                }
            }
            finally
            {
                opening.Release();
            }
        }).ToList();
        await Task.WhenAll(tasks);
        return pages;
    }

    /// <summary>
    /// Closes pages the way a person closing a tab does: Blazor tells the server the circuit is gone (otherwise the server
    /// keeps it for minutes, waiting for a reconnect). Blazor sends that beacon itself on pagehide, but a page closed right
    /// after it leaves does not always get it out, so it is sent first while the page is still there.
    /// </summary>
    public async Task CloseAsync(IEnumerable<IPage> pages)
    {
        await Task.WhenAll(pages.Select(async page =>
        {
            await Disconnect(page);
            await page.GotoAsync("about:blank");
            await page.CloseAsync();
            await _choosing.WaitAsync();
            try
            {
                _contexts[page.Context]--;
            }
            finally
            {
                _choosing.Release();
            }
        }));
    }

    private static Task Disconnect(IPage page) =>
        page.EvaluateAsync("() => { if (window.Blazor && Blazor.disconnect) { Blazor.disconnect(); } }");

    private async Task<IPage> OpenAsync(string path)
    {
        var context = await ContextWithRoomAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        await WaitUntilLiveAsync(page);
        return page;
    }

    public static async Task WaitUntilLiveAsync(IPage page)
    {
        await page.WaitForFunctionAsync(Interactive, null, new() { Timeout = (float)ReadyTimeout.TotalMilliseconds, PollingInterval = 100 });
        if (await page.Locator("#blazor-error-ui").IsVisibleAsync())
        {
            throw new InvalidOperationException($"{page.Url} shows the error bar: the circuit failed");
        }
    }

    private async Task<IBrowserContext> ContextWithRoomAsync()
    {
        await _choosing.WaitAsync();
        try
        {
            if (_contexts.FirstOrDefault(c => c.Value < pagesPerContext).Key is { } free)
            {
                _contexts[free]++;
                return free;
            }
            var context = await SignedInContextAsync();
            _contexts[context] = 1;
            return context;
        }
        finally
        {
            _choosing.Release();
        }
    }

    private async Task<IBrowserContext> SignedInContextAsync()
    {
        var context = await browser.NewContextAsync(new()
        {
            BaseURL = server.ToString().TrimEnd('/'),
            // Small: the benchmark measures the server, and a small page costs the browser less memory and drawing.
            ViewportSize = new ViewportSize { Width = 640, Height = 400 },
            Locale = "nl-NL",
            TimezoneId = "Europe/Amsterdam",
        });
        await context.AddInitScriptAsync(RememberPrerender);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/inloggen");
        await page.Locator("form button[name='DemoRole'][value='bestuur']").ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath != "/inloggen");
        await WaitUntilLiveAsync(page);
        await Disconnect(page);
        await page.GotoAsync("about:blank");
        await page.CloseAsync();
        log($"  browser context {_contexts.Count + 1} signed in as the demo board");
        return context;
    }
}
