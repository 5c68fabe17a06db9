using Dashboard.Data.Administration;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Data;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Data.Figures.Results;
using Dashboard.Data.Figures.Settings;
using Dashboard.Data.Imports;
using Dashboard.Data.Storage;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Figures.Settings;

/// <summary>A saved setting counts in the very next figures, though the indicators keep their data cached.</summary>
public sealed class SettingsChangeTheFiguresTests : IDisposable
{
    private TestInstallation _install = null!;
    private SettingsStore _settings = null!;
    private IndicatorService _service = null!;

    /// <summary>The test's installation on <paramref name="provider"/>, with the standard stores and one service for all its figures.</summary>
    private void Install(DatabaseProvider provider)
    {
        _install = new TestInstallation(provider: provider).WithStandardStores();
        _settings = new SettingsStore(_install.Database);
        _service = new IndicatorService(new SnapshotCache(_install.Database), _settings);
    }

    private Figure Total(IndicatorCode code, ViewerProfile? profile = null) =>
        _service.Calculate(new IndicatorFilter(Period.Year(2025)), null, profile ?? ViewerProfile.Exact).Total[code];

    private void SaveMeubels(decimal factor, decimal weight) =>
        _settings.SaveCategories([new CategorySetting("meubels", factor, "bron", weight, "bron")]);

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void A_changed_average_weight_changes_the_weight_reused_and_the_CO2_avoided_at_once(DatabaseProvider provider)
    {
        Install(provider);
        // 4 chairs without a weight, and 3 kg of clothes weighed at the till: only the chairs use the average.
        _install.ImportOk(ImportKind.Verkopen, "verkopen.csv", SaleRow.File(
            new SaleRow { Category = "meubels", Items = "4", Weight = "" },
            new SaleRow { Category = "kleding_textiel", Items = "6", Weight = "3,0" }));
        Assert.Equal(4 * 25m + 3m, Total(IndicatorCode.M2).Value);
        Assert.Equal(4 * 25m + 3m, Total(IndicatorCode.M3).Value);

        SaveMeubels(factor: 1m, weight: 30m);

        Assert.Equal(4 * 30m + 3m, Total(IndicatorCode.M2).Value);
        Assert.Equal(4 * 30m + 3m, Total(IndicatorCode.M3).Value);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void A_changed_CO2_factor_changes_the_CO2_avoided_but_not_the_weight(DatabaseProvider provider)
    {
        Install(provider);
        _install.ImportOk(ImportKind.Verkopen, "verkopen.csv", SaleRow.File(new SaleRow { Category = "meubels", Items = "2", Weight = "50,0" }));

        SaveMeubels(factor: 2.5m, weight: 25m);

        Assert.Equal(50m, Total(IndicatorCode.M2).Value);
        Assert.Equal(125m, Total(IndicatorCode.M3).Value);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void A_changed_k_changes_what_a_protected_viewer_sees_hidden(DatabaseProvider provider)
    {
        Install(provider);
        _install.ImportOk(ImportKind.Deelnemers, "deelnemers.csv", TrajectoryRow.File(Enumerable.Range(1, 6).Select(TrajectoryRow.Number)));
        // 6 people, shown perturbed by their participants' keys.
        var shown = HandPerturbation.Count(HandPerturbation.Keys(_install, "SELECT record_key FROM participants"));
        Assert.Equal((FigureStatus.Ok, shown), (Total(IndicatorCode.P1, ViewerProfile.Protected).Status, Total(IndicatorCode.P1, ViewerProfile.Protected).Value));

        _settings.SaveProtectionAndFte(7, 36);

        Assert.Equal(FigureStatus.Hidden, Total(IndicatorCode.P1, ViewerProfile.Protected).Status);
        Assert.Equal(6m, Total(IndicatorCode.P1, ViewerProfile.Exact).Value);

        _settings.SaveProtectionAndFte(6, 36);

        Assert.Equal(FigureStatus.Ok, Total(IndicatorCode.P1, ViewerProfile.Protected).Status);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void Changed_fte_hours_change_the_work_learning_places(DatabaseProvider provider)
    {
        Install(provider);
        _install.ImportOk(ImportKind.Deelnemers, "deelnemers.csv", TrajectoryRow.File(
            Enumerable.Range(1, 5).Select(n => TrajectoryRow.Number(n) with { Start = "01-01-2025", Hours = "36" })));
        Assert.Equal(5m, decimal.Round(Total(IndicatorCode.P12).Value!.Value, 6));

        _settings.SaveProtectionAndFte(5, 24);

        Assert.Equal(7.5m, decimal.Round(Total(IndicatorCode.P12).Value!.Value, 6));
    }

    public void Dispose() => _install?.Dispose();
}
