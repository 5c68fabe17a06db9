using Bunit;
using Dashboard.Access;
using Dashboard.Components.Pages.SectorPractices;
using Dashboard.Components.Pages.Settings;
using Dashboard.Data.Administration;
using Dashboard.Data.Administration.Audit;
using Dashboard.Data.Figures.Settings;
using Dashboard.Data.Sector;
using Dashboard.Tests.Components;
using Dashboard.Tests.TestSupport;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Sector;

/// <summary>
/// The pages of the sector together (docs/sector.md) on a real database: the list of good practices shows only the
/// practices of organisations that take part, a contact only when published, no figures, and searches and filters by
/// the link; the settings tab lets a director edit their own organisation only and the administrator switch taking part.
/// </summary>
public sealed class SectorPagesTests : ComponentTestContext
{
    private readonly TestInstallation _install = new TestInstallation().WithStandardStores();
    private readonly SectorService _service;
    private bool _signedIn;

    public SectorPagesTests()
    {
        var audit = new AuditLog(_install.Database, _install.Clock);
        _service = new SectorService(new SectorStore(_install.Database), audit, _install.Clock);
        Services.AddSingleton(audit);
        Services.AddSingleton(_service);
        var settings = new SettingsStore(_install.Database);
        Services.AddSingleton(settings);
        Services.AddSingleton(new SettingsService(settings, audit));
        Services.AddSingleton<TimeProvider>(_install.Clock);
        Services.AddScoped<CurrentActor>();
    }

    private long Organisation(string name) => _install.Query<long>($"SELECT id FROM organisations WHERE name = '{name}'");

    private long Practice(string store, string code) =>
        _install.Query<long>($"SELECT p.id FROM practices p JOIN stores s ON s.id = p.store_id WHERE s.code = '{store}' AND p.code = '{code}'");

    /// <summary>Aan de Maas takes part with a published contact and a bike workshop active since 2014; Zwolle does not take part but published a contact.</summary>
    private void AanDeMaasTakesPart()
    {
        var beheerder = Actors.Beheerder();
        _service.SetTakesPart(beheerder, Organisation(StandardStores.AanDeMaas), true);
        _service.SetActiveSince(beheerder, Practice("BLE", "FIETS"), 2014);
        _service.SaveContact(beheerder, new OrganisationContact(Organisation(StandardStores.AanDeMaas), "Petra de Vries", "petra@aandemaas.nl", "Over fietsen en leerwerkplekken."));
        _service.SaveContact(beheerder, new OrganisationContact(Organisation(StandardStores.Zwolle), "Zwolse Zus", "zus@zwolle.nl", "Over textiel."));
    }

    private IRenderedComponent<SectorPracticesPage> Practices(string? zoek = null, string? soort = null, string? plaats = null)
    {
        if (!_signedIn)
        {
            SignInAsAdministrator("anna");
            _signedIn = true;
        }
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo(navigation.GetUriWithQueryParameters(navigation.ToAbsoluteUri("praktijken").ToString(),
            new Dictionary<string, object?> { ["zoek"] = zoek, ["soort"] = soort, ["plaats"] = plaats }));
        var page = Render<SectorPracticesPage>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll(".result-count")), TimeSpan.FromSeconds(10));
        return page;
    }

    private static List<string> Names(IRenderedComponent<SectorPracticesPage> page) =>
        page.FindAll(".practice-name").Select(e => e.TextContent).ToList();

    [Fact]
    public void The_list_holds_only_taking_part_organisations_practices_with_their_contact_and_no_figures()
    {
        AanDeMaasTakesPart();

        var page = Practices();

        Assert.Equal(["Fietswerkplaats", "Restaurant De Pan", "Winkelvloer"], Names(page));
        Assert.Equal("3 goede praktijken", page.Find(".result-count").TextContent.Trim());
        var bike = page.FindAll(".practice-row").Single(r => r.TextContent.Contains("Fietswerkplaats", StringComparison.Ordinal));
        Assert.Contains("Fietsen", bike.QuerySelector(".practice-kind")!.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Aan de Maas Blerick", bike.TextContent, StringComparison.Ordinal);
        Assert.Contains("Venlo", bike.TextContent, StringComparison.Ordinal);
        Assert.Equal("Actief sinds2014", bike.QuerySelector(".active-since")!.TextContent.Trim());
        Assert.Equal("mailto:petra@aandemaas.nl", bike.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("Over fietsen en leerwerkplekken.", bike.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Zwolle", page.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("zus@zwolle.nl", page.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void A_contact_is_shown_only_while_published()
    {
        AanDeMaasTakesPart();
        _service.RemoveContact(Actors.Beheerder(), Organisation(StandardStores.AanDeMaas));

        var page = Practices();

        Assert.DoesNotContain("petra@aandemaas.nl", page.Markup, StringComparison.Ordinal);
        Assert.All(page.FindAll(".practice-contact"), c => Assert.Contains("geen contact gepubliceerd", c.TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public void Search_and_filters_come_from_the_link_and_a_search_puts_them_in_it()
    {
        AanDeMaasTakesPart();
        _service.SetTakesPart(Actors.Beheerder(), Organisation(StandardStores.Zwolle), true);

        Assert.Equal(["Fietswerkplaats"], Names(Practices(zoek: "blerick")));
        Assert.Equal(["Textielatelier"], Names(Practices(soort: "textiel")));
        Assert.Equal(["Textielatelier", "Winkelvloer"], Names(Practices(plaats: "Zwolle")));
        Assert.Equal(["Winkelvloer"], Names(Practices(zoek: "kringloop zwolle", soort: "winkel")));
        var none = Practices(zoek: "naaiatelier");
        Assert.Empty(Names(none));
        Assert.Contains("Geen goede praktijken gevonden", none.Markup, StringComparison.Ordinal);

        var page = Practices(soort: "fietsen");
        page.Find("input[name='zoek']").Change("fiets");
        page.Find("form").Submit();

        var uri = Services.GetRequiredService<NavigationManager>().Uri;
        Assert.Contains("zoek=fiets", uri, StringComparison.Ordinal);
        Assert.Contains("soort=fietsen", uri, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_matches_every_word_in_any_case_and_without_accents()
    {
        var practices = new[]
        {
            new SectorPractice(1, "horeca", "Café De Pan", "Centrum", "Venlo", 1, "Kringloop Aan de Maas", null),
            new SectorPractice(2, "fietsen", "Fietswerkplaats", "Blerick", null, 1, "Kringloop Aan de Maas", 2014),
        };

        Assert.Equal([1L], new PracticeSearch("cafe venlo").Apply(practices).Select(p => p.Id));
        Assert.Equal([1L, 2L], new PracticeSearch("  MAAS ").Apply(practices).Select(p => p.Id));
        Assert.Empty(new PracticeSearch("maas zwolle").Apply(practices));
        Assert.Equal([2L], new PracticeSearch(Kind: "FIETSEN").Apply(practices).Select(p => p.Id));
        Assert.Equal(["Venlo"], PracticeSearch.Cities(practices));
    }

    [Fact]
    public void A_directie_sees_and_edits_only_their_own_organisation_and_no_switches()
    {
        var own = Organisation(StandardStores.AanDeMaas);
        SignInAs(new UserAccount(2000, "directie", "Directie", Role.Directie, AccessScope.Of([own]), "", false, false, false));

        var section = Render<SectorSection>();
        section.WaitForAssertion(() => Assert.NotEmpty(section.FindAll("input[name='contact-name']")), TimeSpan.FromSeconds(10));

        Assert.Empty(section.FindAll(".sector-participation"));
        Assert.Empty(section.FindAll("[name='sector-organisation']"));
        Assert.Contains("Contact van Kringloop Aan de Maas", section.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("Zwolle", section.Markup, StringComparison.Ordinal);

        section.Find("input[name='contact-name']").Change("Petra de Vries");
        section.Find("input[name='contact-email']").Change("petra-at-aandemaas");
        section.Find("input[name='contact-about']").Change("Over fietsen.");
        section.FindAll("button").Single(b => b.TextContent.Contains("Contact publiceren", StringComparison.Ordinal)).Click();
        section.WaitForAssertion(() => Assert.Contains("is geen geldig adres", section.Markup, StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        Assert.Null(new SectorStore(_install.Database).Contact(own));

        section.Find("input[name='contact-email']").Change("petra@aandemaas.nl");
        section.FindAll("button").Single(b => b.TextContent.Contains("Contact publiceren", StringComparison.Ordinal)).Click();
        section.WaitForAssertion(() => Assert.NotNull(new SectorStore(_install.Database).Contact(own)), TimeSpan.FromSeconds(10));
        Assert.Equal(["directie|contact van Kringloop Aan de Maas: Petra de Vries|gepubliceerd"],
            _install.Lines("SELECT user_name, subject, outcome FROM audit_log"));
    }

    [Fact]
    public void The_administrator_switches_taking_part_with_a_labelled_switch()
    {
        SignInAsAdministrator("anna");
        var section = Render<SectorSection>();
        section.WaitForAssertion(() => Assert.Equal(2, section.FindAll(".sector-switches li").Count), TimeSpan.FromSeconds(10));

        var zwolle = section.FindAll(".sector-switches li").Single(li => li.TextContent.Contains(StandardStores.Zwolle, StringComparison.Ordinal));
        Assert.Equal("Kringloop Zwolle doet mee met de sector", zwolle.QuerySelector("input")!.GetAttribute("aria-label"));
        zwolle.QuerySelector(".rz-switch")!.Click();

        section.WaitForAssertion(() => Assert.True(new SectorStore(_install.Database).Organisation(StandardStores.Zwolle)!.TakesPart), TimeSpan.FromSeconds(10));
        Assert.Equal(["anna|deelname aan de sector · Kringloop Zwolle: uit → aan|gelukt"], _install.Lines("SELECT user_name, subject, outcome FROM audit_log"));
    }

    protected override void Dispose(bool disposing)
    {
        _install.Dispose();
        base.Dispose(disposing);
    }
}
