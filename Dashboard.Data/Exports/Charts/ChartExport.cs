using System.Globalization;
using System.Text;
using Dashboard.Data.Figures.Views;
using SkiaSharp;

namespace Dashboard.Data.Exports.Charts;

/// <summary>
/// A chart as a file for a funding proposal or a report (docs/weergave-en-export.md#png-en-svg): PNG at one of the <see cref="ChartSize"/>s, or SVG.
/// Drawn from the same <see cref="ChartDescription"/> as the chart card on screen, with its title, the subtitle that
/// states the filter and period, the legend and the source line; words and numbers in the culture given, as
/// the screen writes them; hidden values as marked gaps, never as zeros (docs/indicatoren.md#afscherming).
/// </summary>
public static class ChartExport
{
    public static byte[] Png(ChartDescription chart, ChartSize size, CultureInfo culture)
    {
        var info = new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info) ?? throw new InvalidOperationException($"no drawing surface for {size}");
        var canvas = surface.Canvas;
        canvas.Clear(ChartStyle.Background);
        canvas.Scale(size.Scale);
        new ChartPainter(chart, culture).Paint(canvas, size.Height / size.Scale);
        using var pixels = surface.PeekPixels();
        // Skia's default (every filter tried per row, zlib 6) takes five times as long for a file a quarter smaller.
        using var png = pixels.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.Sub, 3))
            ?? throw new InvalidOperationException("the chart could not be encoded as PNG");
        return size.Dpi is { } dpi ? PngDensity.WithDpi(png.ToArray(), dpi) : png.ToArray();
    }

    /// <summary>The chart as an SVG document of the screen size (1200 × 675), its texts kept as text.</summary>
    public static string Svg(ChartDescription chart, CultureInfo culture)
    {
        var size = ChartSize.Screen;
        using var stream = new MemoryStream();
        using (var skStream = new SKManagedWStream(stream))
        using (var canvas = SKSvgCanvas.Create(SKRect.Create(size.Width, size.Height), skStream))
        {
            new ChartPainter(chart, culture).Paint(canvas, size.Height);
        }
        return ChartSvg.Finish(Encoding.UTF8.GetString(stream.ToArray()), chart, culture);
    }
}
