using Dashboard.Data.Figures.Comparison;
using Dashboard.Data.Figures.Explaining;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Data.Figures.Results;

namespace Dashboard.Data.Figures.Charts;

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
        label ??= table.Breakdown == Dimension.Month ? g => MonthLabel(g.Period, text.English) : g => g.Label;
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
        return new ChartDescription(isTime ? ChartKind.Line : ChartKind.Bar, code, indicator.Name(text.English), text.Subtitle,
            indicator.Unit(text.English), text.SourceLine, series);
    }

    /// <summary>
    /// One indicator through the months, one line per group (practice kind, or practice): the Overzicht trend.
    /// Every table must cover the same period, broken down by month.
    /// </summary>
    public static ChartDescription Lines(IReadOnlyList<(string Name, IndicatorTable Months)> lines, IndicatorCode code, ChartText text)
    {
        var indicator = IndicatorCatalogue.Get(code);
        var series = lines.Select(line => Series(line.Name, line.Months.Groups, code, g => MonthLabel(g.Period, text.English))).ToList();
        return new ChartDescription(ChartKind.Line, code, indicator.Name(text.English), text.Subtitle, indicator.Unit(text.English), text.SourceLine, series);
    }

    /// <summary>The store comparison: sorted bars, hidden stores last as marked gaps, and the median of the stores shown.</summary>
    public static ChartDescription Stores(StoreComparison comparison, ChartText text)
    {
        var indicator = IndicatorCatalogue.Get(comparison.Code);
        var points = comparison.Rows.Select(r => Point(r.StoreName, r.Figure)).ToList();
        var unit = indicator.Unit(text.English) + Suffix(comparison.Normalisation, text.English);
        return new ChartDescription(ChartKind.Bar, comparison.Code, indicator.Name(text.English) + Suffix(comparison.Normalisation, text.English),
            text.Subtitle, unit, text.SourceLine, [new ChartSeries(text.CurrentSeriesName, points)],
            comparison.Median, text.English ? "median" : "mediaan")
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
        string[] names = text.English ? ["Inflow", "Active", "Outflow", "Paid work"] : ["Instroom", "Actief", "Uitstroom", "Betaald werk"];
        var points = steps.Select((code, i) => Point(names[i], figures[code])).ToList();
        return new ChartDescription(ChartKind.Bar, IndicatorCode.P1, text.English ? "From inflow to paid work" : "Van instroom naar betaald werk",
            text.Subtitle, text.English ? "people / trajectories" : "deelnemers / trajecten", text.SourceLine, [new ChartSeries(text.CurrentSeriesName, points)]);
    }

    /// <summary>"mrt 2026" / "Mar 2026": how a month reads on an axis.</summary>
    public static string MonthLabel(Period month, bool english) =>
        month.From.ToString("MMM yyyy", FigureFormat.Culture(english)).Replace(".", "");

    private static ChartSeries Series(string name, IEnumerable<IndicatorGroup> groups, IndicatorCode code, Func<IndicatorGroup, string> label) =>
        new(name, groups.Select(g => Point(label(g), g[code])).ToList());

    private static ChartPoint Point(string category, Figure figure) => new(category, figure.HasValue ? figure.Value : null, figure.Status);

    private static string Suffix(Normalisation normalisation, bool english) => normalisation switch
    {
        Normalisation.PerParticipant => english ? " per participant" : " per deelnemer",
        Normalisation.PerThousandParticipantHours => english ? " per 1,000 participant hours" : " per 1.000 deelnemersuren",
        Normalisation.PerSquareMetre => english ? " per m²" : " per m²",
        _ => string.Empty,
    };
}

/// <summary>The words around a chart that do not come from the figures themselves.</summary>
public sealed record ChartText(string Subtitle, string SourceLine, bool English = false)
{
    public string CurrentSeriesName { get; init; } = English ? "this period" : "deze periode";
    public string LastYearSeriesName { get; init; } = English ? "a year earlier" : "een jaar eerder";
}
