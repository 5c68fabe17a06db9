using Dashboard.Data.Figures.Results;

namespace Dashboard.Data.Figures.Views;

public enum ChartKind
{
    /// <summary>Groups side by side: stores, practices, target groups.</summary>
    Bar,

    /// <summary>A trend through months, quarters or years.</summary>
    Line,

    /// <summary>
    /// Steps from a first total to a last one (the social value from gross to present value): the first and last points are
    /// levels, those between signed steps, each drawn floating from where the one before ended (<see cref="ChartDescription.Spans"/>).
    /// </summary>
    Waterfall,
}

/// <summary>One value of a series; a hidden value is a marked gap, never a zero (docs/indicatoren.md#afscherming).</summary>
public sealed record ChartPoint(string Category, decimal? Value, FigureStatus Status, bool Small = false);

public sealed record ChartSeries(string Name, IReadOnlyList<ChartPoint> Points);

/// <summary>
/// An annotation as a trend chart draws it (docs/weergave-en-export.md#gebeurtenissen): a marked point at the category its date
/// falls in (the month on a monthly chart, at the month's point), with its date and text beside it.
/// </summary>
public sealed record ChartMark(string Category, DateOnly Date, string Text, long AnnotationId);

/// <summary>
/// A chart as data, built once from indicator results and drawn twice: as plain SVG on screen (ChartPlot) and by ScottPlot
/// for export, so what is exported is what was seen. It carries everything printed around the plot: title,
/// subtitle (the filter in words), axis label, the source line, a median line and the note on hidden values.
/// </summary>
public sealed record ChartDescription(
    ChartKind Kind,
    IndicatorCode Indicator,
    string Title,
    string Subtitle,
    string ValueLabel,
    string SourceLine,
    IReadOnlyList<ChartSeries> Series,
    decimal? Median = null,
    string? MedianLabel = null)
{
    public IReadOnlyList<string> Categories => Series.Count == 0 ? [] : Series[0].Points.Select(p => p.Category).ToList();

    public bool HasHiddenValues => Series.Any(s => s.Points.Any(p => p.Status == FigureStatus.Hidden));

    /// <summary>Bars across rather than up, as the store comparison draws them: the same on screen and in the export.</summary>
    public bool Horizontal { get; init; }

    /// <summary>Values per participant, per 1,000 hours or per m²: small fractions, shown with the digits they need.</summary>
    public bool Normalised { get; init; }

    /// <summary>
    /// A sector position's box and sentence, drawn instead of series (docs/weergave-en-export.md#sectorvergelijking); none for
    /// every other chart.
    /// </summary>
    public DistributionChart? Distribution { get; init; }

    /// <summary>The annotations the chart's filter includes, by date (<see cref="ChartMarks"/>); none for a chart that is not a trend.</summary>
    public IReadOnlyList<ChartMark> Marks { get; init; } = [];

    /// <summary>How many more events the filter includes than the chart marks (at most <see cref="ChartMarks.MostOnAChart"/>).</summary>
    public int MarksLeftOut { get; init; }

    /// <summary>Bars of any kind: side by side, or floating in a waterfall.</summary>
    public bool HasBars => Kind is ChartKind.Bar or ChartKind.Waterfall;

    /// <summary>
    /// Where each bar of the first series starts and ends: from 0 to its value, or in a waterfall from the level before a
    /// step to the level after it (the first and last points are levels from 0). None for a point without a value.
    /// </summary>
    public IReadOnlyList<(decimal Low, decimal High)?> Spans()
    {
        var points = Series.Count == 0 ? [] : Series[0].Points;
        var spans = new List<(decimal, decimal)?>();
        var level = 0m;
        for (var i = 0; i < points.Count; i++)
        {
            if (points[i].Value is not { } value)
            {
                spans.Add(null);
                continue;
            }
            var isLevel = Kind != ChartKind.Waterfall || i == 0 || i == points.Count - 1;
            var (from, to) = isLevel ? (0m, value) : (level, level + value);
            level = to;
            spans.Add((Math.Min(from, to), Math.Max(from, to)));
        }
        return spans;
    }
}
