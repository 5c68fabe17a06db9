using ScottPlot;
using SkiaSharp;

namespace Dashboard.Data.Exports.Charts;

/// <summary>
/// The legend below the plot, as on the chart card: the series, the median with its value and the note on hidden
/// values, side by side and on to a next line where the width runs out.
/// </summary>
internal sealed class ChartLegend(IReadOnlyList<LegendItem> items, TextStyle style)
{
    private const float SymbolWidth = 26;
    private const float SymbolGap = 8;
    private const float ItemGap = 28;

    public float Height(float width) => items.Count == 0 ? 0 : Rows(width).Count * style.LineHeight;

    public void Draw(SKCanvas canvas, float left, float top, float width)
    {
        var rows = Rows(width);
        for (var r = 0; r < rows.Count; r++)
        {
            var x = left;
            var y = top + r * style.LineHeight;
            foreach (var (item, lines) in rows[r])
            {
                DrawSymbol(canvas, item, x, y + style.LineHeight / 2);
                var textLeft = x + SymbolWidth + SymbolGap;
                style.Draw(canvas, lines, textLeft, y);
                x = textLeft + lines.Max(style.Measure) + ItemGap;
            }
        }
    }

    /// <summary>The items in rows; an item wider than the whole width wraps (and then stands alone on its rows).</summary>
    private List<List<(LegendItem Item, IReadOnlyList<string> Lines)>> Rows(float width)
    {
        var rows = new List<List<(LegendItem, IReadOnlyList<string>)>> { new() };
        var used = 0f;
        foreach (var item in items)
        {
            var lines = style.Wrap(item.Text, width - SymbolWidth - SymbolGap, maxLines: 2);
            var itemWidth = SymbolWidth + SymbolGap + lines.Max(style.Measure);
            if (rows[^1].Count > 0 && (used + itemWidth > width || lines.Count > 1))
            {
                rows.Add([]);
                used = 0;
            }
            rows[^1].Add((item, lines));
            for (var extra = 1; extra < lines.Count; extra++)
            {
                rows.Add([]);
            }
            used = lines.Count > 1 ? width : used + itemWidth + ItemGap;
        }
        return rows;
    }

    private void DrawSymbol(SKCanvas canvas, LegendItem item, float left, float middle)
    {
        using var paint = new SKPaint { Color = item.Color, IsAntialias = true };
        switch (item.Symbol)
        {
            case LegendSymbol.Bar:
                var side = style.Size * 0.85f;
                canvas.DrawRoundRect(SKRect.Create(left + (SymbolWidth - side) / 2, middle - side / 2, side, side), 2, 2, paint);
                break;
            case LegendSymbol.Line:
                paint.IsStroke = true;
                paint.StrokeWidth = ChartStyle.LineWidth;
                canvas.DrawLine(left, middle, left + SymbolWidth, middle, paint);
                paint.IsStroke = false;
                canvas.DrawCircle(left + SymbolWidth / 2, middle, ChartStyle.MarkerSize / 2, paint);
                break;
            case LegendSymbol.Median:
                paint.IsStroke = true;
                paint.StrokeWidth = ChartStyle.MedianWidth;
                using (var dashes = LinePattern.Dashed.GetPathEffect())
                {
                    paint.PathEffect = dashes;
                    canvas.DrawLine(left, middle, left + SymbolWidth, middle, paint);
                }
                break;
            case LegendSymbol.Hidden:
                HiddenMark.Draw(canvas, left + SymbolWidth / 2, middle, HiddenMark.Width(style.Size), item.Color);
                break;
        }
    }
}
