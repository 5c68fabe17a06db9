using Dashboard.Data.Indicators;
using Dashboard.Data.Indicators.Charts;
using Dashboard.Data.Indicators.Comparison;
using Dashboard.Data.Indicators.Explaining;
using Dashboard.Data.Indicators.Results;

namespace Dashboard.Data.Export.Tables;

/// <summary>The tables the exports carry, built from the same results the pages show.</summary>
public static class ExportTables
{
    /// <summary>How many decimals a figure keeps in a spreadsheet: one more than the screen shows, never fewer than needed.</summary>
    public static int Decimals(IndicatorCode code) => code switch
    {
        IndicatorCode.P4R or IndicatorCode.P6R or IndicatorCode.P7R => 1,
        IndicatorCode.P10 or IndicatorCode.P12 => 1,
        IndicatorCode.P11 or IndicatorCode.E2 or IndicatorCode.E3 => 2,
        IndicatorCode.E1 => 2,
        IndicatorCode.M2 or IndicatorCode.M3 => 1,
        _ => 0,
    };

    /// <summary>A figure as a cell: its value rounded for the column, or its words.</summary>
    public static ExportCell Cell(Figure figure, int smallCellK, bool english, int? decimals = null) => figure.HasValue
        ? ExportCell.Of(Math.Round(figure.Value!.Value, decimals ?? Decimals(figure.Code), MidpointRounding.AwayFromZero))
        : ExportCell.Of(FigureFormat.Value(figure, smallCellK, english));

    /// <summary>A change as a cell: in percentage points for a rate, in percent otherwise; words when it has no value.</summary>
    public static ExportCell Change(IndicatorCode code, FigureChange change, bool english)
    {
        if (change.Status != FigureStatus.Ok)
        {
            return ExportCell.Of(FigureFormat.Change(code, change, english));
        }
        var value = IndicatorCatalogue.Get(code).Kind == IndicatorKind.Rate ? change.Absolute : change.Percent;
        return value is { } number ? ExportCell.Of(Math.Round(number, 1, MidpointRounding.AwayFromZero)) : ExportCell.Of(english ? "n/a" : "n.v.t.");
    }

    public static string ChangeUnit(IndicatorCode code, bool english) =>
        IndicatorCatalogue.Get(code).Kind == IndicatorKind.Rate ? english ? "percentage points" : "procentpunt" : "%";

    /// <summary>A chart's figures: one row per category, one column per series.</summary>
    public static ExportTable FromChart(ChartDescription chart, int smallCellK, bool english)
    {
        var first = new ExportColumn(english ? "Group" : "Groep");
        var columns = chart.Series.Select(s => new ExportColumn(s.Name, true, chart.ValueLabel, Decimals(chart.Indicator))).Prepend(first).ToList();
        var rows = chart.Categories.Select((category, i) => (IReadOnlyList<ExportCell>)chart.Series
            .Select(s => Cell(new Figure(chart.Indicator, s.Points[i].Status, s.Points[i].Value, null), smallCellK, english))
            .Prepend(ExportCell.Of(category)).ToList()).ToList();
        return new ExportTable(chart.Title, columns, rows);
    }
}
