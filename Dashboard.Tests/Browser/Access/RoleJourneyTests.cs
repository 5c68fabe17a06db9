using System.Text.RegularExpressions;
using Dashboard.Data.Administration;
using Dashboard.Data.Domain;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Comparison;
using Dashboard.Data.Figures.Data;
using Dashboard.Data.Figures.Explaining;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Data.Figures.Results;
using Dashboard.Data.Storage;
using Dashboard.Tests.Browser.Export;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.Tests.Browser.Access;

/// <summary>
/// The role table of docs/privacy-en-toegang.md#rollen-en-bereik as the four demo accounts meet it: what each menu offers, what each may open, export
/// and see exactly, and what happens on the way out — by logout, or by an administrator disabling the account.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class RoleJourneyTests(BrowserFixture browser)
{
    /// <summary>The demo directie and communicatie see this organisation only: the first demo organisation by name.</summary>
    private const string OwnOrganisation = "De Kringwinkel Zuidoost";

    private const string OtherOrganisation = "Kringloop Aan de Maas";

    private static readonly string[] DashboardMenu = ["Overzicht", "Goede praktijk", "Vergelijken", "Sectorvergelijking", "Praktijken in de sector"];

    public static TheoryData<Role, string[]> MenuOfEachRole => new()
    {
        { Role.Beheerder, [.. DashboardMenu, "Importeren", "Instellingen", "Gedeelde links", "Gegevens", "Gebruikers", "Auditlog"] },
        { Role.Directie, [.. DashboardMenu, "Importeren", "Instellingen", "Gedeelde links", "Gegevens"] },
        { Role.Bestuur, DashboardMenu },
        { Role.Communicatie, [.. DashboardMenu, "Gedeelde links"] },
    };

    [BrowserTheory]
    [MemberData(nameof(MenuOfEachRole))]
    public async Task Each_demo_role_signs_in_and_gets_exactly_its_menu_and_only_the_beheerder_the_preview_switch(Role role, string[] menu)
    {
        await using var tab = await browser.OpenTabAsync(signedInAs: null);

        await tab.SignInAsync(role);

        Assert.Equal("/", tab.PathAndQuery);
        await Expect(tab.Page.Locator(".app-user-role")).ToHaveTextAsync(role.Label(culture: Language.Dutch));
        Assert.Equal(menu, await MenuAsync(tab));
        await Expect(tab.Page.Locator(".app-preview input, .app-preview [role=switch]")).ToHaveCountAsync(role == Role.Beheerder ? 1 : 0);
    }

    [BrowserFact]
    public async Task A_director_sets_only_targets_theories_of_change_and_the_sector_contact_in_instellingen()
    {
        await using var tab = await browser.OpenTabAsync(signedInAs: Role.Directie);

        await tab.GotoAsync("/instellingen");

        Assert.Equal(["Streefwaarden", "Theorie van verandering", "Sector"], await TabNamesAsync(tab));
        await tab.GotoAsync("/");
        await using var administrator = await browser.OpenTabAsync();
        await administrator.GotoAsync("/instellingen");
        Assert.Equal(["CO2 en gewichten", "Afscherming en fte", "Waardekaart", "Streefwaarden", "Theorie van verandering"],
            (await TabNamesAsync(administrator)).Take(5));
    }

    [BrowserFact]
    public async Task A_board_member_exports_charts_but_no_figures_and_cannot_open_instellingen()
    {
        await using var tab = await browser.OpenTabAsync(signedInAs: Role.Bestuur);
        await tab.GotoAsync("/");
        var exports = new ExportScreen(tab);
        var menu = exports.Menus.First;

        await exports.OpenAsync(menu);

        var formats = (await menu.Locator("ul a").AllInnerTextsAsync()).Select(t => t.Split(' ', '\n')[0]).ToList();
        Assert.Contains("PNG", formats);
        Assert.Contains("SVG", formats);
        Assert.DoesNotContain("Excel", formats);
        Assert.DoesNotContain("CSV", formats);

        await tab.GotoAsync("/instellingen");

        Assert.StartsWith("/geen-toegang", tab.PathAndQuery);
        await Expect(tab.Page.Locator("main h1")).ToHaveTextAsync("Geen toegang");
        await Expect(tab.Page.Locator("main .rz-tabview")).ToHaveCountAsync(0);
    }

    public static TheoryData<string> OtherOrganisationFilters => new()
    {
        $"org={Uri.EscapeDataString(OtherOrganisation)}",
        "winkel=" + OtherStoreCode(),
    };

    [BrowserTheory]
    [MemberData(nameof(OtherOrganisationFilters))]
    public async Task Communications_of_one_organisation_gets_no_access_to_another_ones_figures_on_the_page_or_by_export_link(string filter)
    {
        await using var tab = await browser.OpenTabAsync(signedInAs: Role.Communicatie);

        await tab.GotoAsync($"/vergelijken?indicator=P4R&{filter}");

        await Expect(tab.Page.Locator("main [role=alert], main .rz-alert")).ToContainTextAsync("Geen toegang");
        await Expect(tab.Page.Locator("main .chart-card")).ToHaveCountAsync(0);
        await Expect(tab.Page.Locator("main [data-store]")).ToHaveCountAsync(0);

        // The same page's export link, edited by hand to name the other organisation, is refused; its own is not.
        var refused = await tab.Page.APIRequest.GetAsync($"/export/vergelijken.png?indicator=P4R&{filter}");
        Assert.Equal(403, refused.Status);
        Assert.StartsWith("Geen toegang", await refused.TextAsync());
        var own = await tab.Page.APIRequest.GetAsync($"/export/vergelijken.png?indicator=P4R&org={Uri.EscapeDataString(OwnOrganisation)}");
        Assert.Equal(200, own.Status);
        Assert.Equal("image/png", own.Headers["content-type"]);
    }

    [BrowserFact]
    public async Task The_filter_bar_offers_a_director_only_their_own_organisation_and_stores()
    {
        var ownStores = new SnapshotCache(new Database(browser.App.DatabaseFile)).Get().Practices
            .Where(p => p.OrganisationName == OwnOrganisation).Select(p => $"{p.StoreName} ({p.StoreCode})").Distinct().Order().ToList();
        await using var tab = await browser.OpenTabAsync(signedInAs: Role.Directie);
        await tab.GotoAsync("/vergelijken");

        Assert.Equal([OwnOrganisation], await OptionsAsync(tab.Page, "org"));
        Assert.Equal(ownStores, (await OptionsAsync(tab.Page, "winkel")).Order());
    }

    /// <summary>The options of a filter's list, read by opening it as a person does (closed, it holds none).</summary>
    private static async Task<IReadOnlyList<string>> OptionsAsync(IPage page, string name)
    {
        var list = page.Locator($".filter-bar .choice-list[data-name='{name}']");
        await list.Locator(".choice-button").ClickAsync();
        var labels = list.Locator(".choice-popup li label");
        await Expect(labels.First).ToBeVisibleAsync();
        var texts = await labels.AllInnerTextsAsync();
        await page.Keyboard.PressAsync("Escape");
        await Expect(list.Locator(".choice-popup")).ToHaveCountAsync(0);
        return [.. texts.Select(t => t.Trim())];
    }

    [BrowserFact]
    public async Task A_director_sees_the_exact_small_count_of_their_store_where_the_board_sees_it_protected()
    {
        var (period, code, row) = SmallCountOfOwnOrganisation();
        var url = $"/vergelijken?van={period.From:yyyy-MM-dd}&tot={period.To:yyyy-MM-dd}&indicator={code}";
        var cell = $"main .compare-table-card [data-store='{row.StoreCode}']";

        await using var director = await browser.OpenTabAsync(signedInAs: Role.Directie);
        await director.GotoAsync(url);
        await using var board = await browser.OpenTabAsync(signedInAs: Role.Bestuur);
        await board.GotoAsync(url);

        await Expect(director.Page.Locator(cell)).ToHaveTextAsync(FigureFormat.Number(code, row.Figure.Value!.Value));
        await Expect(board.Page.Locator(cell)).ToHaveTextAsync("<5");
        // The director's comparison holds their own stores only.
        var stores = await director.Page.Locator("main .compare-table-card [data-store]").AllAsync();
        var organisations = browser.Indicators.Snapshot.Practices.ToLookup(p => p.StoreCode, p => p.OrganisationName);
        foreach (var store in stores)
        {
            Assert.Equal(OwnOrganisation, organisations[(await store.GetAttributeAsync("data-store"))!].First());
        }
    }

    [BrowserFact]
    public async Task Logging_out_returns_to_the_login_page_and_a_page_then_needs_a_login_again()
    {
        // A login of its own: logging out ends the session on the server, for every copy of its cookie.
        await using var tab = await browser.OpenTabAsync(signedInAs: null);
        await tab.SignInAsync(Role.Directie);
        await tab.GotoAsync("/goede-praktijk");

        await tab.Page.Locator(".app-user summary").ClickAsync();
        await tab.Page.Locator(".app-logout").GetByRole(AriaRole.Button, new() { Name = "Uitloggen" }).ClickAsync();

        await Expect(tab.Page).ToHaveURLAsync(new Regex("/inloggen$"));
        await Expect(tab.Page.Locator("main h1")).ToHaveTextAsync("Inloggen");
        await tab.Page.GotoAsync("/vergelijken");
        await Expect(tab.Page).ToHaveURLAsync(new Regex("/inloggen\\?terug=%2Fvergelijken$"));
        var export = await tab.Page.APIRequest.GetAsync("/export/vergelijken.png?indicator=P4R", new() { MaxRedirects = 0 });
        Assert.NotEqual(200, export.Status);
    }

    [BrowserFact]
    public async Task A_disabled_users_open_page_goes_to_the_login_page_within_seconds()
    {
        using var app = await AppProcess.StartAsync(new Dictionary<string, string> { ["Access__RevalidationSeconds"] = "2" });
        await using var tab = await browser.OpenTabAsync(signedInAs: Role.Communicatie, app: app);
        await tab.GotoAsync("/vergelijken");
        var users = new UserStore(new Database(app.DatabaseFile), TimeProvider.System);
        var account = users.Find("demo-communicatie") ?? throw new InvalidOperationException("No demo-communicatie.");

        users.SetDisabled(account.Id, true);

        await Expect(tab.Page).ToHaveURLAsync(new Regex("/inloggen"), new() { Timeout = 15_000 });
        await Expect(tab.Page.Locator("form button[name='DemoRole'][value='communicatie']")).ToHaveCountAsync(0);
    }

    private static async Task<IReadOnlyList<string>> MenuAsync(AppTab tab) =>
        (await tab.Page.Locator("[aria-label='Hoofdmenu'] .rz-navigation-item-text").AllInnerTextsAsync()).Select(t => t.Trim()).ToList();

    /// <summary>The tabs' names as written (the theme shows them in capitals), without their icon's ligature name.</summary>
    private static async Task<IReadOnlyList<string>> TabNamesAsync(AppTab tab) =>
        (await tab.Page.Locator("main").GetByRole(AriaRole.Tab).AllTextContentsAsync())
            .Select(t => Regex.Replace(t, "^[a-z_]+\\s*", "").Trim()).ToList();

    /// <summary>A store of the other organisation, from the seed data the app was filled with.</summary>
    private static string OtherStoreCode()
    {
        var file = Directory.EnumerateFiles(TestSupport.Repository.SeedData, "winkels*.csv").Single();
        return File.ReadLines(file).Skip(1).Select(line => line.Split(';', ','))
            .First(cells => cells[0].Trim('"') == OtherOrganisation)[1].Trim('"');
    }

    /// <summary>
    /// A count of one of the own organisation's stores that is shown exactly but is under the small-cell limit:
    /// the first one found over the count indicators and the demo's years.
    /// </summary>
    private (Period Period, IndicatorCode Code, StoreComparisonRow Row) SmallCountOfOwnOrganisation()
    {
        var indicators = browser.Indicators;
        foreach (var year in new[] { 2025, 2024, 2023 })
        {
            var period = Period.Year(year);
            var filter = FilterResolver.Resolve(new NamedFilter(), period, indicators.Snapshot.Practices);
            foreach (var code in IndicatorCatalogue.All.Where(i => i.Kind == IndicatorKind.Count).Select(i => i.Code))
            {
                var exact = indicators.CompareStores(filter, code, null, Normalisation.None, ViewerProfile.Exact);
                var shielded = indicators.CompareStores(filter, code, null, Normalisation.None, ViewerProfile.Protected);
                var found = exact.Rows.FirstOrDefault(r => r.Organisation == OwnOrganisation && r.Figure is { Status: FigureStatus.Ok, Value: > 0 and < 5 }
                    && shielded.Rows.Single(s => s.StoreCode == r.StoreCode).Figure.Status == FigureStatus.Hidden);
                if (found is not null)
                {
                    return (period, code, found);
                }
            }
        }
        throw new InvalidOperationException($"The demo data has no small count for a store of {OwnOrganisation}.");
    }
}
