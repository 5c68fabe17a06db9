using System.Text.RegularExpressions;
using Dashboard.Tests.Browser.Overview;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.Tests.Browser.Filter;

/// <summary>A choice list with the keyboard only, with a screen reader's names and on a phone.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ChoiceListKeyboardTests(BrowserFixture browser)
{
    private static ILocator List(IPage page, string name) => page.Locator($".filter-bar .choice-list[data-name='{name}']");

    private static Task<string> FocusedAsync(IPage page) =>
        page.EvaluateAsync<string>("() => { const e = document.activeElement; return (e.closest('.choice-list')?.dataset.name ?? '') + ' ' + e.className + ' ' + (e.getAttribute('type') ?? ''); }");

    [BrowserFact]
    public async Task Enter_opens_space_ticks_escape_closes_and_focus_returns_to_the_button()
    {
        await using var tab = await browser.OpenTabAsync();
        await tab.GotoAsync("/");
        var list = List(tab.Page, "soort");
        var popup = list.Locator(".choice-popup");

        await list.Locator(".choice-button").FocusAsync();
        await tab.Page.Keyboard.PressAsync("Enter");
        await Expect(popup).ToBeVisibleAsync();
        await tab.Page.Keyboard.PressAsync("Tab");
        Assert.Equal("soort  checkbox", await FocusedAsync(tab.Page));
        await tab.Page.Keyboard.PressAsync("Space");
        await Expect(tab.Page).ToHaveURLAsync(new Regex(@"[?&]soort=[a-z]+"));
        await tab.WaitUntilReadyAsync();
        await Expect(popup).ToBeVisibleAsync(); // still open after the page moved to the new filter
        await Expect(popup.Locator("input[type=checkbox]").First).ToBeCheckedAsync();

        await tab.Page.Keyboard.PressAsync("Escape");

        await Expect(popup).ToBeHiddenAsync();
        Assert.StartsWith("soort field-control choice-button", await FocusedAsync(tab.Page));
        await Expect(list.Locator(".choice-button")).ToHaveAttributeAsync("aria-expanded", "false");
        await tab.AssertNoErrorAsync();
    }

    [BrowserFact]
    public async Task The_open_practice_list_with_its_search_has_no_serious_axe_violation_and_search_narrows_it()
    {
        await using var tab = await browser.OpenTabAsync();
        await tab.GotoAsync("/");
        var list = List(tab.Page, "praktijk");
        await list.Locator(".choice-button").ClickAsync();
        var search = list.Locator("input[type=search]");
        await Expect(search).ToBeFocusedAsync();
        var all = await list.Locator("input[type=checkbox]").CountAsync();

        await search.PressSequentiallyAsync("zzzz-geen-praktijk");
        await Expect(list.Locator("input[type=checkbox]")).ToHaveCountAsync(0);
        await search.FillAsync("");
        await Expect(list.Locator("input[type=checkbox]")).ToHaveCountAsync(all);

        await AxeCheck.AssertNoSeriousViolationsAsync(tab.Page, "/ with the practice list open");
        await tab.AssertNoErrorAsync();
    }

    [BrowserFact]
    public async Task On_a_phone_the_folded_filter_opens_and_a_list_can_be_ticked()
    {
        await using var tab = await browser.OpenTabAsync(viewport: (390, 844));
        await tab.GotoAsync("/");
        await tab.Page.Locator(".filter-toggle").ClickAsync();
        var overview = new OverviewScreen(tab);

        await overview.ChooseAsync("soort", "Horeca");

        await Expect(tab.Page).ToHaveURLAsync(new Regex(@"[?&]soort=horeca(&|$)"));
        await tab.SaveScreenshotAsync("attack-phone-filter");
        await tab.AssertNoErrorAsync();
    }

    [BrowserFact]
    public async Task Back_restores_the_period_select_and_the_dates()
    {
        await using var tab = await browser.OpenTabAsync();
        await tab.GotoAsync("/?van=2025-01-01&tot=2025-12-31");
        var select = tab.Page.Locator("select[name='periode']");
        var before = await select.InputValueAsync();
        await tab.Page.Locator("input[name='van']").FillAsync("2025-03-01");
        await Expect(tab.Page).ToHaveURLAsync(new Regex("van=2025-03-01"));
        await Expect(select).ToHaveValueAsync("aangepast");

        await tab.Page.GoBackAsync();

        await Expect(tab.Page).ToHaveURLAsync(new Regex("van=2025-01-01"));
        await Expect(select).ToHaveValueAsync(before);
        await Expect(tab.Page.Locator("input[name='van']")).ToHaveValueAsync("2025-01-01");
        await tab.AssertNoErrorAsync();
    }

    [BrowserFact]
    public async Task An_out_of_range_year_typed_in_the_date_field_shows_the_problem_and_keeps_the_circuit()
    {
        await using var tab = await browser.OpenTabAsync();
        await tab.GotoAsync("/?van=2025-01-01&tot=2025-12-31");
        await tab.Page.Locator("input[name='tot']").FillAsync("2300-01-01");
        await Expect(tab.Page.Locator(".filter-problem")).ToBeVisibleAsync();
        await tab.Page.Locator("input[name='van']").FillAsync("0001-01-01");
        await tab.Page.Locator("input[name='tot']").FillAsync("2024-01-01"); // the start field still shows year 1
        await Expect(tab.Page.Locator(".filter-problem")).ToContainTextAsync("hoogstens 50 jaar");
        await tab.Page.Locator("input[name='van']").FillAsync("2025-01-01");
        await Expect(tab.Page.Locator(".filter-problem")).ToContainTextAsync("einddatum ligt vóór de begindatum");

        await tab.Page.Locator("input[name='tot']").FillAsync("2025-06-30");

        await Expect(tab.Page).ToHaveURLAsync(new Regex("van=2025-01-01&tot=2025-06-30"));
        await Expect(tab.Page.Locator(".filter-problem")).ToHaveCountAsync(0);
        await tab.AssertNoErrorAsync();
    }

    [BrowserFact]
    public async Task The_trend_chart_with_its_events_on_a_desktop()
    {
        await using var tab = await browser.OpenTabAsync(viewport: (1280, 900));
        await tab.GotoAsync("/");
        await tab.Page.Locator(".plot").First.ScrollIntoViewIfNeededAsync();
        await tab.Page.Locator(".plot").First.ScreenshotAsync(new() { Path = Path.Combine("TestResults", "screenshots", "attack-trend-1280.png") });
        await tab.AssertNoErrorAsync();
    }

    [BrowserFact]
    public async Task The_store_comparison_on_a_phone()
    {
        await using var tab = await browser.OpenTabAsync(viewport: (390, 844));
        await tab.GotoAsync("/vergelijken");
        var plot = tab.Page.Locator(".plot").First;
        await plot.ScrollIntoViewIfNeededAsync();
        await plot.ScreenshotAsync(new() { Path = Path.Combine("TestResults", "screenshots", "attack-compare-390.png") });
        await tab.Page.ScreenshotAsync(new() { Path = Path.Combine("TestResults", "screenshots", "attack-compare-page-390.png"), FullPage = true });
        var width = await plot.EvaluateAsync<double>("e => e.querySelector('svg').getBoundingClientRect().width");
        Assert.True(width > 150, $"the bars have {width} pixels");
        await tab.AssertNoErrorAsync();
    }
}
