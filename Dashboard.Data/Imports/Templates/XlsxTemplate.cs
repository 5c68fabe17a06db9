using ClosedXML.Excel;

namespace Dashboard.Data.Imports.Templates;

/// <summary>
/// A template as an Excel workbook: the first sheet has the header row and the example row with real date,
/// number and text cells (codes stay text, so a code like 0612 keeps its leading zero); the second sheet,
/// "Toelichting", explains every column, its values and the rules of the import in Dutch.
/// Widths are set by hand: AdjustToContents (and AddPicture) need System.Drawing, absent on Linux.
/// </summary>
internal static class XlsxTemplate
{
    private const string DateFormat = "dd-mm-yyyy";
    private const string TextFormat = "@";

    public static void Write(ImportKind kind, TemplateExample example, Stream output)
    {
        using var workbook = new XLWorkbook();
        workbook.Properties.Author = "ImpactDashboard";
        var notes = ColumnNotes.For(kind);
        WriteData(workbook.Worksheets.Add(SheetName(kind)), notes, ExampleRow.For(kind, example));
        WriteExplanation(workbook.Worksheets.Add("Toelichting"), kind, example, notes);
        workbook.SaveAs(output);
    }

    private static string SheetName(ImportKind kind) => char.ToUpperInvariant(kind.Name()[0]) + kind.Name()[1..];

    private static void WriteData(IXLWorksheet sheet, IReadOnlyList<ColumnNote> notes, IReadOnlyList<TemplateCell> example)
    {
        for (var i = 0; i < notes.Count; i++)
        {
            var column = sheet.Column(i + 1);
            // The whole column, so that the rows an administrator adds get the same kind of cell as the example.
            if (notes[i].Content == ColumnContent.Text)
            {
                column.Style.NumberFormat.Format = TextFormat;
            }
            else if (notes[i].Content == ColumnContent.Date)
            {
                column.Style.DateFormat.Format = DateFormat;
            }
            sheet.Cell(1, i + 1).SetValue(notes[i].Column.Name);
            Write(sheet.Cell(2, i + 1), example[i]);
            column.Width = Math.Clamp(Math.Max(notes[i].Column.Name.Length, Length(example[i])) + 3, 10, 40);
        }
        sheet.Row(1).Style.Font.Bold = true;
        sheet.SheetView.FreezeRows(1);
    }

    private static void Write(IXLCell cell, TemplateCell value)
    {
        if (value.Text is { } text)
        {
            cell.SetValue(text);
            cell.DataType = XLDataType.Text;
        }
        else if (value.Number is { } number)
        {
            cell.SetValue((double)number);
            if (value.Decimals is { } decimals)
            {
                cell.Style.NumberFormat.Format = decimals > 0 ? "0." + new string('0', decimals) : "0";
            }
        }
        else if (value.Date is { } date)
        {
            cell.SetValue(date.ToDateTime(TimeOnly.MinValue));
            cell.Style.DateFormat.Format = DateFormat;
        }
    }

    private static int Length(TemplateCell cell) => cell.Text?.Length ?? (cell.Date is null ? 6 : DateFormat.Length);

    private static void WriteExplanation(IXLWorksheet sheet, ImportKind kind, TemplateExample example, IReadOnlyList<ColumnNote> notes)
    {
        var row = 1;
        sheet.Cell(row, 1).SetValue($"Toelichting bij het sjabloon '{kind.Name()}'");
        sheet.Cell(row, 1).Style.Font.Bold = true;
        sheet.Cell(row, 1).Style.Font.FontSize = 14;
        sheet.Cell(++row, 1).SetValue(TemplateRules.Rows(kind));
        sheet.Cell(++row, 1).SetValue(TemplateRules.Example(kind, example));

        row += 2;
        var headerRow = row;
        string[] headers = ["Kolom", "Engelse naam", "Verplicht", "Betekenis", "Toegestane waarde", "Betekenis van de waarde"];
        for (var i = 0; i < headers.Length; i++)
        {
            sheet.Cell(row, i + 1).SetValue(headers[i]);
        }
        sheet.Row(row).Style.Font.Bold = true;
        foreach (var note in notes)
        {
            row++;
            var first = row;
            sheet.Cell(row, 1).SetValue(note.Column.Name);
            sheet.Cell(row, 2).SetValue(note.Column.Alias);
            sheet.Cell(row, 3).SetValue(note.Required);
            sheet.Cell(row, 4).SetValue(note.Meaning);
            for (var v = 0; v < note.Values.Count; v++)
            {
                row = first + v;
                Text(sheet.Cell(row, 5), note.Values[v].Value);
                sheet.Cell(row, 6).SetValue(note.Values[v].Label);
            }
            sheet.Range(first, 1, first, 6).Style.Border.TopBorder = XLBorderStyleValues.Thin;
        }
        var table = sheet.Range(headerRow, 1, row, 6);
        table.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        sheet.Range(headerRow + 1, 4, row, 4).Style.Alignment.WrapText = true;

        row += 2;
        sheet.Cell(row, 1).SetValue("Regels");
        sheet.Cell(row, 1).Style.Font.Bold = true;
        var rulesRow = row + 1;
        foreach (var rule in TemplateRules.For(kind).Concat(TemplateRules.General))
        {
            sheet.Cell(++row, 1).SetValue(rule.Topic);
            sheet.Cell(row, 4).SetValue(rule.Text);
        }
        sheet.Range(rulesRow, 1, row, 4).Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        sheet.Range(rulesRow, 4, row, 4).Style.Alignment.WrapText = true;

        sheet.Column(1).Width = 20;
        sheet.Column(2).Width = 18;
        sheet.Column(3).Width = 22;
        sheet.Column(4).Width = 70;
        sheet.Column(5).Width = 22;
        sheet.Column(6).Width = 40;
    }

    /// <summary>A value such as a ladder step "3" stays the text it is, not a number Excel would right-align.</summary>
    private static void Text(IXLCell cell, string value)
    {
        cell.SetValue(value);
        cell.DataType = XLDataType.Text;
    }
}
