using Microsoft.Playwright;

namespace Dashboard.Tests.Browser.Export;

/// <summary>The export menus and the factsheet button of a page, as a person uses them: open a menu, click a download.</summary>
public sealed class ExportScreen(AppTab tab)
{
    private IPage Page => tab.Page;

    /// <summary>Every export menu on the page, in screen order.</summary>
    public ILocator Menus => Page.Locator("main details.export-menu");

    /// <summary>The export menu of the chart card whose title is exactly this text.</summary>
    public ILocator ChartMenu(string chartTitle) =>
        ChartCard(chartTitle).Locator("details.export-menu");

    /// <summary>The chart card whose title is exactly this text.</summary>
    public ILocator ChartCard(string chartTitle) =>
        Page.Locator("main .chart-card").Filter(new()
        {
            Has = Page.Locator(".chart-head h3").GetByText(chartTitle, new() { Exact = true }),
        });

    /// <summary>The titles of the chart cards, in screen order.</summary>
    public Task<IReadOnlyList<string>> ChartTitlesAsync() => Page.Locator("main .chart-card .chart-head h3").AllInnerTextsAsync();

    /// <summary>Opens a menu by clicking its button, as a person does, and waits until its list shows.</summary>
    public async Task OpenAsync(ILocator menu)
    {
        await menu.Locator("summary").ClickAsync();
        await Assertions.Expect(menu.Locator("ul")).ToBeVisibleAsync();
    }

    /// <summary>The menu item whose text starts with the format (PNG, PNG 2×, SVG, Excel, CSV, …) and holds the description.</summary>
    public static ILocator Item(ILocator menu, string format, string? description = null)
    {
        var items = menu.Locator("ul a").Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex("^" + System.Text.RegularExpressions.Regex.Escape(format) + @"\s") });
        return description is null ? items.First : items.Filter(new() { HasText = description });
    }

    /// <summary>Clicks a download link and waits for the download: its suggested file name and its bytes.</summary>
    public async Task<(string FileName, byte[] Bytes)> DownloadAsync(ILocator link)
    {
        var download = await Page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        var failure = await download.FailureAsync();
        Assert.True(failure is null, $"The download of {download.Url} failed: {failure}");
        await using var stream = await download.CreateReadStreamAsync();
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return (download.SuggestedFilename, copy.ToArray());
    }

    /// <summary>The factsheet button in the page head: a link when there is a factsheet, a disabled button when not.</summary>
    public ILocator FactsheetButton => Page.Locator("main .page-head .factsheet-button");

    /// <summary>The words next to a disabled factsheet button that say why there is none.</summary>
    public ILocator FactsheetHint => Page.Locator("main .page-head .factsheet-hint");
}
