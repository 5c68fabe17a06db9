using Dashboard.Data.Administration;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Explaining;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Data.Figures.Results;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.Tests.Browser.FollowUps;

/// <summary>
/// Lasting work in a real Chromium against the app with the demo sector (docs/nameting.md#waar-u-ze-ziet): a board member
/// reads on the restaurants' Goede praktijk, beside their outflow to paid work, how many still worked half a year and a
/// year later and how many were followed up — as a protected viewer sees them — and how the response was counted.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LastingWorkJourneyTests(BrowserFixture browser)
{
    private const string Restaurants = "/goede-praktijk?soort=horeca&van=2025-01-01&tot=2025-12-31";

    [BrowserFact]
    public async Task A_board_member_reads_lasting_work_beside_the_outflow_and_how_the_response_was_counted()
    {
        await using var tab = await browser.OpenTabAsync(signedInAs: Role.Bestuur);
        await tab.GotoAsync(Restaurants);

        var filter = FilterResolver.Resolve(new NamedFilter { PracticeKinds = ["horeca"] }, Period.Year(2025), browser.Indicators.Snapshot.Practices);
        var table = browser.Indicators.Calculate(filter, null, ViewerProfile.Protected);
        var rightThings = tab.Page.Locator("section[aria-labelledby='right-things']");
        await Expect(rightThings.Locator(".kpi-value")).ToHaveCountAsync(8);
        foreach (var code in new[] { IndicatorCode.P4R, IndicatorCode.P13, IndicatorCode.P14, IndicatorCode.P15 })
        {
            // The demo restaurants call back enough people for every one of these to be shown.
            Assert.Equal(FigureStatus.Ok, table.Total[code].Status);
            await Expect(rightThings.Locator($"[data-code='{code}']")).ToHaveTextAsync(FigureFormat.Value(table.Total[code], table.Settings.SmallCellK));
        }
        // Outflow, then whether it lasted: the four side by side.
        Assert.Equal(["P4R", "P13", "P14", "P15"], (await rightThings.Locator(".kpi-value").EvaluateAllAsync<string[]>(
            "values => values.map(v => v.dataset.code)")).Take(4));

        await rightThings.Locator("article.kpi", new() { Has = tab.Page.Locator("[data-code='P15']") })
            .GetByRole(AriaRole.Button, new() { Name = "Hoe berekend?" }).ClickAsync();

        var dialog = tab.Page.GetByRole(AriaRole.Dialog);
        await Expect(dialog).ToContainTextAsync(IndicatorCatalogue.Get(IndicatorCode.P15).Definition(Data.Domain.Language.Dutch));
        await Expect(dialog).ToContainTextAsync("in de periode een half jaar terug (1 juli 2024 t/m 30 juni 2025)");
        await AxeCheck.AssertNoSeriousViolationsAsync(dialog, "the dialog Hoe berekend? of P15");
    }
}
