namespace Dashboard.Data.Figures.Views;

/// <summary>
/// The Okabe–Ito palette: distinguishable with every common form of colour blindness. Both renderers take
/// their colours from here, so the screen and the export look alike.
/// </summary>
public static class ChartPalette
{
    /// <summary>The yellow comes last: it is faint on white, so only an eighth series uses it.</summary>
    public static readonly IReadOnlyList<string> Series = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#000000", "#F0E442"];

    /// <summary>The median line: a dark neutral that no series uses.</summary>
    public const string Median = "#444444";

    /// <summary>An annotation's mark and line (docs/weergave-en-export.md#gebeurtenissen): a dark purple that no series uses.</summary>
    public const string Annotation = "#6A3D9A";

    public static string For(int seriesIndex) => Series[seriesIndex % Series.Count];

    /// <summary>A waterfall's bar: a level (the first and the last) in the first series' blue, a gain green, a loss vermilion.</summary>
    public static string Step(ChartDescription chart, int point)
    {
        var points = chart.Series[0].Points;
        return point == 0 || point == points.Count - 1 ? Series[0]
            : points[point].Value >= 0 ? Series[2]
            : Series[5];
    }
}
