using Dashboard.Data.Administration;
using Dashboard.Data.Annotations;
using Dashboard.Data.Domain;
using Dashboard.Data.Exports;
using Dashboard.Data.Exports.Charts;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Comparison;
using Dashboard.Data.Figures.Data;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Data.Figures.Settings;
using Dashboard.Data.Figures.Targets;
using Dashboard.Data.Figures.TheoryOfChange;
using Dashboard.Data.Figures.Views;
using Dashboard.Data.Storage;
using Dashboard.Data.Stories;

namespace Dashboard.Benchmarks.Scale;

/// <summary>
/// Chart PNGs at screen size (1200×675) and a factsheet PDF at sector scale. The PNG is timed twice: the drawing alone
/// (ScottPlot, from a chart description already built) and the whole download (<see cref="Exporter.Render"/>, figures
/// from the warm cache, as after looking at the page).
/// </summary>
public static class ExportTimings
{
    public static IReadOnlyList<Timings> Measure(Database database, SnapshotCache snapshots, int repetitions, Action<string> log)
    {
        var indicators = new IndicatorService(snapshots, new SettingsStore(database));
        var exporter = new Exporter(indicators, new TargetStore(database), new TheoryOfChangeStore(database), new AnnotationStore(database), new StoryStore(database));
        var sector = new IndicatorFilter(PageScenario.Year);
        var organisation = new IndicatorFilter(PageScenario.Year)
        {
            Organisations = new HashSet<long> { snapshots.Get().Practices.Select(p => p.OrganisationId).Min() },
        };
        var overview = OverviewView.Build(indicators, [], [], sector, ViewerProfile.Protected, IndicatorCode.P1, Language.Dutch, null);
        var comparison = ComparisonView.Build(indicators, sector, IndicatorCode.P4R, Normalisation.None, ViewerProfile.Protected, Language.Dutch, null);
        var exportedOn = new DateOnly(2026, 11, 15);
        var budget = TimeSpan.FromSeconds(30);

        ChartExport.Png(overview.Trend, ChartSize.Screen, Language.Dutch); // the first drawing loads fonts and JIT-compiles ScottPlot
        var results = new List<Timings>
        {
            Timings.Measure("PNG 1200×675, Overzicht trend (lines per practice kind), drawing only", repetitions,
                () => ChartExport.Png(overview.Trend, ChartSize.Screen, Language.Dutch), budget),
            Timings.Measure($"PNG 1200×675, Vergelijken ({comparison.Comparison.Rows.Count} stores as bars), drawing only", repetitions,
                () => ChartExport.Png(comparison.Chart, ChartSize.Screen, Language.Dutch), budget),
            Timings.Measure("PNG 1200×675, Overzicht download (Exporter.Render, figures cached)", repetitions,
                () => exporter.Render(new ExportRequest(ExportView.Overzicht, sector, ViewerProfile.Protected, exportedOn), ExportFormat.Png), budget),
        };
        var pdf = new ExportRequest(ExportView.Overzicht, organisation, ViewerProfile.Protected, exportedOn);
        var firstPdf = Timings.Time(() => exporter.Render(pdf, ExportFormat.Pdf));
        log($"  first factsheet PDF (figures computed, fonts loaded): {firstPdf:0} ms");
        results.Add(Timings.Measure("Factsheet PDF, one organisation (figures cached)", repetitions, () => exporter.Render(pdf, ExportFormat.Pdf), budget));
        results.Add(new Timings("Factsheet PDF, one organisation — first call (figures computed)", [firstPdf]));
        foreach (var timing in results)
        {
            log($"  {timing.Name}: median {timing.Median:0.0} ms, p95 {timing.P95:0.0} ms ({timing.Milliseconds.Count}×)");
        }
        return results;
    }
}
