using System.Globalization;
using Dashboard.Data.Domain;
using Dashboard.Data.Exports.Tables;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Comparison;
using Dashboard.Data.Figures.Explaining;
using Dashboard.Data.Figures.Results;

namespace Dashboard.Tests.Figures.Explaining;

/// <summary>
/// How each figure reads, as its catalogue entry says: on screen in Dutch and English, its change from 0 (absolute, as a
/// percent of 0 does not exist; in percentage points for a rate), its spreadsheet cell, and a hidden value.
/// </summary>
public class FigureFormatTests
{
    [Theory]
    [InlineData(IndicatorCode.P1, "1.235", "1,235", "+1.235", "1235", "<5")]
    [InlineData(IndicatorCode.P2, "1.235", "1,235", "+1.235", "1235", "<5")]
    [InlineData(IndicatorCode.P3, "1.235", "1,235", "+1.235", "1235", "<5")]
    [InlineData(IndicatorCode.P4, "1.235", "1,235", "+1.235", "1235", "<5")]
    [InlineData(IndicatorCode.P4R, "1.234,6%", "1,234.6%", "+1.234,6 pp", "1234.6", "afgeschermd")]
    [InlineData(IndicatorCode.P5, "1.235", "1,235", "+1.235", "1235", "<5")]
    [InlineData(IndicatorCode.P6R, "1.234,6%", "1,234.6%", "+1.234,6 pp", "1234.6", "afgeschermd")]
    [InlineData(IndicatorCode.P7R, "1.234,6%", "1,234.6%", "+1.234,6 pp", "1234.6", "afgeschermd")]
    [InlineData(IndicatorCode.P8, "1.235", "1,235", "+1.235", "1235", "afgeschermd")]
    [InlineData(IndicatorCode.P9, "1.235", "1,235", "+1.235", "1235", "<5")]
    [InlineData(IndicatorCode.P10, "1.234,6", "1,234.6", "+1.235", "1234.6", "afgeschermd")]
    [InlineData(IndicatorCode.P11, "1.234,57", "1,234.57", "+1.234,57", "1234.57", "afgeschermd")]
    [InlineData(IndicatorCode.P12, "1.234,6", "1,234.6", "+1.235", "1234.6", "afgeschermd")]
    [InlineData(IndicatorCode.E1, "€ 1.235", "€ 1,235", "+1.235", "1234.57", "afgeschermd")]
    [InlineData(IndicatorCode.E2, "€ 1.234,57", "€ 1,234.57", "+1.234,57", "1234.57", "afgeschermd")]
    [InlineData(IndicatorCode.E3, "€ 1.234,57", "€ 1,234.57", "+1.234,57", "1234.57", "afgeschermd")]
    [InlineData(IndicatorCode.M1, "1.235", "1,235", "+1.235", "1235", "afgeschermd")]
    [InlineData(IndicatorCode.M2, "1.235", "1,235", "+1.235", "1234.6", "afgeschermd")]
    [InlineData(IndicatorCode.M3, "1.235", "1,235", "+1.235", "1234.6", "afgeschermd")]
    public void Each_figure_reads_as_its_entry_says(IndicatorCode code, string dutch, string english, string changeFromZero, string cell, string hidden)
    {
        var figure = new Figure(code, FigureStatus.Ok, 1234.5678m, 1);
        var change = FigureChange.Between(figure, new Figure(code, FigureStatus.Ok, 0m, 1));

        Assert.Equal(dutch, FigureFormat.Value(figure, 5));
        Assert.Equal(english, FigureFormat.Number(code, 1234.5678m, culture: Language.English));
        Assert.Equal(changeFromZero, FigureFormat.Change(code, change));
        Assert.Equal(decimal.Parse(cell, CultureInfo.InvariantCulture), ExportTables.Cell(figure, 5, culture: Language.Dutch).Number);
        Assert.Equal(hidden, FigureFormat.Value(figure with { Status = FigureStatus.Hidden, Value = null, Small = true }, 5));
        Assert.Equal("afgeschermd", FigureFormat.Value(figure with { Status = FigureStatus.Hidden, Value = null }, 5));
    }

    [Theory]
    [InlineData(IndicatorCode.P4R, "−3,5 pp", "procentpunt")]
    [InlineData(IndicatorCode.E1, "−35%", "%")]
    [InlineData(IndicatorCode.P11, "−35%", "%")]
    public void A_rate_changes_in_percentage_points_everything_else_in_percent(IndicatorCode code, string text, string unit)
    {
        var change = FigureChange.Between(new Figure(code, FigureStatus.Ok, 6.5m, 1), new Figure(code, FigureStatus.Ok, 10m, 1));

        Assert.Equal(text, FigureFormat.Change(code, change));
        Assert.Equal(unit, ExportTables.ChangeUnit(code, culture: Language.Dutch));
    }
}
