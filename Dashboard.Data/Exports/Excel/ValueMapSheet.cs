using ClosedXML.Excel;
using Dashboard.Data.Exports.Tables;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Results;

namespace Dashboard.Data.Exports.Excel;

/// <summary>
/// The "Waardekaart" sheet (docs/weergave-en-export.md#excel-en-csv): the label that the value is indicative (and, until
/// the map is confirmed, based on example values), the value map as an SROI value map with W1 as its total
/// (<see cref="ValueMapTable"/>), then the discount rate with its source, the gross value W4, the investment W2 and the
/// return W3 with its range W3L–W3H — each figure as the other sheets show it, a word where it has no value.
/// </summary>
internal static class ValueMapSheet
{
    private const int HeaderRow = 5;
    private const int ValueColumn = 4;
    private const int NoteColumn = 6;

    private static readonly IndicatorCode[] Figures =
        [IndicatorCode.W4, IndicatorCode.W2, IndicatorCode.W3, IndicatorCode.W3L, IndicatorCode.W3H];

    public static void Write(IXLWorksheet sheet, ExportDocument document, IndicatorGroup group)
    {
        var culture = document.Culture;
        var k = document.Settings.SmallCellK;
        var table = ValueMapTable.Build(group, k, culture);
        var map = group.Value!.Map;
        ExcelExport.Text(sheet.Cell(1, 1), table.Title).Style.Font.SetBold().Font.SetFontSize(14);
        ExcelExport.Text(sheet.Cell(2, 1), document.FilterText);
        ExcelExport.Text(sheet.Cell(3, 1), ValueMapTable.Label(map, culture)).Style.Font.SetBold().Font.SetFontColor(XLColor.FromHtml("#B71C1C"));
        var row = ExcelExport.WriteTable(sheet, table, HeaderRow);
        sheet.Row(row - 1).Style.Font.Bold = true;
        sheet.Row(HeaderRow).Height = 32;
        sheet.SheetView.FreezeRows(HeaderRow);

        row++;
        void Line(string label, ExportCell value, ExportColumn column, string? note = null)
        {
            // The label runs on over the two empty cells beside it; the value stands in the quantity column, a note in the source column.
            ExcelExport.Text(sheet.Cell(row, 1), label).Style.Font.Bold = true;
            ExcelExport.Value(sheet.Cell(row, ValueColumn), value, column);
            if (note is not null)
            {
                ExcelExport.Text(sheet.Cell(row, NoteColumn), note);
            }
            row++;
        }
        Line(ExportTexts.Get("ValueMap.DiscountRate", culture), ExportCell.Of(map.DiscountRatePct), new ExportColumn("", true, "%", 2),
            ExportTexts.Format("ValueMap.Source", culture, map.DiscountRateSource));
        foreach (var code in Figures)
        {
            var indicator = IndicatorCatalogue.Get(code);
            Line($"{code} {indicator.Name(culture)}", ExportTables.Cell(group[code], k, culture),
                new ExportColumn("", true, indicator.Unit(culture), ExportTables.Decimals(code)), indicator.Unit(culture));
        }
    }
}
