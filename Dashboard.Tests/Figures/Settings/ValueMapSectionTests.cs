using Bunit;
using Dashboard.Access;
using Dashboard.Components.Pages.Settings;
using Dashboard.Data.Administration;
using Dashboard.Data.Administration.Audit;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.SocialValue;
using Dashboard.Data.Imports.SocialValue;
using Dashboard.Imports;
using Dashboard.Tests.Components;
using Dashboard.Tests.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Figures.Settings;

/// <summary>
/// The value map on the settings page (docs/maatschappelijke-waarde.md#waardekaart), on a real database: the example map
/// says it is one, an edited proxy is saved and audited, a refused field says why under it, confirming ends the example.
/// </summary>
public sealed class ValueMapSectionTests : ComponentTestContext
{
    private readonly TestInstallation _install = new();
    private readonly ValueMapStore _store;

    public ValueMapSectionTests()
    {
        SignInAsAdministrator("anna");
        _store = new ValueMapStore(_install.Database);
        var audit = new AuditLog(_install.Database, _install.Clock);
        var maps = new ValueMapService(_store, audit, _install.Clock);
        Services.AddSingleton(audit);
        Services.AddSingleton(maps);
        Services.AddSingleton(new ValueMapFiles(maps, audit));
        Services.AddSingleton(new UploadFolder(new ConfigurationBuilder().Build()));
        Services.AddScoped<CurrentActor>();
    }

    private IRenderedComponent<ValueMapSection> Section()
    {
        var section = Render<ValueMapSection>();
        section.WaitForAssertion(() => Assert.NotEmpty(section.FindAll(".value-map-row")), TimeSpan.FromSeconds(10));
        return section;
    }

    private static void Click(IRenderedComponent<ValueMapSection> section, string text) =>
        section.FindAll("button").Single(b => b.TextContent.Trim().EndsWith(text, StringComparison.Ordinal)).Click();

    [Fact]
    public void The_example_map_says_so_and_an_edited_proxy_is_saved_and_audited()
    {
        var section = Section();
        Assert.Contains("Voorbeeldwaarden: controleer elke proxy", section.Find(".value-map-status").TextContent, StringComparison.Ordinal);
        Assert.Equal(6, section.FindAll(".value-map-row").Count);

        section.Find("input[name='proxy_eur-0']").Change("15000");
        Click(section, "Opslaan");

        section.WaitForAssertion(() => Assert.Equal(15_000m, _store.Load().Rows[0].ProxyEur), TimeSpan.FromSeconds(10));
        Assert.False(_store.Load().IsConfirmed);
        Assert.Equal(["anna|waardekaart: 6 regels, disconteringsvoet 2,25 % — gewijzigd: WERK-GEMEENTE (proxy_eur)|opgeslagen"],
            _install.Lines("SELECT user_name, subject, outcome FROM audit_log"));
    }

    [Fact]
    public void A_refused_field_says_why_under_it_and_nothing_is_saved()
    {
        var section = Section();

        section.Find("input[name='deadweight_pct-2']").Change("120");
        Click(section, "Opslaan");

        section.WaitForAssertion(() => Assert.Contains("Een percentage ligt tussen 0 en 100 (nu 120).", section.Markup, StringComparison.Ordinal),
            TimeSpan.FromSeconds(10));
        Assert.Same(ExampleValueMap.Map, _store.Load());
    }

    [Fact]
    public void The_example_is_not_confirmed_before_its_sources_are_filled_in()
    {
        var section = Section();

        Click(section, "Kaart bevestigen");

        section.WaitForAssertion(() => Assert.Contains("De bron van WERK-GEMEENTE is nog een voorbeeldwaarde", section.Markup, StringComparison.Ordinal),
            TimeSpan.FromSeconds(10));
        Assert.False(_store.Load().IsConfirmed);
    }

    [Fact]
    public void Confirming_ends_the_example()
    {
        var maps = Services.GetRequiredService<ValueMapService>();
        maps.Save(Actor.CommandLine, [.. ExampleValueMap.Map.Rows.Select(r => r with { ProxySource = "CBS Statline 2025" })],
            2.25m, ExampleValueMap.DiscountRateSource, basedOn: 0);
        var section = Section();

        Click(section, "Kaart bevestigen");

        section.WaitForAssertion(() => Assert.Contains("Bevestigd door anna", section.Find(".value-map-status").TextContent, StringComparison.Ordinal),
            TimeSpan.FromSeconds(10));
        Assert.True(_store.Load().IsConfirmed);
        Assert.DoesNotContain(section.FindAll("button"), b => b.TextContent.Contains("Kaart bevestigen", StringComparison.Ordinal));
        Assert.Equal(IndicatorCode.P4, _store.Load().Rows[0].Indicator);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        _install.Dispose();
    }
}
