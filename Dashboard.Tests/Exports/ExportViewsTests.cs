using Dashboard.Data.Administration;
using Dashboard.Data.Annotations;
using Dashboard.Data.Exports;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Data;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Data.Figures.Settings;
using Dashboard.Data.Figures.Targets;
using Dashboard.Data.Figures.TheoryOfChange;
using Dashboard.Tests.Installation.Demo;

namespace Dashboard.Tests.Exports;

/// <summary>What each view exports, on the whole demo sector: the same results the page shows.</summary>
public sealed class ExportViewsTests(ImportedDemoSector demo) : IClassFixture<ImportedDemoSector>
{
    private static readonly Period Year2025 = Period.Year(2025);

    private (ExportViews Views, IndicatorService Indicators) Make()
    {
        var db = demo.Installation.Database;
        var indicators = new IndicatorService(new SnapshotCache(db), new SettingsStore(db));
        return (new ExportViews(indicators, new TargetStore(db), new TheoryOfChangeStore(db), new AnnotationStore(db)), indicators);
    }

    private static ExportRequest Request(ExportView view, IndicatorFilter filter) =>
        new(view, filter, ViewerProfile.Protected, new DateOnly(2026, 11, 15));

    [Fact]
    public void Overzicht_exports_the_key_figures_per_kind_and_its_trend_with_one_line_per_kind()
    {
        var (views, indicators) = Make();
        var filter = new IndicatorFilter(Year2025);

        var document = views.Build(Request(ExportView.Overzicht, filter));

        var kinds = indicators.Snapshot.Practices.Select(p => p.Kind).Distinct().Count();
        Assert.Equal(kinds + 1, document.Table.Rows.Count);                  // every kind, then the total
        Assert.Equal(1 + 2 * 7, document.Table.Columns.Count);               // the kind, then value and change of each key figure
        Assert.Equal(kinds, document.Chart!.Series.Count);
        var total = indicators.Calculate(filter, null, ViewerProfile.Protected).Total[IndicatorCode.P1].Value;
        Assert.Equal(total, document.Table.Rows[^1][1].Number);
        Assert.Contains("geëxporteerd 15-11-2026", document.SourceLine);
    }

    [Fact]
    public void Vergelijken_exports_the_ranked_stores_with_hidden_values_as_words()
    {
        var (views, _) = Make();
        var filter = new IndicatorFilter(Year2025) { PracticeKinds = new HashSet<string> { "horeca" } };

        var document = views.Build(Request(ExportView.Vergelijken, filter));

        var values = document.Table.Rows.Select(r => r[4]).ToList();
        var ranked = values.TakeWhile(c => c.Number is not null).Select(c => c.Number!.Value).ToList();
        Assert.Equal(ranked.OrderDescending(), ranked);
        Assert.All(values.Skip(ranked.Count), c => Assert.Equal("afgeschermd", c.Text));
        Assert.Equal(ranked.Count, document.Table.Rows.Count(r => r[0].Number is not null)); // only the stores with a value have a rank
    }

    [Fact]
    public void A_chart_of_goede_praktijk_exports_that_charts_figures()
    {
        var (views, _) = Make();
        var filter = new IndicatorFilter(Year2025) { PracticeKinds = new HashSet<string> { "horeca" } };

        var document = views.Build(Request(ExportView.Praktijk, filter) with { Chart = "doelgroep" });

        Assert.Equal("Actieve deelnemers per doelgroep", document.Chart!.Title);
        Assert.Equal(document.Chart.Categories, document.Table.Rows.Select(r => r[0].Text));
        Assert.Equal([IndicatorCode.P1], document.Indicators);
        Assert.Throws<ArgumentException>(() => views.Build(Request(ExportView.Praktijk, filter) with { Chart = "taart" }));
    }
}
