using System.Globalization;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Filtering;
using Microsoft.Playwright;

namespace Dashboard.Tests.Browser.Overview;

/// <summary>Overzicht as a person sees it: the filter bar's controls and the total cards' values.</summary>
public sealed class OverviewScreen(AppTab tab)
{
    private IPage Page => tab.Page;

    private ILocator TotalSection => Page.Locator("section[aria-labelledby='total-heading']");

    /// <summary>The value on the total card of one indicator (the "Alle praktijken in de selectie" row).</summary>
    public ILocator TotalValue(IndicatorCode code) => TotalSection.Locator($".kpi-value[data-code='{code}']");

    /// <summary>The whole total card of one indicator.</summary>
    public ILocator TotalCard(IndicatorCode code) =>
        TotalSection.Locator("article.kpi").Filter(new() { Has = Page.Locator($".kpi-value[data-code='{code}']") });

    /// <summary>The indicator codes of the total cards, in screen order.</summary>
    public async Task<IReadOnlyList<IndicatorCode>> TotalCodesAsync() =>
        (await TotalSection.Locator(".kpi-value").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.code)"))
        .Select(code => Enum.Parse<IndicatorCode>(code)).ToList();

    /// <summary>The filter bar's native select with this name (periode, trend, …).</summary>
    public ILocator Select(string name) => Page.Locator($"select[name='{name}']");

    /// <summary>
    /// Chooses as a person does: a single choice (the period) in its select; a multiple one (org, soort, …) by opening its
    /// list, ticking the option with exactly this text, and closing the list again.
    /// </summary>
    public async Task ChooseAsync(string name, string option)
    {
        if (await Select(name).CountAsync() == 1)
        {
            await Select(name).SelectOptionAsync(new SelectOptionValue { Label = option });
            return;
        }
        var list = Page.Locator($".filter-bar .choice-list[data-name='{name}']");
        var popup = list.Locator(".choice-popup");
        await list.Locator(".choice-button").ClickAsync();
        await Assertions.Expect(popup).ToBeVisibleAsync();
        await popup.GetByRole(AriaRole.Checkbox, new() { Name = option, Exact = true }).CheckAsync();
        await Page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(popup).ToBeHiddenAsync();
    }

    /// <summary>The period the date fields show.</summary>
    public async Task<Period> PeriodAsync()
    {
        static DateOnly Day(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var from = await Page.Locator(".filter-bar input[name='van']").InputValueAsync();
        var to = await Page.Locator(".filter-bar input[name='tot']").InputValueAsync();
        return new Period(Day(from), Day(to));
    }

    /// <summary>The small-cell protection preview in the header ("Toon als bestuur/communicatie").</summary>
    public ILocator ProtectionSwitch => Page.Locator(".app-preview .rz-switch");
}
