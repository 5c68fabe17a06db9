using Dashboard.Data.Administration;
using Dashboard.Data.Domain;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Data.Figures.Sector;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.Tests.Browser.Sector;

/// <summary>
/// The sector comparison in a real Chromium against the demo sector (docs/sector.md#sectorvergelijking): a director sees her
/// restaurant's quarter among the sector's restaurants; a board member takes the organisations in scope one at a time; a
/// director's link to another organisation is refused like any other.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SectorJourneyTests(BrowserFixture browser)
{
    /// <summary>The demo directie's organisation, which runs Restaurant Het Vervolg.</summary>
    private const string OwnOrganisation = "De Kringwinkel Zuidoost";

    private const string OtherOrganisation = "Kringloop Aan de Maas";

    private SectorPosition Expected(string organisation, IndicatorCode code, string? kind, ViewerProfile profile)
    {
        var snapshot = browser.Indicators.Snapshot;
        var id = snapshot.Practices.First(p => p.OrganisationName == organisation).OrganisationId;
        return new SectorComparisons(browser.Indicators).Position(id, code, Period.Year(2025), kind, profile);
    }

    [BrowserFact]
    public async Task A_director_sees_her_restaurants_quarter_among_the_sectors_restaurants()
    {
        await using var tab = await browser.OpenTabAsync(signedInAs: Role.Directie);

        await tab.GotoAsync("/sector?soort=horeca&indicator=P1&van=2025-01-01&tot=2025-12-31");

        var expected = Expected(OwnOrganisation, IndicatorCode.P1, "horeca", ViewerProfile.Exact);
        Assert.Equal(SectorStatus.Shown, expected.Status);
        var sentence = tab.Page.Locator("main .sector-card .sector-sentence");
        await Expect(sentence).ToHaveTextAsync(SectorWords.Sentence(expected, "Restaurant Het Vervolg", Language.Dutch));
        await Expect(sentence).ToContainTextAsync("kwart van de");
        await Expect(tab.Page.Locator("main .sector-card svg[role=img]")).ToHaveCountAsync(1);
        // No other organisation is named anywhere on the page.
        var html = await tab.Page.ContentAsync();
        foreach (var other in browser.Indicators.Snapshot.Practices.Select(p => p.OrganisationName).Distinct().Where(n => n != OwnOrganisation))
        {
            Assert.DoesNotContain(other, html);
        }
    }

    [BrowserFact]
    public async Task A_board_member_takes_the_organisations_in_scope_one_at_a_time()
    {
        await using var tab = await browser.OpenTabAsync(signedInAs: Role.Bestuur);
        await tab.GotoAsync("/sector?indicator=P1&van=2025-01-01&tot=2025-12-31");
        var choices = tab.Page.Locator("main .sector-organisations a");
        await Expect(choices).Not.ToHaveCountAsync(0);

        var name = await choices.First.InnerTextAsync();
        await choices.First.ClickAsync();

        var expected = Expected(name, IndicatorCode.P1, null, ViewerProfile.Protected);
        await Expect(tab.Page.Locator("main .sector-card .sector-sentence")).ToHaveTextAsync(SectorWords.Sentence(expected, name, Language.Dutch));
    }

    [BrowserFact]
    public async Task A_directors_link_to_another_organisations_position_is_refused()
    {
        await using var tab = await browser.OpenTabAsync(signedInAs: Role.Directie);

        await tab.GotoAsync($"/sector?org={Uri.EscapeDataString(OtherOrganisation)}&indicator=P1");

        await Expect(tab.Page.Locator("main [role=alert], main .rz-alert")).ToContainTextAsync("Geen toegang");
        await Expect(tab.Page.Locator("main .sector-card")).ToHaveCountAsync(0);
    }
}
