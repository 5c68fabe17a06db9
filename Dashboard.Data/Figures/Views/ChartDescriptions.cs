using System.Globalization;
using Dashboard.Data.Figures.Comparison;
using Dashboard.Data.Figures.Explaining;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Data.Figures.Results;

namespace Dashboard.Data.Figures.Views;

/// <summary>Builds the <see cref="ChartDescription"/>s the pages show and the exports draw.</summary>
public static class ChartDescriptions
{
    /// <summary>
    /// One indicator over the groups of a breakdown: a line through time for a time breakdown, bars
    /// otherwise; with <paramref name="lastYear"/>, a second series for the same groups a year earlier.
    /// </summary>
    public static ChartDescription Breakdown(IndicatorTable table, IndicatorCode code, ChartText text, IndicatorTable? lastYear = null,
        Func<IndicatorGroup, string>? label = null)
    {
        var indicator = IndicatorCatalogue.Get(code);
        var isTime = table.Breakdown?.Grain() is not null;
        label ??= table.Breakdown == Dimension.Month ? g => MonthLabel(g.Period, text.Culture) : g => g.Label;
        var series = new List<ChartSeries> { Series(text.CurrentSeriesName, table.Groups, code, label) };
        if (lastYear is not null)
        {
            // Time groups are matched by position (month n against month n), the others by key.
            var earlier = isTime
                ? table.Groups.Select((g, i) => i < lastYear.Groups.Count ? lastYear.Groups[i] with { Label = g.Label } : null)
                : table.Groups.Select(g => lastYear.Groups.FirstOrDefault(e => e.Key == g.Key));
            series.Add(new ChartSeries(text.LastYearSeriesName, table.Groups.Zip(earlier, (g, e) =>
                e is null ? new ChartPoint(label(g), null, FigureStatus.NotApplicable) : Point(label(g), e[code])).ToList()));
        }
        return new ChartDescription(isTime ? ChartKind.Line : ChartKind.Bar, code, indicator.Name(text.Culture), text.Subtitle,
            indicator.Unit(text.Culture), text.SourceLine, series);
    }

    /// <summary>
    /// One indicator through the months, one line per group (practice kind, or practice): the Overzicht trend.
    /// Every table must cover the same period, broken down by month.
    /// </summary>
    public static ChartDescription Lines(IReadOnlyList<(string Name, IndicatorTable Months)> lines, IndicatorCode code, ChartText text)
    {
        var indicator = IndicatorCatalogue.Get(code);
        var series = lines.Select(line => Series(line.Name, line.Months.Groups, code, g => MonthLabel(g.Period, text.Culture))).ToList();
        return new ChartDescription(ChartKind.Line, code, indicator.Name(text.Culture), text.Subtitle, indicator.Unit(text.Culture), text.SourceLine, series);
    }

    /// <summary>The store comparison: sorted bars, hidden stores last as marked gaps, and the median of the stores shown.</summary>
    public static ChartDescription Stores(StoreComparison comparison, ChartText text)
    {
        var indicator = IndicatorCatalogue.Get(comparison.Code);
        var points = comparison.Rows.Select(r => Point(r.StoreName, r.Figure)).ToList();
        var unit = indicator.Unit(text.Culture) + Suffix(comparison.Normalisation, text.Culture);
        return new ChartDescription(ChartKind.Bar, comparison.Code, indicator.Name(text.Culture) + Suffix(comparison.Normalisation, text.Culture),
            text.Subtitle, unit, text.SourceLine, [new ChartSeries(text.CurrentSeriesName, points)],
            comparison.Median, FigureTexts.Get("Chart.Median", text.Culture))
        {
            Horizontal = true,
            Normalised = comparison.Normalisation != Normalisation.None,
        };
    }

    /// <summary>
    /// The funnel of docs/weergave-en-export.md#goede-praktijk: inflow (P2) → active (P1) → outflow (P3) → paid work (P4), one bar each — four
    /// indicators with one unit, "people or trajectories".
    /// </summary>
    public static ChartDescription Funnel(IndicatorGroup figures, ChartText text)
    {
        IndicatorCode[] steps = [IndicatorCode.P2, IndicatorCode.P1, IndicatorCode.P3, IndicatorCode.P4];
        string[] names = ["Chart.Funnel.Inflow", "Chart.Funnel.Active", "Chart.Funnel.Outflow", "Chart.Funnel.PaidWork"];
        var points = steps.Select((code, i) => Point(FigureTexts.Get(names[i], text.Culture), figures[code])).ToList();
        return new ChartDescription(ChartKind.Bar, IndicatorCode.P1, FigureTexts.Get("Chart.Funnel.Title", text.Culture),
            text.Subtitle, FigureTexts.Get("Chart.Funnel.Unit", text.Culture), text.SourceLine, [new ChartSeries(text.CurrentSeriesName, points)]);
    }

    /// <summary>
    /// The social value from gross value to present value (docs/maatschappelijke-waarde.md#berekening): gross, − deadweight,
    /// − displacement, − attribution, + the later years after drop-off, − discounting, = the value W1. Every point is hidden
    /// when any row's value is (its waterfall would give it away).
    /// </summary>
    public static ChartDescription Waterfall(IndicatorGroup figures, ChartText text)
    {
        string[] names = ["Gross", "Deadweight", "Displacement", "Attribution", "LaterYears", "Discounting", "Value"];
        var steps = figures.Value?.Waterfall is { } w
            ? new decimal?[] { w.Gross, w.Deadweight, w.Displacement, w.Attribution, w.LaterYears, w.Discounting, w.PresentValue }
            : null;
        var status = figures[IndicatorCode.W1].Status;
        var points = names.Select((name, i) => new ChartPoint(FigureTexts.Get($"Chart.Waterfall.{name}", text.Culture),
            status == FigureStatus.Ok ? steps?[i] : null, status == FigureStatus.Ok && steps is null ? FigureStatus.Hidden : status)).ToList();
        return new ChartDescription(ChartKind.Waterfall, IndicatorCode.W1, FigureTexts.Get("Chart.Waterfall.Title", text.Culture), text.Subtitle,
            "€", text.SourceLine, [new ChartSeries(text.CurrentSeriesName, points)]);
    }

    /// <summary>"mrt 2026" / "Mar 2026": how a month reads on an axis.</summary>
    public static string MonthLabel(Period month, CultureInfo culture) =>
        month.From.ToString("MMM yyyy", culture).Replace(".", "");

    private static ChartSeries Series(string name, IEnumerable<IndicatorGroup> groups, IndicatorCode code, Func<IndicatorGroup, string> label) =>
        new(name, groups.Select(g => Point(label(g), g[code])).ToList());

    private static ChartPoint Point(string category, Figure figure) => new(category, figure.HasValue ? figure.Value : null, figure.Status, figure.Small);

    private static string Suffix(Normalisation normalisation, CultureInfo culture) => normalisation switch
    {
        Normalisation.PerParticipant => FigureTexts.Get("Chart.PerParticipant", culture),
        Normalisation.PerThousandParticipantHours => FigureTexts.Get("Chart.PerThousandParticipantHours", culture),
        Normalisation.PerSquareMetre => FigureTexts.Get("Chart.PerSquareMetre", culture),
        _ => string.Empty,
    };
}

/// <summary>The words around a chart that do not come from the figures themselves.</summary>
public sealed record ChartText(string Subtitle, string SourceLine, CultureInfo Culture)
{
    public string CurrentSeriesName { get; init; } = FigureTexts.Get("Chart.ThisPeriod", Culture);
    public string LastYearSeriesName { get; init; } = FigureTexts.Get("Chart.YearEarlier", Culture);
}
