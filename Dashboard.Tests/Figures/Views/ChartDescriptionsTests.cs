using Dashboard.Data.Administration;
using Dashboard.Data.Domain;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Comparison;
using Dashboard.Data.Figures.Data;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Data.Figures.Results;
using Dashboard.Data.Figures.Settings;
using Dashboard.Data.Figures.Views;
using Dashboard.Data.Imports;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Figures.Views;

public sealed class ChartDescriptionsTests : IDisposable
{
    private readonly TestInstallation _install = new TestInstallation().WithStandardStores();
    private static readonly ChartText Text = new("2025 · alle organisaties", "Bron: alle organisaties · ImpactDashboard", Language.Dutch);

    private IndicatorService Service => new(new SnapshotCache(_install.Database), new SettingsStore(_install.Database));

    [Fact]
    public void A_time_breakdown_is_a_line_with_a_series_for_last_year_and_hidden_months_as_marked_gaps()
    {
        _install.ImportOk(ImportKind.Deelnemers, "deelnemers.csv", TrajectoryRow.File(
            Enumerable.Range(1, 6).Select(n => TrajectoryRow.Number(n) with { Start = "01-03-2025" })
                .Append(TrajectoryRow.Number(7) with { Start = "01-02-2025" })));
        var filter = new IndicatorFilter(new Period(new(2025, 1, 1), new(2025, 3, 31)));
        var table = Service.Calculate(filter, Dimension.Month, ViewerProfile.Protected);
        var lastYear = Service.Calculate(filter.WithPeriod(filter.Period.LastYear()), Dimension.Month, ViewerProfile.Protected);

        var chart = ChartDescriptions.Breakdown(table, IndicatorCode.P2, Text, lastYear);

        Assert.Equal(ChartKind.Line, chart.Kind);
        Assert.Equal(("Instroom", "trajecten"), (chart.Title, chart.ValueLabel));
        Assert.Equal(["jan 2025", "feb 2025", "mrt 2025"], chart.Categories);
        // February's single start is hidden, so March — the only other non-zero month — is hidden too (docs/indicatoren.md#afscherming).
        Assert.Equal([0m, null, null], chart.Series[0].Points.Select(p => p.Value));
        Assert.Equal([FigureStatus.Ok, FigureStatus.Hidden, FigureStatus.Hidden], chart.Series[0].Points.Select(p => p.Status));
        Assert.True(chart.HasHiddenValues);
        Assert.Equal([0m, 0m, 0m], chart.Series[1].Points.Select(p => p.Value));
        Assert.Equal(Text.SourceLine, chart.SourceLine);
    }

    [Fact]
    public void The_store_comparison_is_a_bar_chart_with_the_median()
    {
        _install.ImportOk(ImportKind.Deelnemers, "deelnemers.csv", TrajectoryRow.File(
            Enumerable.Range(1, 6).Select(n => TrajectoryRow.Number(n))
                .Concat(Enumerable.Range(11, 9).Select(n => TrajectoryRow.Number(n) with { Store = "ZWO", Practice = "TEXT" }))));
        var comparison = Service.CompareStores(new IndicatorFilter(Period.Year(2025)), IndicatorCode.P1, null, Normalisation.PerSquareMetre, ViewerProfile.Exact);

        var chart = ChartDescriptions.Stores(comparison, Text);

        Assert.Equal(ChartKind.Bar, chart.Kind);
        Assert.Equal("Actieve deelnemers per m²", chart.Title);
        // Blerick has no floor area: "geen gegevens", after the ranked stores.
        Assert.Equal(["Zwolle Noord", "Aan de Maas Centrum", "Aan de Maas Blerick"], chart.Categories);
        Assert.Equal(FigureStatus.NoData, chart.Series[0].Points[2].Status);
        Assert.Equal(comparison.Median, chart.Median);
        Assert.Equal("mediaan", chart.MedianLabel);
    }

    public void Dispose() => _install.Dispose();
}
