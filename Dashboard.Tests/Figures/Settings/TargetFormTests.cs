using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Data;
using Dashboard.Data.Figures.Targets;
using Dashboard.Data.Validation;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Figures.Settings;

/// <summary>The target form: whom a target can be for, as the page names them, and what must be filled in.</summary>
public sealed class TargetFormTests : IDisposable
{
    private readonly TestInstallation _install = new TestInstallation().WithStandardStores();

    private IReadOnlyList<PracticeInfo> Practices => new SnapshotCache(_install.Database).Get().Practices;

    [Fact]
    public void Organisations_come_first_then_each_practice_named_with_its_store_and_code()
    {
        var owners = TargetOwner.All(Practices);

        Assert.Equal(
        [
            StandardStores.AanDeMaas,
            StandardStores.Zwolle,
            "Fietswerkplaats — Aan de Maas Blerick (BLE/FIETS)",
            "Restaurant De Pan — Aan de Maas Centrum (AAN/REST)",
            "Winkelvloer — Aan de Maas Centrum (AAN/WINKEL)",
            "Textielatelier — Zwolle Noord (ZWO/TEXT)",
            "Winkelvloer — Zwolle Noord (ZWO/WINKEL)",
        ], owners.Select(o => o.Label));
        Assert.Equal([true, true, false, false, false, false, false], owners.Select(o => o.IsOrganisation));
    }

    [Fact]
    public void A_filled_in_form_becomes_the_target_of_its_owner_and_its_key_finds_the_owner_again()
    {
        var owners = TargetOwner.All(Practices);
        var restaurant = owners.Single(o => o.Label.EndsWith("(AAN/REST)", StringComparison.Ordinal));
        var draft = new TargetDraft { Year = 2026, OwnerKey = restaurant.Key, Indicator = IndicatorCode.P4R, Value = 30m };

        var target = draft.ToTarget(owners);

        Assert.Equal(Target.ForPractice(2026, IndicatorCode.P4R, restaurant.PracticeId!.Value, 30m), target);
        Assert.Equal(restaurant.Key, TargetOwner.KeyOf(target));
        new TargetStore(_install.Database).Save(target);
        Assert.Equal([target], new TargetStore(_install.Database).List(2026));
    }

    [Fact]
    public void An_empty_form_names_every_field_still_to_fill_in()
    {
        var refusal = Assert.Throws<InvalidFieldsException>(() => new TargetDraft().ToTarget(TargetOwner.All(Practices)));

        Assert.Equal([TargetDraft.YearField, TargetDraft.OwnerField, TargetDraft.IndicatorField, TargetDraft.ValueField],
            refusal.Problems.Select(p => p.Field));
        Assert.Equal("Choose the organisation or practice the target is for.", refusal.Problems[1].English);
    }

    [Fact]
    public void The_form_offers_every_indicator_but_those_without_a_target()
    {
        // A mean length is neither better nor worse; the gross value and the ends of the return's range are no aims.
        IndicatorCode[] without = [IndicatorCode.P10, IndicatorCode.W4, IndicatorCode.W3L, IndicatorCode.W3H];
        Assert.Equal(IndicatorCatalogue.All.Select(i => i.Code).Except(without), TargetDraft.Indicators.Select(i => i.Code));
    }

    [Fact]
    public void A_store_refusal_reads_without_the_developers_parameter_name()
    {
        var owners = TargetOwner.All(Practices);
        var target = new TargetDraft { Year = 2026, OwnerKey = owners[0].Key, Indicator = IndicatorCode.P7R, Value = 120m }.ToTarget(owners);

        var refusal = Assert.Throws<ArgumentException>(() => new TargetStore(_install.Database).Save(target));

        Assert.Equal("P7R (% uitval) is een percentage: de streefwaarde ligt tussen 0 en 100, niet 120.", refusal.Reason());
    }

    public void Dispose() => _install.Dispose();
}
