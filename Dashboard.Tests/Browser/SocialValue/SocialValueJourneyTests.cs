using Dashboard.Data.Administration;
using Dashboard.Data.Domain;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Data.Figures.SocialValue;
using Dashboard.Data.Figures.Views;
using Dashboard.Data.Storage;
using Dashboard.Tests.Browser.Export;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.Tests.Browser.SocialValue;

/// <summary>
/// The social value in a real Chromium against the app with the demo sector (docs/maatschappelijke-waarde.md#wat-u-ziet):
/// the administrator changes a proxy and the return on Goede praktijk follows; a board member reads the restaurants'
/// return with its range, marked indicative and example-based.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SocialValueJourneyTests(BrowserFixture browser)
{
    private const string Restaurants = "/goede-praktijk?soort=horeca&van=2025-01-01&tot=2025-12-31";

    private IndicatorFilter RestaurantsIn2025 =>
        FilterResolver.Resolve(new NamedFilter { PracticeKinds = ["horeca"] }, Period.Year(2025), browser.Indicators.Snapshot.Practices);

    [BrowserFact]
    public async Task A_proxy_changed_in_instellingen_changes_the_return_on_goede_praktijk()
    {
        var store = new ValueMapStore(new Database(browser.App.DatabaseFile));
        var original = store.Load();
        try
        {
            await using var tab = await browser.OpenTabAsync();
            await tab.GotoAsync(Restaurants);
            var sentence = tab.Page.Locator(".social-value-sentence");
            var before = SocialValueView.ReturnIn(browser.Indicators.Calculate(RestaurantsIn2025, null, ViewerProfile.Exact).Total, Language.Dutch);
            await Expect(sentence).ToHaveTextAsync(before!);

            await tab.GotoAsync("/instellingen?tab=waardekaart");
            var proxy = tab.Page.Locator($"input[name='{ValueMapRules.Proxy}-0']");
            await proxy.FillAsync("20000");
            await proxy.PressAsync("Tab");
            // The field hands its value over asynchronously: the page says it holds an unsaved change before it is saved,
            // as a person sees it; a click before that (a busy machine) would save the map as it was.
            await Expect(tab.Page.Locator(".unsaved")).ToBeVisibleAsync();
            await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Opslaan", Exact = true }).ClickAsync();
            await Expect(tab.Page.GetByText("De waardekaart geldt nu voor alle cijfers van maatschappelijke waarde.")).ToBeVisibleAsync();
            Assert.Equal(20_000m, store.Load().Rows[0].ProxyEur);

            await tab.GotoAsync(Restaurants);
            var after = SocialValueView.ReturnIn(browser.Indicators.Calculate(RestaurantsIn2025, null, ViewerProfile.Exact).Total, Language.Dutch);
            Assert.NotEqual(before, after);
            await Expect(sentence).ToHaveTextAsync(after!);
        }
        finally
        {
            store.Save(original with { Version = store.Load().Version });
        }
    }

    [BrowserFact]
    public async Task A_board_member_reads_the_return_of_the_restaurants_with_its_range_marked_indicative()
    {
        await using var tab = await browser.OpenTabAsync(signedInAs: Role.Bestuur);
        await tab.GotoAsync(Restaurants);

        var table = browser.Indicators.Calculate(RestaurantsIn2025, null, ViewerProfile.Protected);
        var section = tab.Page.Locator("section.social-value");
        await Expect(section.Locator(".social-value-sentence")).ToHaveTextAsync(SocialValueView.ReturnIn(table.Total, Language.Dutch)!);
        await Expect(section.Locator(".social-value-sentence")).ToContainTextAsync("bandbreedte");
        await Expect(section.Locator(".social-value-label")).ToHaveTextAsync("indicatief — niet geverifieerd, op basis van voorbeeldwaarden");
        await Expect(section.Locator($"[data-code='{IndicatorCode.W1}']")).ToHaveTextAsync(
            Data.Figures.Explaining.FigureFormat.Value(table.Total[IndicatorCode.W1], table.Settings.SmallCellK));
        // The waterfall and the value per stakeholder, each a chart with its export.
        await Expect(section.Locator(".chart-card")).ToHaveCountAsync(2);
        await Expect(section.GetByRole(AriaRole.Heading, new() { Name = "Van bruto waarde naar maatschappelijke waarde" })).ToBeVisibleAsync();
    }

    [BrowserFact]
    public async Task Communications_downloads_the_restaurants_figures_with_the_value_map_sheet()
    {
        await using var tab = await browser.OpenTabAsync(signedInAs: Role.Communicatie);
        await tab.GotoAsync(Restaurants);
        var exports = new ExportScreen(tab);
        var menu = tab.Page.Locator("main .questions-export details.export-menu");

        await exports.OpenAsync(menu);
        var (_, bytes) = await exports.DownloadAsync(ExportScreen.Item(menu, "Excel"));

        using var workbook = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var sheets = workbook.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).ToList();
        Assert.Equal(["Cijfers", "Waardekaart", "Toelichting", "Grafiek"], sheets);
        var strings = workbook.WorkbookPart.SharedStringTablePart?.SharedStringTable.InnerText ?? "";
        var inline = string.Concat(workbook.WorkbookPart.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<InlineString>()).Select(s => s.InnerText));
        // Every valued outcome with its source, and the warning that goes with every social value.
        foreach (var row in ExampleValueMap.Map.Rows)
        {
            Assert.Contains(row.Outcome, strings + inline);
        }
        Assert.Contains(ExampleValueMap.Marker, strings + inline);
        Assert.Contains("Indicatief — niet geverifieerd, op basis van voorbeeldwaarden", strings + inline);
    }
}
