using System.Globalization;
using ClosedXML.Excel;
using Dashboard.Data.Administration;
using Dashboard.Data.Domain;
using Dashboard.Data.Exports.Tables;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Settings;

namespace Dashboard.Data.Exports.Excel;

/// <summary>
/// The figures as an Excel workbook (docs/weergave-en-export.md#excel-en-csv): a figures sheet with real numbers and number formats (hidden values
/// as the text "&lt;5"), where the social value applies the value map (<see cref="ValueMapSheet"/>), a sheet with the
/// filter, the export date, the definitions and the settings and sources behind them, and the chart as a picture. Column widths are set by hand: ClosedXML's AdjustToContents needs
/// System.Drawing.
/// </summary>
public static class ExcelExport
{
    private const double CharacterWidth = 1.1;
    private const int MaxCellText = 32_767;

    public static byte[] Write(ExportDocument document, byte[]? chartPng = null, int chartWidth = 1200, int chartHeight = 675)
    {
        var culture = document.Culture;
        using var workbook = new XLWorkbook();
        var figures = workbook.Worksheets.Add(ExportTexts.Get("Sheet.Figures", culture));
        WriteFigures(figures, document);
        if (document.SocialValue is { } group)
        {
            ValueMapSheet.Write(workbook.Worksheets.Add(ExportTexts.Get("Sheet.ValueMap", culture)), document, group);
        }
        WriteExplanation(workbook.Worksheets.Add(ExportTexts.Get("Sheet.Explanation", culture)), document);
        var chartSheet = chartPng is null ? null : workbook.Worksheets.Add(ExportTexts.Get("Sheet.Chart", culture));
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        if (chartSheet is not null)
        {
            stream.Position = 0;
            WorkbookPicture.Add(stream, chartSheet.Name, chartPng!, chartWidth, chartHeight, name: document.Chart?.Title ?? "Grafiek");
        }
        return stream.ToArray();
    }

    private static void WriteFigures(IXLWorksheet sheet, ExportDocument document)
    {
        var table = document.Table;
        Text(sheet.Cell(1, 1), table.Title);
        sheet.Cell(1, 1).Style.Font.Bold = true;
        sheet.Cell(1, 1).Style.Font.FontSize = 14;
        Text(sheet.Cell(2, 1), document.FilterText);
        Text(sheet.Cell(3, 1), document.SourceLine);
        sheet.Cell(3, 1).Style.Font.FontColor = XLColor.FromHtml("#4A5160");
        const int headerRow = 5;
        WriteTable(sheet, table, headerRow);
        sheet.SheetView.FreezeRows(headerRow);
        sheet.Row(headerRow).Height = 32;
    }

    /// <summary>The table's header row at <paramref name="headerRow"/>, its rows under it, and its column widths; returns the row after its last.</summary>
    internal static int WriteTable(IXLWorksheet sheet, ExportTable table, int headerRow)
    {
        for (var c = 0; c < table.Columns.Count; c++)
        {
            var header = sheet.Cell(headerRow, c + 1);
            Text(header, table.Columns[c].Title);
            header.Style.Font.Bold = true;
            header.Style.Fill.BackgroundColor = XLColor.FromHtml("#E4E9F7");
            header.Style.Alignment.WrapText = true;
        }
        for (var r = 0; r < table.Rows.Count; r++)
        {
            for (var c = 0; c < table.Columns.Count; c++)
            {
                Value(sheet.Cell(headerRow + 1 + r, c + 1), table.Rows[r][c], table.Columns[c]);
            }
        }
        for (var c = 0; c < table.Columns.Count; c++)
        {
            var longest = table.Rows.Select(r => Display(r[c])).Append(c == 0 ? "" : table.Columns[c].Header).Max(t => t.Length);
            sheet.Column(c + 1).Width = Math.Clamp(longest * CharacterWidth + 2, c == 0 ? 14 : 10, 60);
        }
        return headerRow + 1 + table.Rows.Count;
    }

    /// <summary>A number with the column's decimals as its number format, or the cell's text (a figure's words right-aligned in italics in a numeric column).</summary>
    internal static void Value(IXLCell cell, ExportCell value, ExportColumn column)
    {
        if (value.Number is { } number)
        {
            cell.Value = number;
            cell.Style.NumberFormat.Format = column.Decimals == 0 ? "#,##0" : "#,##0." + new string('0', column.Decimals);
        }
        else
        {
            Text(cell, value.Text ?? string.Empty);
            if (column.Numeric)
            {
                cell.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Right;
                cell.Style.Font.Italic = true;
            }
        }
    }

    private static void WriteExplanation(IXLWorksheet sheet, ExportDocument document)
    {
        var culture = document.Culture;
        var row = 1;
        void Line(string label, string text, bool bold = false)
        {
            Text(sheet.Cell(row, 1), label);
            Text(sheet.Cell(row, 2), text);
            sheet.Cell(row, 1).Style.Font.Bold = true;
            sheet.Cell(row, 2).Style.Font.Bold = bold;
            sheet.Cell(row, 2).Style.Alignment.WrapText = true;
            row++;
        }
        Line(ExportTexts.Get("Explanation.Selection", culture), document.FilterText);
        Line(ExportTexts.Get("Explanation.Exported", culture), document.ExportedOn.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture));
        Line(ExportTexts.Get("Explanation.Source", culture), document.SourceLine);
        foreach (var (label, text) in document.Notes)
        {
            Line(label, text);
        }
        row++;
        Text(sheet.Cell(row++, 1), ExportTexts.Get("Explanation.Definitions", culture)).Style.Font.Bold = true;
        foreach (var code in document.Indicators)
        {
            var indicator = IndicatorCatalogue.Get(code);
            Line(ExportColumn.WithUnit($"{code} {indicator.Name(culture)}", indicator.Unit(culture)), indicator.Definition(culture));
        }
        row++;
        Text(sheet.Cell(row++, 1), ExportTexts.Get("Explanation.SettingsAndSources", culture)).Style.Font.Bold = true;
        var settings = document.Settings;
        if (document.Profile == ViewerProfile.Protected)
        {
            Line(ExportTexts.Get("Explanation.SmallCells", culture),
                ExportTexts.Format("Explanation.SmallCellsRule", culture, settings.SmallCellK - 1, settings.SmallCellK));
            Line(ExportTexts.Get("Explanation.Perturbation", culture), ExportTexts.Get("Explanation.PerturbationRule", culture));
        }
        else
        {
            Line(ExportTexts.Get("Explanation.SmallCells", culture), ExportTexts.Get("Explanation.ExactRule", culture));
        }
        Line(ExportTexts.Get("Explanation.FteHours", culture), ExportTexts.Format("Explanation.FteHoursRule", culture, settings.FteHoursPerWeek));
        foreach (var category in settings.Categories.Values.Where(c => IndicatorSettings.IsReuse(c.Category)))
        {
            Line(CodeLabels.Label(Codes.SalesCategories, category.Category, culture),
                ExportTexts.Format("Explanation.Category", culture, category.Co2Factor, category.Co2Source, category.AverageWeightKg, category.WeightSource));
        }
        sheet.Column(1).Width = 42;
        sheet.Column(2).Width = 110;
    }

    /// <summary>
    /// A text cell that stays text: "0612" is a code, not the number 612. Beyond Excel's own limit of 32,767
    /// characters a cell is shortened with "…" (ClosedXML refuses more); the CSV holds the whole text.
    /// </summary>
    internal static IXLCell Text(IXLCell cell, string text)
    {
        cell.Style.NumberFormat.Format = "@";
        cell.SetValue(Ellipsis.Shorten(text, MaxCellText));
        cell.DataType = XLDataType.Text;
        return cell;
    }

    private static string Display(ExportCell cell) =>
        cell.Number?.ToString("N2", CultureInfo.InvariantCulture) ?? cell.Text ?? string.Empty;
}
