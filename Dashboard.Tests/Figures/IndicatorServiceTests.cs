using Dashboard.Data.Administration;
using Dashboard.Data.Domain;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Data;
using Dashboard.Data.Figures.Explaining;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Data.Figures.Settings;
using Dashboard.Data.Imports;
using Dashboard.Data.Storage;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Figures;

/// <summary>The facade the pages and the command line use: fresh figures after every import or undo, and "hoe berekend?".</summary>
public sealed class IndicatorServiceTests : IDisposable
{
    private TestInstallation _install = null!;
    private IndicatorService _service = null!;

    /// <summary>The test's installation on <paramref name="provider"/>, with the standard stores and one service for all its figures.</summary>
    private void Install(DatabaseProvider provider)
    {
        _install = new TestInstallation(provider: provider).WithStandardStores();
        _service = new IndicatorService(new SnapshotCache(_install.Database), new SettingsStore(_install.Database));
    }

    private decimal? Figure(IndicatorCode code) =>
        _service.Calculate(new IndicatorFilter(Period.Year(2025)), null, ViewerProfile.Exact).Total[code].Value;

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void Figures_follow_every_import_and_undo_although_the_snapshot_is_cached(DatabaseProvider provider)
    {
        Install(provider);
        Assert.Equal(0m, Figure(IndicatorCode.P1));

        _install.ImportOk(ImportKind.Deelnemers, "deelnemers.csv", TrajectoryRow.File(Enumerable.Range(1, 7).Select(TrajectoryRow.Number)));
        Assert.Equal(7m, Figure(IndicatorCode.P1));

        var sales = _install.ImportOk(ImportKind.Verkopen, "verkopen.csv", SaleRow.File(new SaleRow { Revenue = "99,00" }));
        Assert.Equal(99m, Figure(IndicatorCode.E1));

        Assert.True(_install.Undo.Undo(sales.BatchId!.Value).Succeeded);
        Assert.Equal(0m, Figure(IndicatorCode.E1));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void Hoe_berekend_gives_the_definition_the_filter_in_words_the_settings_and_the_source_rows(DatabaseProvider provider)
    {
        Install(provider);
        _install.ImportOk(ImportKind.Verkopen, "verkopen.csv", SaleRow.File(new SaleRow(), new SaleRow { Date = "02-03-2025" }));
        var filter = new IndicatorFilter(Period.Year(2025)) { PracticeKinds = new HashSet<string> { "winkel" } };
        var table = _service.Calculate(filter, null, ViewerProfile.Protected);

        var explanation = FigureExplanation.For(table.Total[IndicatorCode.M3], table, _service.Snapshot.Practices);

        Assert.Equal(IndicatorCatalogue.Get(IndicatorCode.M3).Definition(culture: Language.Dutch), explanation.Definition);
        Assert.Equal("2025 · alle organisaties · soort: Winkelvloer", explanation.Filter);
        Assert.Contains(explanation.Settings, s => s.StartsWith("Meubels: gemiddeld gewicht 25 kg", StringComparison.Ordinal));
        Assert.Contains(explanation.Settings, s => s.StartsWith("Kleding en textiel: 1 kg CO2-eq per kg (TNO", StringComparison.Ordinal));
        Assert.Equal(2, explanation.SourceRows);

        var people = FigureExplanation.For(table.Total[IndicatorCode.P12], table, _service.Snapshot.Practices);
        Assert.Contains("1 fte = 36 uur per week", people.Settings);
        Assert.Contains("Kleine aantallen zijn afgeschermd: aantallen van 1 t/m 4 staan er als <5", people.Settings);
        Assert.Contains(people.Settings, s => s.Contains("kleine afwijkingen van ±2 beschermen de privacy", StringComparison.Ordinal));
        // Money is not shifted, and an exact viewer is told nothing is.
        Assert.DoesNotContain(explanation.Settings, s => s.Contains("±2", StringComparison.Ordinal));
        var exact = _service.Calculate(filter, null, ViewerProfile.Exact);
        Assert.DoesNotContain(FigureExplanation.For(exact.Total[IndicatorCode.P12], exact, _service.Snapshot.Practices).Settings,
            s => s.Contains("±2", StringComparison.Ordinal));
    }

    public void Dispose() => _install?.Dispose();
}
