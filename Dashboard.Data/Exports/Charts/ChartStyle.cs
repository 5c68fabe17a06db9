using SkiaSharp;

namespace Dashboard.Data.Exports.Charts;

/// <summary>
/// Sizes (in pixels of the 1200-wide screen layout) and colours of an exported chart, close to the chart card on
/// screen. Sized so that the print version, 21 cm wide, still reads: 15 px becomes 7.5 pt on paper.
/// </summary>
internal static class ChartStyle
{
    public const float Width = 1200;
    public const float MarginX = 32;
    public const float MarginTop = 26;
    public const float MarginBottom = 20;

    public const float TitleSize = 28;
    public const float SubtitleSize = 18;
    public const float AxisTitleSize = 16;
    public const float TickSize = 15;
    public const float CategorySize = 15;
    public const float DataLabelSize = 14;
    public const float LegendSize = 16;
    public const float SourceSize = 14;

    public const float LineWidth = 2.5f;
    public const float MarkerSize = 8;
    public const float MedianWidth = 2;
    public const float GridWidth = 1;

    public static readonly SKColor Background = SKColors.White;
    public static readonly SKColor Ink = SKColor.Parse("#1f2328");
    public static readonly SKColor Muted = SKColor.Parse("#3d4451");
    public static readonly SKColor Faint = SKColor.Parse("#5b6270");
    public static readonly SKColor Axis = SKColor.Parse("#8a919c");
    public static readonly SKColor Grid = SKColor.Parse("#e4e7ec");
}
