using System.Text.RegularExpressions;
using Dashboard.Data.Administration;
using Dashboard.Data.Domain;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Comparison;
using Dashboard.Data.Figures.Explaining;
using Dashboard.Data.Figures.Filtering;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.Tests.Browser.Compare;

/// <summary>Vergelijken as a board member uses it: the restaurants side by side on one indicator.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CompareJourneyTests(BrowserFixture browser)
{
    [BrowserFact]
    public async Task A_board_member_compares_the_restaurants_on_outflow_to_paid_work_sorted_with_the_median()
    {
        var period = Period.Year(2025);
        var filter = FilterResolver.Resolve(new NamedFilter { PracticeKinds = ["horeca"] }, period, browser.Indicators.Snapshot.Practices);
        var expected = browser.Indicators.CompareStores(filter, IndicatorCode.P4R, null, Normalisation.None, ViewerProfile.Protected);
        Assert.Contains(expected.Rows, r => r.Rank is null);   // the check needs a hidden store too
        Assert.True(expected.Rows.Count(r => r.Rank is not null) >= 2, "The check needs two or more ranked restaurants.");
        await using var tab = await browser.OpenTabAsync();

        await tab.GotoAsync("/vergelijken?van=2025-01-01&tot=2025-12-31&soort=horeca&indicator=P4R&weergave=afgeschermd");

        var rows = tab.Page.Locator(".compare-table-card tbody tr");
        await Expect(rows).ToHaveCountAsync(expected.Rows.Count);
        for (var i = 0; i < expected.Rows.Count; i++)
        {
            var row = expected.Rows[i];
            await Expect(rows.Nth(i)).ToContainTextAsync(row.StoreName);
            await Expect(rows.Nth(i).Locator($"[data-store='{row.StoreCode}']"))
                .ToHaveTextAsync(FigureFormat.Value(row.Figure, smallCellK: 5));
        }
        var shown = await rows.Locator("[data-store]").AllInnerTextsAsync();
        var values = shown.TakeWhile(t => t.EndsWith('%')).Select(t => decimal.Parse(t.TrimEnd('%'), Language.Dutch)).ToList();
        Assert.Equal(values.OrderDescending(), values);
        Assert.All(shown.Skip(values.Count), t => Assert.Equal("afgeschermd", t));
        Assert.DoesNotContain("0,0%", shown.Skip(values.Count));

        var chart = tab.Page.Locator(".chart-card").First;
        await Expect(chart.Locator(".chart-legend")).ToContainTextAsync($"mediaan: {FigureFormat.Number(IndicatorCode.P4R, expected.Median!.Value)}");
        await Expect(chart.Locator(".chart-legend")).ToContainTextAsync("afgeschermd");
        await chart.GetByRole(AriaRole.Button, new() { Name = "Toon als tabel" }).ClickAsync();
        await Expect(chart.Locator(".chart-table tbody tr")).ToHaveCountAsync(expected.Rows.Count);
        var categories = await chart.Locator(".chart-table tbody th").AllInnerTextsAsync();
        Assert.Equal(expected.Rows.Select(r => r.StoreName), categories);
    }

    [BrowserFact]
    public async Task Choosing_a_normalisation_goes_into_the_url_and_a_rate_cannot_be_normalised()
    {
        await using var tab = await browser.OpenTabAsync();
        await tab.GotoAsync("/vergelijken?van=2025-01-01&tot=2025-12-31&indicator=E1");
        var norm = tab.Page.Locator("select[name='norm']");

        await norm.SelectOptionAsync(new SelectOptionValue { Label = "per m² winkeloppervlak" });

        await Expect(tab.Page).ToHaveURLAsync(new Regex("[?&]norm=m2(&|$)"));
        await Expect(tab.Page.Locator(".chart-card h3").First).ToHaveTextAsync("Omzet per m²");

        await tab.GotoAsync("/vergelijken?van=2025-01-01&tot=2025-12-31&indicator=P4R&norm=m2");

        await Expect(tab.Page.Locator(".chart-card h3").First).ToHaveTextAsync("% uitstroom naar betaald werk");
        await Expect(norm).ToBeDisabledAsync();
    }
}
