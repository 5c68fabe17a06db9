using Dashboard.Data.Administration;
using Dashboard.Tests.Browser.Export;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.Tests.Browser;

/// <summary>axe-core on every page, in Dutch and in English: no critical or serious violation.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture browser)
{
    public static TheoryData<string, string> PagesInBothLanguages
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var page in AppPages.All)
            {
                data.Add(page.Name, "nl");
                data.Add(page.Name, "en");
            }
            return data;
        }
    }

    [BrowserTheory]
    [MemberData(nameof(PagesInBothLanguages))]
    public async Task Axe_finds_no_critical_or_serious_violation(string page, string language)
    {
        await using var tab = await browser.OpenTabAsync();
        var path = AppPages.Named(page).Path;
        await (language == "en" ? tab.GotoInEnglishAsync(path) : tab.GotoAsync(path));
        // The page must say which language it is in, or a screen reader reads English with Dutch pronunciation.
        await Expect(tab.Page.Locator("html")).ToHaveAttributeAsync("lang", language);

        await AxeCheck.AssertNoSeriousViolationsAsync(tab.Page, $"{path} ({language})");
    }

    /// <summary>The pages with export menus, each in both languages.</summary>
    public static TheoryData<string, string> ExportPagesInBothLanguages
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var page in AppPages.WithExports)
            {
                data.Add(page.Name, "nl");
                data.Add(page.Name, "en");
            }
            return data;
        }
    }

    /// <summary>
    /// An open export menu is part of the page too: its list, links and note, over the chart card, are checked
    /// with the first menu open and then with the last, the figures table's (opening one closes the other).
    /// </summary>
    [BrowserTheory]
    [MemberData(nameof(ExportPagesInBothLanguages))]
    public async Task Axe_finds_no_critical_or_serious_violation_with_the_export_menus_open(string page, string language)
    {
        await using var tab = await browser.OpenTabAsync();
        var path = AppPages.Named(page).Path;
        await (language == "en" ? tab.GotoInEnglishAsync(path) : tab.GotoAsync(path));
        var exports = new ExportScreen(tab);
        await Expect(exports.Menus).Not.ToHaveCountAsync(0);

        foreach (var (menu, which) in new[] { (exports.Menus.First, "first"), (exports.Menus.Last, "last") })
        {
            await exports.OpenAsync(menu);
            await AxeCheck.AssertNoSeriousViolationsAsync(tab.Page, $"{path} ({language}) with the {which} export menu open");
        }
    }

    /// <summary>The sector card's one export menu (chart and figures of the organisation's position), open, in both languages.</summary>
    [BrowserTheory]
    [InlineData("nl")]
    [InlineData("en")]
    public async Task Axe_finds_no_critical_or_serious_violation_with_the_sector_export_menu_open(string language)
    {
        await using var tab = await browser.OpenTabAsync();
        var path = AppPages.Named("sector").Path;
        await (language == "en" ? tab.GotoInEnglishAsync(path) : tab.GotoAsync(path));
        var exports = new ExportScreen(tab);
        await Expect(exports.Menus).ToHaveCountAsync(1);

        await exports.OpenAsync(exports.Menus.First);
        await Expect(exports.Menus.First.Locator("a[href*='export/sector.svg']")).ToHaveCountAsync(1);
        await AxeCheck.AssertNoSeriousViolationsAsync(tab.Page, $"{path} ({language}) with the export menu open");
    }

    /// <summary>The login page, as whoever is not signed in meets it: the form and, with the demo sector, the demo buttons.</summary>
    [BrowserTheory]
    [InlineData("nl")]
    [InlineData("en")]
    public async Task Axe_finds_no_critical_or_serious_violation_on_the_login_page(string language)
    {
        await using var tab = await browser.OpenTabAsync(signedInAs: null);
        await tab.GotoFormPageAsync(language == "en" ? "/taal?cultuur=en-GB&terug=%2Finloggen" : "/inloggen");
        Assert.Equal("/inloggen", new Uri(tab.Page.Url).AbsolutePath);
        await Expect(tab.Page.Locator("html")).ToHaveAttributeAsync("lang", language);

        await AxeCheck.AssertNoSeriousViolationsAsync(tab.Page, $"/inloggen ({language})");
    }

    /// <summary>The account pages a signed-in user reaches: changing the password, and the page that says no.</summary>
    [BrowserTheory]
    [InlineData("/wachtwoord", "nl")]
    [InlineData("/wachtwoord", "en")]
    [InlineData("/geen-toegang", "nl")]
    [InlineData("/geen-toegang", "en")]
    public async Task Axe_finds_no_critical_or_serious_violation_on_the_account_pages_signed_in(string path, string language)
    {
        await using var tab = await browser.OpenTabAsync(signedInAs: Role.Directie);
        var url = language == "en" ? $"/taal?cultuur=en-GB&terug={Uri.EscapeDataString(path)}" : path;
        if (path == "/wachtwoord")
        {
            await tab.GotoFormPageAsync(url);
        }
        else
        {
            await tab.GotoAsync(url);
        }
        Assert.Equal(path, new Uri(tab.Page.Url).AbsolutePath);
        await Expect(tab.Page.Locator("html")).ToHaveAttributeAsync("lang", language);
        await Expect(tab.Page.Locator("main h1")).ToBeVisibleAsync();

        await AxeCheck.AssertNoSeriousViolationsAsync(tab.Page, $"{path} ({language})");
    }
}
