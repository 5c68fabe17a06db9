using Dashboard.Data.Exports.Tables;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Charts;
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
        [ExportView.Praktijk] = ["trechter", "deelnemers", "uren", "doelgroep", "leeftijdsgroep", "traject", "uitstroom"], // in PracticeView.Charts' order
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
        var table = request.Chart is null ? viewTable : ExportTables.FromChart(chart, settings.SmallCellK, request.English);
        var snapshot = indicators.Snapshot;
        return new ExportDocument(table, chart, FilterText.Describe(request.Filter, snapshot.Practices, request.English), chart.SourceLine,
            request.ExportedOn, request.Chart is null ? codes : [chart.Indicator], settings, request.English);
    }

    private (ChartDescription, ExportTable, IReadOnlyList<IndicatorCode>) Overview(ExportRequest request)
    {
        var english = request.English;
        var view = OverviewView.Build(indicators, targets.List(request.Filter.Period.From.Year), request.Filter, request.Profile,
            request.Indicator ?? IndicatorCode.P1, english, request.ExportedOn);
        var columns = new List<ExportColumn> { new(view.PerPractice ? english ? "Practice" : "Praktijk" : english ? "Practice kind" : "Soort praktijk") };
        foreach (var code in OverviewView.KeyFigures)
        {
            var indicator = IndicatorCatalogue.Get(code);
            columns.Add(new ExportColumn($"{code} {indicator.Name(english)}", true, indicator.Unit(english), ExportTables.Decimals(code)));
            columns.Add(new ExportColumn($"{code} {(english ? "change vs last year" : "t.o.v. vorig jaar")}", true, ExportTables.ChangeUnit(code, english), 1));
        }
        var rows = view.Cards.Append(view.Total).Select(card => (IReadOnlyList<ExportCell>)card.Figures
            .SelectMany(kpi => new[] { ExportTables.Cell(kpi.Figure, view.SmallCellK, english), ExportTables.Change(kpi.Figure.Code, kpi.ChangeFromLastYear, english) })
            .Prepend(ExportCell.Of(card.Title)).ToList()).ToList();
        var title = english ? "Key figures per kind of good practice" : "Kerncijfers per soort goede praktijk";
        return (view.Trend, new ExportTable(title, columns, rows), OverviewView.KeyFigures);
    }

    private (ChartDescription, ExportTable, IReadOnlyList<IndicatorCode>) Practice(ExportRequest request, string chartKey)
    {
        var english = request.English;
        var view = PracticeView.Build(indicators, targets.List(request.Filter.Period.From.Year), theories, request.Filter, request.Profile, english, request.ExportedOn);
        var chart = view.Charts[Charts[ExportView.Praktijk].ToList().IndexOf(chartKey)];
        var compared = indicators.Compare(request.Filter, null, request.Profile);
        var k = compared.Current.Settings.SmallCellK;
        var columns = new List<ExportColumn>
        {
            new(english ? "Code" : "Code"),
            new(english ? "Indicator" : "Indicator"),
            new(english ? "Unit" : "Eenheid"),
            new(english ? "Value" : "Waarde", true, null, 2),
            new(english ? "Same period last year" : "Zelfde periode vorig jaar", true, null, 2),
            new(english ? "Change" : "Verandering", true, null, 1),
        };
        var rows = IndicatorCatalogue.All.Select(indicator => (IReadOnlyList<ExportCell>)
        [
            ExportCell.Of(indicator.Code.ToString()),
            ExportCell.Of(indicator.Name(english)),
            ExportCell.Of(indicator.Unit(english)),
            ExportTables.Cell(compared.Current.Total[indicator.Code], k, english),
            ExportTables.Cell(compared.LastYear.Total[indicator.Code], k, english),
            ExportTables.Change(indicator.Code, compared.FromLastYear(indicator.Code), english),
        ]).ToList();
        return (chart, new ExportTable(view.Title, columns, rows), IndicatorCatalogue.All.Select(i => i.Code).ToList());
    }

    private (ChartDescription, ExportTable, IReadOnlyList<IndicatorCode>) Comparison(ExportRequest request)
    {
        var english = request.English;
        var code = request.Indicator ?? IndicatorCode.P4R;
        var view = ComparisonView.Build(indicators, request.Filter, code, request.Normalisation, request.Profile, english, request.ExportedOn);
        var decimals = ExportTables.Decimals(code) + (request.Normalisation == Figures.Comparison.Normalisation.None ? 0 : 3);
        var columns = new List<ExportColumn>
        {
            new(english ? "Rank" : "Rang", true),
            new(english ? "Store code" : "Winkelcode"),
            new(english ? "Store" : "Winkel"),
            new(english ? "Organisation" : "Organisatie"),
            new(view.Chart.Title, true, view.Chart.ValueLabel, decimals),
            new(english ? "Change vs last year" : "T.o.v. vorig jaar", true, ExportTables.ChangeUnit(code, english), 1),
        };
        var rows = view.Comparison.Rows.Select(row => (IReadOnlyList<ExportCell>)
        [
            row.Rank is { } rank ? ExportCell.Of(rank) : ExportCell.Of("—"),
            ExportCell.Of(row.StoreCode),
            ExportCell.Of(row.StoreName),
            ExportCell.Of(row.Organisation),
            ExportTables.Cell(row.Figure, view.SmallCellK, english, decimals),
            ExportTables.Change(code, row.ChangeFromLastYear, english),
        ]).ToList();
        return (view.Chart, new ExportTable(view.Chart.Title, columns, rows), [code]);
    }
}
