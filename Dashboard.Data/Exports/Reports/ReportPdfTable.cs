using Dashboard.Data.Exports.Factsheets;
using PdfSharp.Drawing;
using static Dashboard.Data.Exports.Reports.ReportPdfStyle;

namespace Dashboard.Data.Exports.Reports;

/// <summary>
/// A report table on the page (docs/funderrapport.md): columns as wide as their relative widths scaled to the text width,
/// cells wrapped within their column, numeric columns right-aligned, the header row on a pale indigo ground. It breaks
/// between rows and repeats its header row on the next page. A cell is never taller than a page can hold: what does not
/// fit ends in an ellipsis, so a row always fits a fresh page.
/// </summary>
internal sealed class ReportPdfTable
{
    private const double PaddingX = 4;
    private const double PaddingY = 3.5;
    private const int HeaderLines = 4;

    private readonly ReportPdfLayout _layout;
    private readonly ReportPdfText _cell = new(Font(9.5), Ink, 12.5);
    private readonly ReportPdfText _head = new(Font(9.5, bold: true), IndigoDark, 12.5);
    private readonly double[] _widths;
    private readonly bool[] _numeric;
    private readonly Row? _header;
    private readonly List<Row> _rows;

    public ReportPdfTable(ReportPdfLayout layout, ReportTable table)
    {
        _layout = layout;
        var columns = Math.Max(table.Header.Count, table.Rows.Count == 0 ? 0 : table.Rows.Max(r => r.Count));
        _widths = Widths(table.Widths, columns);
        _numeric = [.. Enumerable.Range(0, columns).Select(c => c < table.Numeric.Count && table.Numeric[c])];
        _header = table.Header.Count == 0 ? null : Measure(table.Header, _head, HeaderLines);
        var rowLines = Math.Max(1, (int)((ReportPdfLayout.PageRoom - (_header?.Height ?? 0) - 2 * PaddingY) / _cell.Leading));
        _rows = [.. table.Rows.Select(row => Measure(row, _cell, rowLines))];
    }

    /// <summary>What must share a page with a heading above the table: the header row and the first row.</summary>
    public double FirstHeight => (_header?.Height ?? 0) + (_rows.Count > 0 ? _rows[0].Height : 0);

    public void Draw()
    {
        if (_widths.Length == 0)
        {
            return;
        }
        _layout.Keep(FirstHeight);
        DrawHeader();
        foreach (var row in _rows)
        {
            if (_layout.Y + row.Height > ReportPdfLayout.Bottom)
            {
                _layout.NewPage();
                DrawHeader();
            }
            DrawRow(row, _cell);
            _layout.Line(Rule, ReportPdfLayout.Margin, _layout.Y, ReportPdfLayout.Margin + ReportPdfLayout.Width, _layout.Y);
        }
    }

    private void DrawHeader()
    {
        if (_header is null)
        {
            return;
        }
        _layout.Fill(IndigoPale, ReportPdfLayout.Margin, _layout.Y, ReportPdfLayout.Width, _header.Height);
        DrawRow(_header, _head);
        _layout.Line(HeaderRule, ReportPdfLayout.Margin, _layout.Y, ReportPdfLayout.Margin + ReportPdfLayout.Width, _layout.Y);
    }

    private void DrawRow(Row row, ReportPdfText style)
    {
        var x = ReportPdfLayout.Margin;
        for (var c = 0; c < _widths.Length; c++)
        {
            var inner = _widths[c] - 2 * PaddingX;
            var lines = row.Cells[c];
            for (var i = 0; i < lines.Count; i++)
            {
                var shift = _numeric[c] ? inner - lines[i].Width : 0;
                TextLayout.Draw(_layout.Graphics, [lines[i]], x + PaddingX + shift, _layout.Y + PaddingY + i * style.Leading + style.Baseline, style.Leading);
            }
            x += _widths[c];
        }
        _layout.Advance(row.Height);
    }

    private Row Measure(IReadOnlyList<string> cells, ReportPdfText style, int maxLines)
    {
        var lines = new List<IReadOnlyList<TextLine>>(_widths.Length);
        for (var c = 0; c < _widths.Length; c++)
        {
            var text = c < cells.Count ? cells[c] : "";
            lines.Add(_layout.Text.Wrap(text, style.Font, style.Brush, Math.Max(1, _widths[c] - 2 * PaddingX), maxLines));
        }
        var height = Math.Max(1, lines.Select(l => l.Count).DefaultIfEmpty(0).Max()) * style.Leading + 2 * PaddingY;
        return new Row(lines, height);
    }

    /// <summary>The columns' widths on the page: the relative widths scaled to the text width, equal where they are missing or not positive.</summary>
    private static double[] Widths(IReadOnlyList<double> relative, int columns)
    {
        if (columns == 0)
        {
            return [];
        }
        var usable = Enumerable.Range(0, columns)
            .Select(c => c < relative.Count && double.IsFinite(relative[c]) && relative[c] > 0 ? relative[c] : double.NaN).ToArray();
        var known = usable.Where(double.IsFinite).ToList();
        var fallback = known.Count == 0 ? 1 : known.Average();
        var filled = usable.Select(w => double.IsFinite(w) ? w : fallback).ToArray();
        var total = filled.Sum();
        return [.. filled.Select(w => w / total * ReportPdfLayout.Width)];
    }

    private sealed record Row(IReadOnlyList<IReadOnlyList<TextLine>> Cells, double Height);
}
