using System.Globalization;
using Dashboard.Data.Figures.Views;
using SkiaSharp;

namespace Dashboard.Data.Exports.Charts;

/// <summary>
/// The plot of a sector position (docs/weergave-en-export.md#sectorvergelijking), between the subtitle and the source line:
/// the sentence, then a box from P25 to P75 with the median and the own value marked "uw organisatie", and a legend with
/// their values. Its scale runs over the quartiles and the own value only — never another organisation's minimum or
/// maximum. Without a box (too few organisations, not taking part) only the sentence with its reason.
/// </summary>
internal sealed class DistributionPainter(DistributionChart chart, CultureInfo culture, ChartTextStyles text)
{
    private const float BoxHeight = 72;
    private const float OwnWidth = 12;

    private static readonly SKColor BoxColor = SKColor.Parse(ChartPalette.For(0));
    private static readonly SKColor OwnColor = SKColor.Parse(ChartPalette.For(5));
    private static readonly SKColor MedianColor = SKColor.Parse(ChartPalette.Median);

    public void Paint(SKCanvas canvas, SKRect region)
    {
        var sentence = text.Legend.Wrap(chart.Sentence, region.Width, maxLines: 3);
        if (chart.Box is not { } box)
        {
            var top = region.MidY - sentence.Count * text.Message.LineHeight / 2;
            text.Message.Draw(canvas, text.Message.Wrap(chart.Sentence, region.Width, maxLines: 3), region.MidX, top, SKTextAlign.Center);
            return;
        }
        text.Legend.Draw(canvas, sentence, region.Left, region.Top);

        var legend = new ChartLegend(LegendItems(box), text.Legend);
        var legendTop = region.Bottom - legend.Height(region.Width);
        legend.Draw(canvas, region.Left, legendTop, region.Width);

        var plotTop = region.Top + sentence.Count * text.Legend.LineHeight + 16;
        var plotBottom = legendTop - 16;
        var middle = (plotTop + plotBottom) / 2 - text.Tick.LineHeight / 2;
        var left = region.Left + 24;
        var right = region.Right - 24;
        var x = Scale(box, left, right);

        using var axis = new SKPaint { Color = ChartStyle.Axis, StrokeWidth = 1, IsAntialias = true };
        canvas.DrawLine(left, middle, right, middle, axis);

        var boxRect = new SKRect(x(box.P25), middle - BoxHeight / 2, Math.Max(x(box.P75), x(box.P25) + 2), middle + BoxHeight / 2);
        using (var fill = new SKPaint { Color = BoxColor.WithAlpha(0x55), IsAntialias = true })
        using (var stroke = new SKPaint { Color = BoxColor, IsStroke = true, StrokeWidth = 2, IsAntialias = true })
        {
            canvas.DrawRect(boxRect, fill);
            canvas.DrawRect(boxRect, stroke);
        }
        // Dashed, as the legend and every other exported chart draw a median.
        using (var dashes = SKPathEffect.CreateDash([8, 5], 0))
        using (var median = new SKPaint { Color = MedianColor, StrokeWidth = 4, IsAntialias = true, PathEffect = dashes })
        {
            canvas.DrawLine(x(box.Median), boxRect.Top - 6, x(box.Median), boxRect.Bottom + 6, median);
        }

        // The quartiles under the box; the median a line lower, so close values do not run into each other.
        var below = boxRect.Bottom + 10;
        var p25Width = text.Tick.Measure(box.P25Label);
        var apart = x(box.P75) - x(box.P25) >= (p25Width + text.Tick.Measure(box.P75Label)) / 2 + 12;
        text.Tick.Draw(canvas, box.P25Label, x(box.P25), below, apart ? SKTextAlign.Center : SKTextAlign.Right);
        text.Tick.Draw(canvas, box.P75Label, x(box.P75), below, apart ? SKTextAlign.Center : SKTextAlign.Left);
        var medianLabel = $"{ExportTexts.Get("Sector.Median", culture)} {box.MedianLabel}";
        text.Tick.Draw(canvas, medianLabel, Clamp(x(box.Median), text.Tick.Measure(medianLabel), region), below + text.Tick.LineHeight + 2,
            SKTextAlign.Center);

        if (box.Own is { } own && box.OwnLabel is { } ownLabel)
        {
            var at = x(own);
            var marker = new SKRect(at - OwnWidth / 2, boxRect.Top - 22, at + OwnWidth / 2, boxRect.Bottom + 22);
            using var paint = new SKPaint { Color = OwnColor, IsAntialias = true };
            canvas.DrawRoundRect(marker, 4, 4, paint);
            var label = $"{ExportTexts.Get("Sector.Own", culture)}: {ownLabel}";
            var style = text.DataLabel;
            style.DrawOn(ChartStyle.Background, canvas, label, Clamp(at, style.Measure(label), region), marker.Top - 4 - style.LineHeight, SKTextAlign.Center);
        }
    }

    /// <summary>From the lowest to the highest of the quartiles and the own value, with room on both sides.</summary>
    private static Func<decimal, float> Scale(DistributionBox box, float left, float right)
    {
        var values = new List<decimal> { box.P25, box.Median, box.P75 };
        if (box.Own is { } own)
        {
            values.Add(own);
        }
        var (low, high) = ((double)values.Min(), (double)values.Max());
        var span = high - low;
        var pad = span > 0 ? span * 0.15 : Math.Max(Math.Abs(low) * 0.1, 1);
        (low, high) = (low - pad, high + pad);
        return value => left + (float)(((double)value - low) / (high - low)) * (right - left);
    }

    /// <summary>A centred label's centre, moved in so the label stays inside the region.</summary>
    private static float Clamp(float centre, float width, SKRect region) =>
        Math.Clamp(centre, region.Left + width / 2, Math.Max(region.Left + width / 2, region.Right - width / 2));

    private List<LegendItem> LegendItems(DistributionBox box)
    {
        var items = new List<LegendItem>
        {
            new(LegendSymbol.Bar, BoxColor, $"{ExportTexts.Get("Sector.Box", culture)} ({box.P25Label} – {box.P75Label})"),
            new(LegendSymbol.Median, MedianColor, $"{ExportTexts.Get("Sector.Median", culture)}: {box.MedianLabel}"),
        };
        if (box.OwnLabel is { } own)
        {
            items.Add(new LegendItem(LegendSymbol.Bar, OwnColor, $"{ExportTexts.Get("Sector.Own", culture)}: {own}"));
        }
        return items;
    }
}
