using Dashboard.Data.Administration;
using Dashboard.Data.Administration.Audit;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.SocialValue;
using Dashboard.Data.Storage;
using Dashboard.Data.Validation;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Figures.SocialValue;

/// <summary>The value map on a real database of each provider: the example map until one is saved, exact decimals back, confirmation audited.</summary>
public class ValueMapStoreTests
{
    private static ValueMapService Service(TestInstallation install) =>
        new(new ValueMapStore(install.Database), new AuditLog(install.Database, install.Clock), install.Clock);

    private static ValueMapRow Row(string code, decimal proxy, params string[] kinds) =>
        new(code, "Uitkomst " + code, "Gemeente", IndicatorCode.P4, proxy, "CBS 2024", 12.5m, 0m, 33.33m, 7m, 4, kinds);

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void A_new_installation_has_the_example_map_unconfirmed(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider);

        var map = new ValueMapStore(install.Database).Load();

        Assert.Same(ExampleValueMap.Map, map);
        Assert.False(map.IsConfirmed);
        Assert.Equal(2.25m, map.DiscountRatePct);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void A_saved_map_comes_back_exactly_in_its_order_and_stays_unconfirmed_until_confirmed(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider);
        var service = Service(install);
        ValueMapRow[] rows = [Row("Z-LAATST", 0.15m, "horeca", "fietsen"), Row("A-EERST", -2_500.75m), Row("M-MIDDEN", 14_000.125m)];

        service.Save(Actor.CommandLine, rows, 3.5m, "Eigen keuze 2026", basedOn: 0);
        var saved = service.Load();

        Assert.Equal(rows.Length, saved.Rows.Count);
        Assert.All(rows.Zip(saved.Rows), pair => Assert.True(pair.First.SameAs(pair.Second), $"{pair.First} ≠ {pair.Second}"));
        Assert.Equal((3.5m, "Eigen keuze 2026", false), (saved.DiscountRatePct, saved.DiscountRateSource, saved.IsConfirmed));

        service.Confirm(Actor.CommandLine, basedOn: saved.Version);
        service.Save(Actor.CommandLine, rows[..1], 3.5m, "Eigen keuze 2026", basedOn: saved.Version + 1);

        var confirmed = service.Load();
        Assert.True(confirmed.IsConfirmed, "an edit keeps the confirmation");
        Assert.Equal(Actor.CommandLineName, confirmed.ConfirmedBy);
        Assert.Single(confirmed.Rows);
        Assert.Equal(
            [
                "waardekaart: 3 regels, disconteringsvoet 3,5 % — toegevoegd: Z-LAATST, A-EERST, M-MIDDEN; verwijderd: WERK-GEMEENTE, WERK-DEELNEMER, " +
                "OPLEIDING-DEELNEMER, CERTIFICAAT-DEELNEMER, CO2-SAMENLEVING, AFVAL-GEMEENTE; disconteringsvoet of bron gewijzigd|opgeslagen",
                "waardekaart: 3 regels, disconteringsvoet 3,5 %|bevestigd: geen voorbeeldwaarden meer",
                "waardekaart: 1 regels, disconteringsvoet 3,5 % — verwijderd: A-EERST, M-MIDDEN|opgeslagen",
            ],
            install.Lines("SELECT subject, outcome FROM audit_log ORDER BY id"));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void An_invalid_map_is_refused_with_every_field_and_nothing_changes(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider);
        var service = Service(install);

        var refused = Assert.Throws<InvalidFieldsException>(() =>
            service.Save(Actor.CommandLine, [Row("A", 1m) with { Indicator = IndicatorCode.P4R }, Row("a", 0m)], 2m, "bron", basedOn: 0));

        Assert.Equal([ValueMapRules.Field(0, ValueMapRules.Indicator), ValueMapRules.Field(1, ValueMapRules.Proxy), ValueMapRules.Field(1, ValueMapRules.Code)],
            refused.Problems.Select(p => p.Field));
        Assert.Same(ExampleValueMap.Map, service.Load());
        Assert.Equal(0, install.Count("value_map_rows"));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void A_save_or_confirmation_based_on_an_older_version_is_refused_and_changes_nothing(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider);
        var service = Service(install);
        var opened = service.Load(); // two administrators open the example map
        service.Save(Actor.CommandLine, [Row("B-EERST", 10m)], 2m, "bron", opened.Version);

        Assert.Throws<ValueMapChangedException>(() => service.Save(Actor.CommandLine, [Row("A-LATER", 20m)], 2m, "bron", opened.Version));
        Assert.Throws<ValueMapChangedException>(() => service.Confirm(Actor.CommandLine, opened.Version));

        var stored = service.Load();
        Assert.Equal(("B-EERST", false, 1L), (Assert.Single(stored.Rows).Code, stored.IsConfirmed, stored.Version));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void The_example_cannot_be_confirmed_until_every_source_is_filled_in(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider);
        var service = Service(install);

        var refused = Assert.Throws<InvalidFieldsException>(() => service.Confirm(Actor.CommandLine, basedOn: 0));

        Assert.Equal(6, refused.Problems.Count);
        Assert.Equal("De bron van WERK-GEMEENTE is nog een voorbeeldwaarde: controleer de proxy en vul de echte bron in voordat u de kaart bevestigt.",
            refused.Problems[0].Dutch);
        Assert.Equal(ValueMapRules.Field(0, ValueMapRules.ProxySource), refused.Problems[0].Field);
        Assert.False(service.Load().IsConfirmed);
    }

    [Fact]
    public void Only_the_administrator_changes_the_map()
    {
        using var install = new TestInstallation();
        var director = Actor.For(new Viewer(7, "directeur", "Directeur", Role.Directie, AccessScope.Of([1])));

        Assert.Throws<AccessDeniedException>(() => Service(install).Confirm(director, basedOn: 0));
        Assert.False(Service(install).Load().IsConfirmed);
    }
}
