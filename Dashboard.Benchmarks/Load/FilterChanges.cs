using System.Diagnostics;
using System.Globalization;
using Microsoft.Playwright;

namespace Dashboard.Benchmarks.Load;

/// <summary>What the pages' filter changes took in the browser during one active phase.</summary>
public sealed record FilterChangeResult(IReadOnlyList<double> BrowserMs, int Failures, TimeSpan Elapsed);

/// <summary>
/// The active phase: every page changes its filter about every few seconds, each on its own random offset so the changes
/// are spread over time rather than arriving together. A change is what the filter bar does (FilterBar.razor: every
/// change becomes a new URL): Blazor's own client-side navigation to the new query, which the server's page sees as a
/// location change and answers by computing and rendering the figures. The time is taken in the page itself, from the
/// navigation to the first DOM change that shows the new filter's description (.filter-words, the view's FilterText): the
/// page renders it in the same render as the new figures, and every next view is another, so its text always changes.
/// </summary>
public static class FilterChanges
{
    private const string ChangeScript =
        """
        async (url) => {
            const words = () => { const e = document.querySelector('.filter-words'); return e ? e.textContent : null; };
            const before = words();
            const started = performance.now();
            return await new Promise((resolve) => {
                const done = (value) => { observer.disconnect(); clearTimeout(timer); resolve(value); };
                const observer = new MutationObserver(() => { if (words() !== before) done(performance.now() - started); });
                observer.observe(document.body, { subtree: true, childList: true, characterData: true });
                const timer = setTimeout(() => done(-1), 60000);
                Blazor.navigateTo(url);
            });
        }
        """;

    public static async Task<FilterChangeResult> RunAsync(IReadOnlyList<IPage> pages, IReadOnlyList<string> views, TimeSpan duration,
        TimeSpan every, int seed)
    {
        var samples = new List<double>();
        var failures = 0;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(pages.Select(async (page, index) =>
        {
            var random = new Random(seed * 7919 + index);
            var current = -1;
            // A random start within the first interval, then about every interval (±20 %), measured from change to change.
            var next = every * random.NextDouble();
            while (true)
            {
                var wait = next - watch.Elapsed;
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait);
                }
                if (watch.Elapsed >= duration)
                {
                    break;
                }
                next += every * (0.8 + 0.4 * random.NextDouble());
                var view = random.Next(views.Count - 1);
                current = view >= current && current >= 0 ? view + 1 : view;
                double ms;
                try
                {
                    ms = await page.EvaluateAsync<double>(ChangeScript, views[current]);
                }
                catch (PlaywrightException)
                {
                    ms = -1;
                }
                lock (samples)
                {
                    if (ms >= 0)
                    {
                        samples.Add(ms);
                    }
                    else
                    {
                        failures++;
                    }
                }
            }
        }));
        return new FilterChangeResult(samples, failures, watch.Elapsed);
    }

    public static string Describe(TimeSpan every) => every.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture) + " s";
}
