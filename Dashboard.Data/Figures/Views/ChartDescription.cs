using Dashboard.Data.Figures.Results;

namespace Dashboard.Data.Figures.Views;

public enum ChartKind
{
    /// <summary>Groups side by side: stores, practices, target groups.</summary>
    Bar,

    /// <summary>A trend through months, quarters or years.</summary>
    Line,
}

/// <summary>One value of a series; a hidden value is a marked gap, never a zero (docs/indicatoren.md#afscherming).</summary>
public sealed record ChartPoint(string Category, decimal? Value, FigureStatus Status, bool Small = false);

public sealed record ChartSeries(string Name, IReadOnlyList<ChartPoint> Points);

/// <summary>
/// A chart as data, built once from indicator results and drawn twice: by Radzen on screen and by ScottPlot
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
}
