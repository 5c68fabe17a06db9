using Microsoft.Playwright;

namespace Dashboard.Tests.Browser.Export;

/// <summary>
/// The pages with an export menu open, in Dutch and English, at desktop and phone width: saved as
/// TestResults/screenshots/export-&lt;page&gt;-&lt;language&gt;-&lt;width&gt;.png (the menu in view) and …-page-… (the whole page)
/// for people to look at, and checked for what a person would notice: the menu fits the screen and nothing covers or
/// clips its links.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ExportMenuScreenshotTests(BrowserFixture browser)
{
    public static readonly (int Width, int Height) Desktop = (1400, 900);

    public static TheoryData<string, string, int> Cases
    {
        get
        {
            var data = new TheoryData<string, string, int>();
            foreach (var page in AppPages.WithExports)
            {
                foreach (var language in new[] { "nl", "en" })
                {
                    data.Add(page.Name, language, Desktop.Width);
                    data.Add(page.Name, language, BrowserFixture.Phone.Width);
                }
            }
            return data;
        }
    }

    [BrowserTheory]
    [MemberData(nameof(Cases))]
    public async Task Every_export_menu_fits_the_screen_when_open_and_nothing_covers_it(string page, string language, int width)
    {
        var viewport = width == BrowserFixture.Phone.Width ? BrowserFixture.Phone : Desktop;
        await using var tab = await browser.OpenTabAsync(viewport);
        var path = AppPages.Named(page).Path;
        await (language == "en" ? tab.GotoInEnglishAsync(path) : tab.GotoAsync(path));
        var exports = new ExportScreen(tab);
        var name = $"export-{page}-{language}";
        await tab.Page.ScreenshotAsync(new() { Path = Shot($"{name}-head", width), Animations = ScreenshotAnimations.Disabled });
        var problems = new List<string>();

        var menus = await exports.Menus.CountAsync();
        for (var i = menus - 1; i >= 0; i--)
        {
            // Last to first, so the first chart card's menu is the one left open for the pictures.
            var menu = exports.Menus.Nth(i);
            if (i < menus - 1)
            {
                await exports.Menus.Nth(i + 1).Locator("summary").ClickAsync();
            }
            await exports.OpenAsync(menu);
            await menu.Locator("ul").ScrollIntoViewIfNeededAsync();
            problems.AddRange((await menu.Locator("ul").EvaluateAsync<string[]>(Check)).Select(p => $"menu {i + 1} of {menus}: {p}"));
        }
        var title = (await exports.ChartTitlesAsync())[0];
        await exports.Menus.First.Locator("summary").ClickAsync();
        await exports.OpenAsync(exports.ChartMenu(title));
        await exports.ChartMenu(title).Locator("ul").ScrollIntoViewIfNeededAsync();
        var inView = Shot(name, width);
        await tab.Page.ScreenshotAsync(new() { Path = inView, Animations = ScreenshotAnimations.Disabled });
        var whole = await tab.SaveScreenshotAsync($"{name}-page");

        Assert.True(problems.Count == 0, $"{path} ({language}) at {width} px: {string.Join("; ", problems)} (see {inView} and {whole}).");
    }

    private string Shot(string name, int width) => Path.Combine(browser.ScreenshotFolder, $"{name}-{width}.png");

    /// <summary>
    /// What is wrong with an open menu's list: wider than the screen, a link that something else covers (the sidebar,
    /// a card that clips it), or a link that wraps onto several lines.
    /// </summary>
    private const string Check =
        """
        list => {
            const problems = [];
            const box = list.getBoundingClientRect();
            if (box.left < 0 || box.right > document.documentElement.clientWidth) {
                problems.push(`the list spans ${Math.round(box.left)}–${Math.round(box.right)} px of a ${document.documentElement.clientWidth} px screen`);
            }
            for (const link of list.querySelectorAll('a')) {
                link.scrollIntoView({ block: 'nearest' });
                const r = link.getBoundingClientRect();
                for (const x of [r.left + 4, r.right - 4]) {
                    const top = document.elementFromPoint(x, r.top + r.height / 2);
                    if (!top || !link.contains(top)) {
                        problems.push(`'${link.textContent.trim()}' is covered at ${Math.round(x)} px by ${top ? top.outerHTML.slice(0, 80) : 'nothing (off screen)'}`);
                    }
                }
                if (r.height > 48) {
                    problems.push(`'${link.textContent.trim()}' wraps to ${Math.round(r.height)} px high`);
                }
            }
            return problems;
        }
        """;
}
