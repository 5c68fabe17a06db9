using System.Xml.Linq;
using Dashboard.Data.Administration;
using Dashboard.Data.Domain;
using Dashboard.Data.Exports.Charts;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Comparison;
using Dashboard.Data.Figures.Data;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Data.Figures.Results;
using Dashboard.Data.Figures.Settings;
using Dashboard.Data.Figures.Views;
using Dashboard.Data.Imports;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Exports.Charts;

/// <summary>Charts as the pages build them, from figures the engine computed on the standard stores, exported.</summary>
public sealed class ChartExportFromTheEngineTests : IDisposable
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly ChartText Text = new("2025 · alle organisaties", "Bron: alle organisaties · ImpactDashboard · gegevens t/m 31-12-2025", Language.Dutch);
    private readonly TestInstallation _install = new TestInstallation().WithStandardStores();

    private IndicatorService Service => new(new SnapshotCache(_install.Database), new SettingsStore(_install.Database));

    [Fact]
    public void The_funnel_exports_with_paid_work_hidden_as_a_marked_gap()
    {
        // Twelve trajectories start; six end, three of them in paid work: too few to show (k = 5).
        _install.ImportOk(ImportKind.Deelnemers, "deelnemers.csv", TrajectoryRow.File(Enumerable.Range(1, 12).Select(n =>
        {
            var row = TrajectoryRow.Number(n) with { Start = "01-02-2025" };
            return n > 6 ? row : row.Ended("01-09-2025", n <= 3 ? "betaald_werk" : "opleiding");
        })));
        var table = Service.Calculate(new IndicatorFilter(Period.Year(2025)), null, ViewerProfile.Protected);

        var chart = ChartDescriptions.Funnel(table.Total, Text);

        Assert.Equal([FigureStatus.Ok, FigureStatus.Ok, FigureStatus.Ok, FigureStatus.Hidden], chart.Series[0].Points.Select(p => p.Status));
        foreach (var size in ChartSize.All)
        {
            Assert.Equal((size.Width, size.Height), PngFile.Size(ChartExport.Png(chart, size, Language.Dutch)));
        }
        var svg = XDocument.Parse(ChartExport.Svg(chart, Language.Dutch)).Root!;
        var texts = SvgFile.Texts(svg);
        Assert.Contains("Van instroom naar betaald werk", texts);
        Assert.Contains(Text.Subtitle, texts);
        Assert.Contains(Text.SourceLine, texts);
        Assert.Contains("Betaald werk", texts);
        Assert.Contains("Betaald werk: ⊘ afgeschermd", svg.Element(Svg + "desc")!.Value);
    }

    [Fact]
    public void The_store_comparison_exports_with_its_median()
    {
        _install.ImportOk(ImportKind.Deelnemers, "deelnemers.csv", TrajectoryRow.File(
            Enumerable.Range(1, 6).Select(TrajectoryRow.Number)
                .Concat(Enumerable.Range(11, 9).Select(n => TrajectoryRow.Number(n) with { Store = "ZWO", Practice = "TEXT" }))));
        var comparison = Service.CompareStores(new IndicatorFilter(Period.Year(2025)), IndicatorCode.P1, null, Normalisation.None, ViewerProfile.Protected);

        var chart = ChartDescriptions.Stores(comparison, Text);

        var svg = XDocument.Parse(ChartExport.Svg(chart, Language.Dutch)).Root!;
        var texts = SvgFile.Texts(svg);
        Assert.Contains("Zwolle Noord", texts);
        Assert.Contains("Aan de Maas Centrum", texts);
        Assert.Contains($"mediaan: {comparison.Median:0}", texts);
        // The dashed median across the plot: SkiaSharp writes the dashes as one filled path, "#444444" shortened.
        Assert.Contains(svg.Descendants(Svg + "path"), p => p.Attribute("fill")?.Value == "#444" && p.Attribute("d")!.Value.Count(c => c == 'M') > 20);
    }

    public void Dispose() => _install.Dispose();
}
