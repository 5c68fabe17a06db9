using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Dashboard.Data.Exports.Reports;

/// <summary>
/// A <see cref="ReportTable"/> as a Word table in the style Table Grid, as wide as the text, its columns in the given
/// proportions and fixed, so Word does not resize them to the content. The header row repeats on every page a table
/// spans, and no row is split across two pages.
/// </summary>
internal static class WordTable
{
    public static Table Create(ReportTable table, int textWidth)
    {
        var columns = table.Header.Count;
        if (columns == 0)
        {
            throw new ArgumentException("A table needs at least one column: Word cannot open a table without cells.", nameof(table));
        }
        var widths = Widths(table.Widths, columns, textWidth);
        var word = new Table(
            new TableProperties
            {
                TableStyle = new TableStyle { Val = WordStyles.TableGrid },
                TableWidth = new TableWidth { Width = $"{textWidth}", Type = TableWidthUnitValues.Dxa },
                TableLayout = new TableLayout { Type = TableLayoutValues.Fixed },
                TableLook = new TableLook { Val = "04A0", FirstRow = true, FirstColumn = false, LastRow = false, LastColumn = false, NoHorizontalBand = true, NoVerticalBand = true },
            },
            new TableGrid(widths.Select(w => new GridColumn { Width = $"{w}" })));
        word.AppendChild(Row(table.Header, table.Numeric, widths, header: true));
        foreach (var row in table.Rows)
        {
            word.AppendChild(Row(row, table.Numeric, widths, header: false));
        }
        return word;
    }

    /// <summary>
    /// The columns' widths in twips, in proportion to <paramref name="relative"/> and adding up to the text width; equal
    /// when the relative widths do not fit the columns (a count that differs, a width that is not a positive number).
    /// </summary>
    public static int[] Widths(IReadOnlyList<double> relative, int columns, int textWidth)
    {
        var usable = relative.Count == columns && relative.All(w => double.IsFinite(w) && w > 0);
        var total = usable ? relative.Sum() : columns;
        var widths = new int[columns];
        var given = 0;
        for (var i = 0; i < columns; i++)
        {
            widths[i] = i == columns - 1 ? textWidth - given : (int)Math.Round((usable ? relative[i] : 1) / total * textWidth);
            given += widths[i];
        }
        return widths;
    }

    /// <summary>A row with a cell per column: missing cells are written empty, cells beyond the header left out.</summary>
    private static TableRow Row(IReadOnlyList<string> cells, IReadOnlyList<bool> numeric, int[] widths, bool header)
    {
        var properties = new TableRowProperties(new CantSplit());
        if (header)
        {
            properties.AppendChild(new TableHeader());
        }
        var row = new TableRow(properties);
        for (var i = 0; i < widths.Length; i++)
        {
            row.AppendChild(Cell(i < cells.Count ? cells[i] : "", i < numeric.Count && numeric[i], widths[i], header));
        }
        return row;
    }

    private static TableCell Cell(string text, bool numeric, int width, bool header)
    {
        var properties = new TableCellProperties(new TableCellWidth { Width = $"{width}", Type = TableWidthUnitValues.Dxa });
        if (header)
        {
            properties.AppendChild(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = WordStyles.PaleIndigo });
        }
        var paragraph = new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = WordStyles.TableText } };
        if (numeric)
        {
            paragraph.Justification = new Justification { Val = JustificationValues.Right };
        }
        if (header)
        {
            paragraph.KeepNext = new KeepNext();
        }
        return new TableCell(properties, new Paragraph(paragraph, WordText.Run(text, bold: header)));
    }
}
