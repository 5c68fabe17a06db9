using Dashboard.Data.Exports.Tables;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Explaining;
using Dashboard.Data.Figures.Targets;
using Dashboard.Data.Figures.TheoryOfChange;
using Dashboard.Data.Figures.Views;

namespace Dashboard.Data.Exports;

/// <summary>
/// What each view exports — the same results the page shows (docs/weergave-en-export.md#exporteren): Overzicht its monthly trend with one line
/// per practice kind and the key figures per kind; Goede praktijk its funnel (or another of its charts) and every
/// indicator; Vergelijken the stores' sorted bars with the median and the ranked table. With a chart key, the
/// table is that chart's figures.
/// </summary>
public sealed class ExportViews(IndicatorService indicators, TargetStore targets, TheoryOfChangeStore theories)
{
    /// <summary>The chart keys of each view, the first being the view's own chart.</summary>
    public static readonly IReadOnlyDictionary<ExportView, IReadOnlyList<string>> Charts = new Dictionary<ExportView, IReadOnlyList<string>>
    {
        [ExportView.Overzicht] = ["trend"],
        [ExportView.Praktijk] = ["trechter", "deelnemers", "uren", "doelgroep", "leeftijdsgroep", "traject", "uitstroom", "belanghebbenden", "waterval"], // in PracticeView.Charts' order
        [ExportView.Vergelijken] = ["winkels"],
    };

    public ExportDocument Build(ExportRequest request)
    {
        var chartKey = request.Chart ?? Charts[request.View][0];
        if (!Charts[request.View].Contains(chartKey))
        {
            throw new ArgumentException($"onbekende grafiek '{chartKey}' voor {request.View}", nameof(request));
        }
        var (chart, viewTable, codes) = request.View switch
        {
            ExportView.Overzicht => Overview(request),
            ExportView.Praktijk => Practice(request, chartKey),
            _ => Comparison(request),
        };
        var settings = indicators.Settings;
        var table = request.Chart is null ? viewTable : ExportTables.FromChart(chart, settings.SmallCellK, request.Culture);
        var snapshot = indicators.Snapshot;
        // The value map goes with a view's own workbook, not with one chart's figures (docs/weergave-en-export.md#excel-en-csv).
        var total = request.Chart is null && request.View != ExportView.Vergelijken ? indicators.Calculate(request.Filter, null, request.Profile).Total : null;
        return new ExportDocument(table, chart, FilterText.Describe(request.Filter, snapshot.Practices, request.Culture), chart.SourceLine,
            request.ExportedOn, request.Chart is null ? codes : [chart.Indicator], settings, request.Profile, request.Culture)
        {
            SocialValue = total is not null && ValueMapTable.Applies(total) ? total : null,
        };
    }

    private (ChartDescription, ExportTable, IReadOnlyList<IndicatorCode>) Overview(ExportRequest request)
    {
        var culture = request.Culture;
        var view = OverviewView.Build(indicators, targets.List(request.Filter.Period.From.Year), request.Filter, request.Profile,
            request.Indicator ?? IndicatorCode.P1, culture, request.ExportedOn);
        var columns = new List<ExportColumn> { new(ExportTexts.Get(view.PerPractice ? "Column.Practice" : "Column.PracticeKind", culture)) };
        foreach (var code in OverviewView.KeyFigures)
        {
            var indicator = IndicatorCatalogue.Get(code);
            columns.Add(new ExportColumn($"{code} {indicator.Name(culture)}", true, indicator.Unit(culture), ExportTables.Decimals(code)));
            columns.Add(new ExportColumn(ExportTexts.Format("Column.ChangeFromLastYear", culture, code), true, ExportTables.ChangeUnit(code, culture), 1));
        }
        var rows = view.Cards.Append(view.Total).Select(card => (IReadOnlyList<ExportCell>)card.Figures
            .SelectMany(kpi => new[] { ExportTables.Cell(kpi.Figure, view.SmallCellK, culture), ExportTables.Change(kpi.Figure.Code, kpi.ChangeFromLastYear, culture) })
            .Prepend(ExportCell.Of(card.Title)).ToList()).ToList();
        var title = ExportTexts.Get("Table.KeyFigures", culture);
        return (view.Trend, new ExportTable(title, columns, rows), OverviewView.KeyFigures);
    }

    private (ChartDescription, ExportTable, IReadOnlyList<IndicatorCode>) Practice(ExportRequest request, string chartKey)
    {
        var culture = request.Culture;
        var view = PracticeView.Build(indicators, targets.List(request.Filter.Period.From.Year), theories, request.Filter, request.Profile, culture, request.ExportedOn);
        var chart = view.Charts[Charts[ExportView.Praktijk].ToList().IndexOf(chartKey)];
        var compared = indicators.Compare(request.Filter, null, request.Profile);
        var k = compared.Current.Settings.SmallCellK;
        var columns = new List<ExportColumn>
        {
            new(ExportTexts.Get("Column.Code", culture)),
            new(ExportTexts.Get("Column.Indicator", culture)),
            new(ExportTexts.Get("Column.Unit", culture)),
            new(ExportTexts.Get("Column.Value", culture), true, null, 2),
            new(ExportTexts.Get("Column.SamePeriodLastYear", culture), true, null, 2),
            new(ExportTexts.Get("Column.Change", culture), true, null, 1),
        };
        var rows = IndicatorCatalogue.All.Select(indicator => (IReadOnlyList<ExportCell>)
        [
            ExportCell.Of(indicator.Code.ToString()),
            ExportCell.Of(indicator.Name(culture)),
            ExportCell.Of(indicator.Unit(culture)),
            ExportTables.Cell(compared.Current.Total[indicator.Code], k, culture),
            ExportTables.Cell(compared.LastYear.Total[indicator.Code], k, culture),
            ExportTables.Change(indicator.Code, compared.FromLastYear(indicator.Code), culture),
        ]).ToList();
        return (chart, new ExportTable(view.Title, columns, rows), IndicatorCatalogue.All.Select(i => i.Code).ToList());
    }

    private (ChartDescription, ExportTable, IReadOnlyList<IndicatorCode>) Comparison(ExportRequest request)
    {
        var culture = request.Culture;
        var code = request.Indicator ?? IndicatorCode.P4R;
        var view = ComparisonView.Build(indicators, request.Filter, code, request.Normalisation, request.Profile, culture, request.ExportedOn);
        var decimals = ExportTables.Decimals(code) + (request.Normalisation == Figures.Comparison.Normalisation.None ? 0 : 3);
        var columns = new List<ExportColumn>
        {
            new(ExportTexts.Get("Column.Rank", culture), true),
            new(ExportTexts.Get("Column.StoreCode", culture)),
            new(ExportTexts.Get("Column.Store", culture)),
            new(ExportTexts.Get("Column.Organisation", culture)),
            new(view.Chart.Title, true, view.Chart.ValueLabel, decimals),
            new(ExportTexts.Get("Column.ChangeVsLastYear", culture), true, ExportTables.ChangeUnit(code, culture), 1),
        };
        var rows = view.Comparison.Rows.Select(row => (IReadOnlyList<ExportCell>)
        [
            row.Rank is { } rank ? ExportCell.Of(rank) : ExportCell.Of("—"),
            ExportCell.Of(row.StoreCode),
            ExportCell.Of(row.StoreName),
            ExportCell.Of(row.Organisation),
            ExportTables.Cell(row.Figure, view.SmallCellK, culture, decimals),
            ExportTables.Change(code, row.ChangeFromLastYear, culture),
        ]).ToList();
        return (view.Chart, new ExportTable(view.Chart.Title, columns, rows), [code]);
    }
}
