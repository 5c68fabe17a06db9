using Dashboard.Data.Domain;
using Dashboard.Data.Figures.Settings;
using Dashboard.Data.Validation;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Figures.Settings;

/// <summary>Saving the settings on a real database file: what comes back, and what a refusal leaves alone.</summary>
public sealed class SettingsStoreTests : IDisposable
{
    private readonly TestInstallation _install = new();

    private SettingsStore Store => new(_install.Database);

    private static CategorySetting Meubels(decimal factor = 1.2m, decimal weight = 22.5m, string co2Source = "Eigen meting 2025", string weightSource = "Weging mei 2025") =>
        new("meubels", factor, co2Source, weight, weightSource);

    [Fact]
    public void Saved_factors_weights_and_sources_come_back_with_sources_trimmed()
    {
        Store.SaveCategories([Meubels(co2Source: "  Eigen meting 2025 "), new CategorySetting("kleding_textiel", 0.45m, "TNO", 0.375m, "Weging")]);

        var settings = Store.Load();

        Assert.Equal(Meubels(), settings.Category("meubels"));
        Assert.Equal(new CategorySetting("kleding_textiel", 0.45m, "TNO", 0.375m, "Weging"), settings.Category("kleding_textiel"));
        Assert.Equal(IndicatorSettings.Defaults.Category("fietsen"), settings.Category("fietsen"));
    }

    [Fact]
    public void Saved_k_and_fte_hours_come_back()
    {
        Store.SaveProtectionAndFte(7, 38.5m);

        var settings = Store.Load();

        Assert.Equal(7, settings.SmallCellK);
        Assert.Equal(38.5m, settings.FteHoursPerWeek);
    }

    [Fact]
    public void The_sector_comparisons_threshold_starts_at_7_and_is_never_saved_below_it()
    {
        Assert.Equal(7, Store.Load().SectorMinOthers);

        Store.SaveSectorMinOthers(10);
        Assert.Equal(10, Store.Load().SectorMinOthers);

        var refused = Assert.Throws<InvalidFieldsException>(() => Store.SaveSectorMinOthers(6));
        Assert.Equal(SettingsRules.SectorMinOthers, Assert.Single(refused.Problems).Field);
        Assert.StartsWith("Een sectorvergelijking vraagt minstens 7 en hoogstens 50 andere organisaties, niet 6", refused.Problems[0].Dutch);
        Assert.Equal(10, Store.Load().SectorMinOthers);
    }

    [Fact]
    public void Food_and_drink_stays_at_zero_and_is_left_as_it_is()
    {
        var horeca = IndicatorSettings.Defaults.Category("horeca");

        Store.SaveCategories([horeca with { Co2Source = "iets anders" }, Meubels()]);

        Assert.Equal(horeca, Store.Load().Category("horeca"));
        Assert.Equal(Meubels(), Store.Load().Category("meubels"));
    }

    public static TheoryData<CategorySetting, string> RefusedCategories => new()
    {
        { Meubels(factor: -0.1m), "meubels.co2_factor" },
        { Meubels(factor: 100.01m), "meubels.co2_factor" },
        { Meubels(weight: 0m), "meubels.avg_weight_kg" },
        { Meubels(weight: 1000.5m), "meubels.avg_weight_kg" },
        { Meubels(co2Source: "  "), "meubels.co2_source" },
        { Meubels(weightSource: ""), "meubels.weight_source" },
        { Meubels(co2Source: new string('x', SettingsRules.MaxSourceLength + 1)), "meubels.co2_source" },
        { Meubels(weightSource: new string('x', SettingsRules.MaxSourceLength + 1)), "meubels.weight_source" },
        { Meubels(co2Source: "Eigen\u0007 meting"), "meubels.co2_source" },
        { Meubels(weightSource: "Weging \u202Eiam"), "meubels.weight_source" },
        { new CategorySetting("meubel", 1m, "bron", 25m, "bron"), "meubel" },
        { new CategorySetting("horeca", 0m, "bron", 0.3m, "bron"), "horeca.co2_factor" },
    };

    [Theory]
    [MemberData(nameof(RefusedCategories))]
    public void A_refused_category_changes_nothing_not_even_the_valid_ones_saved_with_it(CategorySetting wrong, string field)
    {
        var before = _install.Snapshot();

        var refusal = Assert.Throws<InvalidFieldsException>(() =>
            Store.SaveCategories([new CategorySetting("fietsen", 2m, "Nieuwe bron", 14m, "Weging"), wrong]));

        Assert.Equal([field], refusal.Problems.Select(p => p.Field));
        Assert.Equal(before, _install.Snapshot());
    }

    [Fact]
    public void A_category_given_twice_is_refused()
    {
        var refusal = Assert.Throws<InvalidFieldsException>(() => Store.SaveCategories([Meubels(), Meubels(weight: 30m)]));

        Assert.Contains(refusal.Problems, p => p.Field == "meubels" && p.Dutch.Contains("meer dan eens", StringComparison.Ordinal));
        Assert.Equal(IndicatorSettings.Defaults.Category("meubels"), Store.Load().Category("meubels"));
    }

    [Fact]
    public void Every_problem_is_named_at_once_in_Dutch_and_English_with_the_category_as_people_read_it()
    {
        var refusal = Assert.Throws<InvalidFieldsException>(() =>
            Store.SaveCategories([Meubels(factor: 150m, weight: 1500m, co2Source: "")]));

        Assert.Equal(["meubels.co2_factor", "meubels.avg_weight_kg", "meubels.co2_source"], refusal.Problems.Select(p => p.Field));
        Assert.Equal("De CO2-factor van Meubels moet tussen 0 en 100 kg CO2-eq per kg liggen, niet 150.", refusal.Problems[0].Dutch);
        Assert.Equal("The CO2 factor of Furniture must be between 0 and 100 kg CO2-eq per kg, not 150.", refusal.Problems[0].English);
        Assert.Equal("Het gemiddelde gewicht van Meubels moet groter zijn dan 0 en hoogstens 1.000 kg, niet 1.500.", refusal.Problems[1].Dutch);
        Assert.Equal("The average weight of Furniture must be more than 0 and at most 1,000 kg, not 1,500.", refusal.Problems[1].English);
        Assert.StartsWith("De CO2-factor van Meubels moet", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_source_may_run_over_lines_but_holds_no_other_control_character()
    {
        Store.SaveCategories([Meubels(co2Source: "Eigen meting 2025,\nzie het weegrapport")]);
        var refusal = Assert.Throws<InvalidFieldsException>(() => Store.SaveCategories([Meubels(weightSource: "Weging\tmei")]));

        Assert.Equal("Eigen meting 2025,\nzie het weegrapport", Store.Load().Category("meubels").Co2Source);
        var problem = Assert.Single(refusal.Problems);
        Assert.Equal("Teken U+0009 (besturingsteken) is niet toegestaan.", problem.Dutch);
        Assert.Equal("Character U+0009 (control character) is not allowed.", problem.English);
    }

    [Theory]
    [InlineData(0, 0.001)]
    [InlineData(100, 1000)]
    public void The_edges_of_the_category_ranges_are_accepted(decimal factor, decimal weight)
    {
        Store.SaveCategories([Meubels(factor, weight)]);

        Assert.Equal(Meubels(factor, weight), Store.Load().Category("meubels"));
    }

    [Theory]
    [InlineData(1, 36, "small_cell_k")]
    [InlineData(21, 36, "small_cell_k")]
    [InlineData(5, 0.5, "fte_hours")]
    [InlineData(5, 60.01, "fte_hours")]
    public void An_out_of_range_k_or_fte_is_refused_and_neither_is_saved(int k, decimal hours, string field)
    {
        var before = _install.Snapshot();

        var refusal = Assert.Throws<InvalidFieldsException>(() => Store.SaveProtectionAndFte(k, hours));

        Assert.Equal([field], refusal.Problems.Select(p => p.Field));
        Assert.Equal(before, _install.Snapshot());
    }

    [Fact]
    public void The_k_message_says_the_range_in_both_languages()
    {
        var problem = Assert.Single(Assert.Throws<InvalidFieldsException>(() => Store.SaveProtectionAndFte(25, 36)).Problems);

        Assert.Equal("De drempel k moet een geheel getal van 2 tot en met 20 zijn, niet 25.", problem.Message(culture: Language.Dutch));
        Assert.Equal("The threshold k must be a whole number from 2 to 20, not 25.", problem.Message(culture: Language.English));
    }

    [Theory]
    [InlineData(2, 1)]
    [InlineData(20, 60)]
    public void The_edges_of_k_and_fte_are_accepted(int k, decimal hours)
    {
        Store.SaveProtectionAndFte(k, hours);

        Assert.Equal((k, hours), (Store.Load().SmallCellK, Store.Load().FteHoursPerWeek));
    }

    public void Dispose() => _install.Dispose();
}
