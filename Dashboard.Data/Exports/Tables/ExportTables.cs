using System.Globalization;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Comparison;
using Dashboard.Data.Figures.Explaining;
using Dashboard.Data.Figures.Results;
using Dashboard.Data.Figures.Views;

namespace Dashboard.Data.Exports.Tables;

/// <summary>The tables the exports carry, built from the same results the pages show.</summary>
public static class ExportTables
{
    /// <summary>How many decimals a figure keeps in a spreadsheet (its catalogue entry's <see cref="Indicator.ExcelDecimals"/>).</summary>
    public static int Decimals(IndicatorCode code) => IndicatorCatalogue.Get(code).ExcelDecimals;

    /// <summary>A figure as a cell: its value rounded for the column, or its words.</summary>
    public static ExportCell Cell(Figure figure, int smallCellK, CultureInfo culture, int? decimals = null) => figure.HasValue
        ? ExportCell.Of(Math.Round(figure.Value!.Value, decimals ?? Decimals(figure.Code), MidpointRounding.AwayFromZero))
        : ExportCell.Of(FigureFormat.Value(figure, smallCellK, culture));

    /// <summary>A change as a cell: in percentage points for a rate, in percent otherwise; words when it has no value.</summary>
    public static ExportCell Change(IndicatorCode code, FigureChange change, CultureInfo culture)
    {
        if (change.Status != FigureStatus.Ok)
        {
            return ExportCell.Of(FigureFormat.Change(code, change, culture));
        }
        var value = IndicatorCatalogue.Get(code).ChangesInPercentagePoints ? change.Absolute : change.Percent;
        return value is { } number ? ExportCell.Of(Math.Round(number, 1, MidpointRounding.AwayFromZero)) : ExportCell.Of(FigureFormat.Word(FigureStatus.NotApplicable, culture));
    }

    public static string ChangeUnit(IndicatorCode code, CultureInfo culture) =>
        IndicatorCatalogue.Get(code).ChangesInPercentagePoints ? ExportTexts.Get("Unit.PercentagePoints", culture) : "%";

    /// <summary>A chart's figures: one row per category, one column per series.</summary>
    public static ExportTable FromChart(ChartDescription chart, int smallCellK, CultureInfo culture)
    {
        var first = new ExportColumn(ExportTexts.Get("Column.Group", culture));
        var columns = chart.Series.Select(s => new ExportColumn(s.Name, true, chart.ValueLabel, Decimals(chart.Indicator))).Prepend(first).ToList();
        var rows = chart.Categories.Select((category, i) => (IReadOnlyList<ExportCell>)chart.Series
            .Select(s => Cell(new Figure(chart.Indicator, s.Points[i].Status, s.Points[i].Value, null, s.Points[i].Small), smallCellK, culture))
            .Prepend(ExportCell.Of(category)).ToList()).ToList();
        return new ExportTable(chart.Title, columns, rows);
    }
}
