using Dashboard.Data.Administration;
using Dashboard.Data.Domain;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Explaining;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Data.Figures.Targets;
using Dashboard.Data.Storage;
using Dashboard.Tests.Browser.Overview;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.Tests.Browser.Settings;

/// <summary>An administrator sets a target in Instellingen; a director sees the attainment on Overzicht.</summary>
[Collection(BrowserCollection.Name)]
public sealed class TargetJourneyTests(BrowserFixture browser)
{
    [BrowserFact]
    public async Task A_target_saved_in_instellingen_shows_as_attainment_on_overzicht()
    {
        var organisation = browser.Indicators.Snapshot.Practices.Select(p => p.OrganisationName).Order(StringComparer.Ordinal).First();
        var period = browser.Indicators.DefaultPeriod(DateOnly.FromDateTime(DateTime.Today));
        var targets = new TargetStore(new Database(browser.App.DatabaseFile));
        var organisationId = browser.Indicators.Snapshot.Practices.First(p => p.OrganisationName == organisation).OrganisationId;
        var target = Target.ForOrganisation(period.From.Year, IndicatorCode.P9, organisationId, 240m);
        targets.Delete(target);
        try
        {
            await using var tab = await browser.OpenTabAsync();
            await tab.GotoAsync("/instellingen?tab=streefwaarden");
            var page = tab.Page;
            await page.Locator("input[name='target-year']").FillAsync(period.From.Year.ToString());
            await ChooseAsync(page, "target-owner", organisation, filter: organisation);
            await ChooseAsync(page, "target-indicator", "P9 · Behaalde certificaten");
            await page.Locator("input[name='target-value']").FillAsync("240");
            await page.GetByRole(AriaRole.Button, new() { Name = "Toevoegen" }).ClickAsync();
            await Expect(page.Locator(".targets-list")).ToContainTextAsync("240");

            var filter = FilterResolver.Resolve(new NamedFilter { Organisations = [organisation] }, period, browser.Indicators.Snapshot.Practices);
            var figure = browser.Indicators.Calculate(filter, null, ViewerProfile.Exact).Total[IndicatorCode.P9];
            var attainment = TargetAttainment.For(figure, filter, browser.Indicators.Snapshot.Practices.Where(filter.Includes).ToList(), targets.List(period.From.Year))!;
            Assert.True(attainment.Target < 240m, "A year-to-date period prorates the year's target.");

            await tab.GotoAsync($"/?org={Uri.EscapeDataString(organisation)}");

            var card = new OverviewScreen(tab).TotalCard(IndicatorCode.P9);
            await Expect(card.Locator(".kpi-target"))
                .ToHaveTextAsync($"{attainment.Percent!.Value.ToString("N0", Language.Dutch)}% van streefwaarde {FigureFormat.Number(IndicatorCode.P9, attainment.Target)}");
        }
        finally
        {
            targets.Delete(target);
        }
    }

    private static async Task ChooseAsync(IPage page, string name, string option, string? filter = null)
    {
        var control = page.Locator(".rz-dropdown").Filter(new() { Has = page.Locator($"input[name='{name}']") });
        await control.ClickAsync();
        var popup = page.Locator($"[id='popup-{await control.GetAttributeAsync("id")}']");
        await Expect(popup).ToBeVisibleAsync();
        if (filter is not null)
        {
            await popup.Locator("input.rz-dropdown-filter").FillAsync(filter);
        }
        await popup.GetByRole(AriaRole.Option).Filter(new() { HasText = option }).First.ClickAsync();
        await Expect(popup).ToBeHiddenAsync();
    }
}
