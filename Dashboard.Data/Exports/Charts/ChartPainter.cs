using System.Globalization;
using Dashboard.Data.Domain;
using Dashboard.Data.Figures.Explaining;
using Dashboard.Data.Figures.Views;
using SkiaSharp;

namespace Dashboard.Data.Exports.Charts;

/// <summary>
/// Draws a whole exported chart on a canvas laid out as the 1200-pixel-wide screen version: the title (semibold) and
/// the subtitle with the filter and period in words on top, the plot, then the legend and the source line at the
/// bottom left — the chart card of the screen as one picture.
/// </summary>
internal sealed class ChartPainter(ChartDescription chart, CultureInfo culture)
{
    public void Paint(SKCanvas canvas, float height)
    {
        using var text = new ChartTextStyles();
        using (var background = new SKPaint { Color = ChartStyle.Background })
        {
            canvas.DrawRect(0, 0, ChartStyle.Width, height, background);
        }
        var left = ChartStyle.MarginX;
        var width = ChartStyle.Width - 2 * ChartStyle.MarginX;

        var top = ChartStyle.MarginTop;
        var title = text.Title.Wrap(chart.Title, width, maxLines: 2);
        text.Title.Draw(canvas, title, left, top);
        top += title.Count * text.Title.LineHeight + 2;
        if (!string.IsNullOrWhiteSpace(chart.Subtitle))
        {
            var subtitle = text.Subtitle.Wrap(chart.Subtitle, width, maxLines: 3);
            text.Subtitle.Draw(canvas, subtitle, left, top);
            top += subtitle.Count * text.Subtitle.LineHeight;
        }
        top += 18;

        var source = text.Source.Wrap(chart.SourceLine, width, maxLines: 2);
        var sourceTop = height - ChartStyle.MarginBottom - source.Count * text.Source.LineHeight;
        text.Source.Draw(canvas, source, left, sourceTop);

        if (chart.Distribution is { } distribution)
        {
            new DistributionPainter(distribution, culture, text).Paint(canvas, new SKRect(left, top, left + width, sourceTop - 12));
            return;
        }
        if (chart.Categories.Count == 0)
        {
            var message = ExportTexts.Get("Chart.NoData", culture);
            text.Message.Draw(canvas, message, ChartStyle.Width / 2, (top + sourceTop - text.Message.LineHeight) / 2, SKTextAlign.Center);
            return;
        }

        var legend = new ChartLegend(LegendItems(), text.Legend);
        var legendTop = sourceTop - 12 - legend.Height(width);
        legend.Draw(canvas, left, legendTop, width);

        new PlotPainter(chart, culture, text).Paint(canvas, new SKRect(left, top, left + width, legendTop - 14), height);
    }

    /// <summary>As on the chart card: the series, "mediaan: …" and "⊘ afgeschermd ter bescherming van de privacy".</summary>
    private List<LegendItem> LegendItems()
    {
        var symbol = chart.Kind == ChartKind.Line ? LegendSymbol.Line : LegendSymbol.Bar;
        var items = chart.Series.Select((s, i) => new LegendItem(symbol, SKColor.Parse(ChartPalette.For(i)), Ellipsis.Name(s.Name))).ToList();
        if (chart.Median is { } median)
        {
            var label = chart.MedianLabel ?? FigureTexts.Get("Chart.Median", culture);
            items.Add(new LegendItem(LegendSymbol.Median, SKColor.Parse(ChartPalette.Median), $"{label}: {ValueScale.Label(chart.Indicator, median, culture)}"));
        }
        if (chart.HasHiddenValues)
        {
            items.Add(new LegendItem(LegendSymbol.Hidden, ChartStyle.Muted, HiddenNote(culture)));
        }
        return items;
    }

    /// <summary>The legend's note on hidden values, without its ⊘ (drawn as a mark).</summary>
    public static string HiddenNote(CultureInfo culture) =>
        ExportTexts.Get("Chart.HiddenNote", culture);
}
