using System.Globalization;
using Dashboard.Data.Domain;
using Dashboard.Data.Figures.Explaining;
using Dashboard.Data.Figures.Results;
using Dashboard.Data.Figures.Views;

namespace Dashboard.Components.Shared;

/// <summary>A line from (X1, Y1) to (X2, Y2): across in percent of the plot's width, down in pixels.</summary>
public sealed record ChartRule(double X1, double Y1, double X2, double Y2, string? Colour = null);

/// <summary>A text at X percent across and Y pixels down; <paramref name="Anchor"/> is SVG's text-anchor.</summary>
public sealed record ChartText(double X, double Y, string Text, string Anchor = "middle", string? Class = null);

/// <summary>A point of a line, with what it says on hover.</summary>
public sealed record ChartDot(double X, double Y, string Colour, string Title);

/// <summary>A bar: X and Width in percent, Y and Height in pixels.</summary>
public sealed record ChartBox(double X, double Width, double Y, double Height, string Colour, string Title);

/// <summary>
/// A <see cref="ChartDescription"/> laid out for the screen as the shapes <see cref="ChartPlot"/> draws as plain SVG elements
/// (docs/weergave-en-export.md#grafieken): across in percent of the plot's width, so the plot follows its card without a script,
/// down in pixels. The value axis is the export's (<see cref="ValueScale"/>), the names are the export's (<see cref="Ellipsis"/>),
/// a hidden value is a gap and a ⊘ beside its category, never a zero.
/// </summary>
public sealed record ChartShapes(
    double Height,
    double LeftRoomEm,
    IReadOnlyList<ChartRule> Grid,
    IReadOnlyList<ChartText> Texts,
    IReadOnlyList<ChartRule> Lines,
    IReadOnlyList<ChartDot> Dots,
    IReadOnlyList<ChartBox> Bars,
    ChartRule? Median)
{
    private const double CategoryRoom = 26;

    /// <summary>How far a slanted name (35°) reaches down and across per pixel of its length, and the most room such names get below.</summary>
    private const double SlantRise = 0.58;

    private const double SlantRun = 0.82;

    private const double MostSlantedRoom = 120;
    private const double BarRow = 28;
    private const double MarkRow = 16;

    /// <summary>Rows of annotation texts at most, as in the export.</summary>
    private const int MarkRows = 3;

    /// <summary>The plot width, in pixels, the annotation texts and category names are placed for; narrower screens hide the annotation texts.</summary>
    private const double MarkPlotWidth = 560;

    /// <summary>The width of a character of a chart's text (12px), reckoned generously.</summary>
    private const double MarkCharacterWidth = 6.6;

    /// <summary>The fewest characters of an annotation text drawn, its "…" included; with less room only the diamond is drawn.</summary>
    private const int MarkShortest = 10;

    /// <summary>Room, in percent of the plot, between the diamond and its text and between two texts.</summary>
    private const double MarkGap = 3;

    /// <summary>Category names shown under a chart at most; more would overlap, so every second (third, …) one is named.</summary>
    private const int MostCategoryNames = 12;

    public static ChartShapes Of(ChartDescription chart, bool horizontal, int height, int smallCellK, CultureInfo culture)
    {
        var names = chart.Categories.Select(Ellipsis.Name).ToList();
        var categories = names.Select((name, i) => chart.Series.Any(s => s.Points[i].Status == FigureStatus.Hidden) ? name + " ⊘" : name).ToList();
        string Title(int series, int i)
        {
            var point = chart.Series[series].Points[i];
            var value = FigureFormat.Value(new Figure(chart.Indicator, point.Status, point.Value, null, point.Small), smallCellK, culture, chart.Normalised);
            return $"{Ellipsis.Name(chart.Series[series].Name)} · {names[i]}: {value}";
        }
        var spans = chart.HasBars ? chart.Spans() : [];
        var values = chart.Series.SelectMany(s => s.Points).Where(p => p.Value.HasValue).Select(p => p.Value!.Value)
            .Concat(spans.Where(s => s.HasValue).SelectMany(s => new[] { s!.Value.Low, s.Value.High }))
            .Concat(chart.Median is { } m ? [m] : []).ToList();
        var scale = ValueScale.For(chart.Indicator, values, 0.05, culture);
        return horizontal
            ? Across(chart, categories, scale, spans, Title, height)
            : Up(chart, categories, scale, spans, Title, height, culture);
    }

    /// <summary>Categories along the bottom, values up: lines, columns and a waterfall.</summary>
    private static ChartShapes Up(ChartDescription chart, IReadOnlyList<string> categories, ValueScale scale,
        IReadOnlyList<(decimal Low, decimal High)?> spans, Func<int, int, string> title, double height, CultureInfo culture)
    {
        var n = categories.Count;
        var every = (int)Math.Ceiling(n / (double)MostCategoryNames);
        // Names wider than their category's share of a typical plot stand slanted below it, as the export sets them, with
        // the room they need below the plot: the plot itself keeps its height.
        var longest = categories.Where((_, i) => i % every == 0).Select(c => c.Length).DefaultIfEmpty(0).Max() * MarkCharacterWidth;
        var slanted = longest > MarkPlotWidth / n * every - 8;
        var room = slanted ? Math.Min(longest * SlantRise + 18, MostSlantedRoom) : CategoryRoom;
        height = Math.Round(height + room - CategoryRoom);
        var top = 10 + (chart.Marks.Count > 0 ? MarkRows * MarkRow + 4 : 0);
        var bottom = height - room;
        double Y(double value) => bottom - (value - scale.Min) / (scale.Max - scale.Min) * (bottom - top);
        double Centre(int i) => (i + 0.5) / n * 100;

        var grid = scale.Ticks.Select(t => new ChartRule(0, Y(t.Value), 100, Y(t.Value))).ToList();
        var texts = scale.Ticks.Select(t => new ChartText(0, Y(t.Value) + 4, t.Label, "end", "tick tick-up")).ToList();
        texts.AddRange(categories.Select((c, i) => (c, i)).Where(c => c.i % every == 0)
            .Select(c => new ChartText(Centre(c.i), slanted ? bottom + 14 : height - 8, c.c, slanted ? "end" : "middle",
                (slanted ? "category category-slanted" : "category") + (c.i / every % 2 == 1 ? " category-second" : ""))));

        var lines = new List<ChartRule>();
        var dots = new List<ChartDot>();
        var bars = new List<ChartBox>();
        if (chart.Kind == ChartKind.Line)
        {
            for (var s = 0; s < chart.Series.Count; s++)
            {
                var points = chart.Series[s].Points;
                var colour = ChartPalette.For(s);
                for (var i = 0; i < n; i++)
                {
                    if (points[i].Value is not { } value)
                    {
                        continue;
                    }
                    dots.Add(new ChartDot(Centre(i), Y((double)value), colour, title(s, i)));
                    if (i + 1 < n && points[i + 1].Value is { } next)
                    {
                        lines.Add(new ChartRule(Centre(i), Y((double)value), Centre(i + 1), Y((double)next), colour));
                    }
                }
            }
            texts.AddRange(Marks(chart, culture, Centre));
        }
        else if (chart.Kind == ChartKind.Waterfall)
        {
            for (var i = 0; i < n; i++)
            {
                if (spans[i] is { } span)
                {
                    bars.Add(new ChartBox((i + 0.15) / n * 100, 0.7 / n * 100, Y((double)span.High), Y((double)span.Low) - Y((double)span.High),
                        ChartPalette.Step(chart, i), title(0, i)));
                }
            }
        }
        else
        {
            var width = 0.7 / chart.Series.Count;
            for (var s = 0; s < chart.Series.Count; s++)
            {
                for (var i = 0; i < n; i++)
                {
                    if (chart.Series[s].Points[i].Value is { } value)
                    {
                        var (high, low) = (Y(Math.Max((double)value, 0)), Y(Math.Min((double)value, 0)));
                        bars.Add(new ChartBox((i + 0.15 + s * width) / n * 100, width / n * 100, high, low - high, ChartPalette.For(s), title(s, i)));
                    }
                }
            }
        }
        var median = chart.Median is { } m ? new ChartRule(0, Y((double)m), 100, Y((double)m), ChartPalette.Median) : null;
        // Room at the left for the tick labels, and for the first slanted name where it reaches beyond the plot's edge.
        var leftRoom = scale.Ticks.Max(t => t.Label.Length) * 0.55 + 0.75;
        if (slanted)
        {
            var beyond = categories[0].Length * MarkCharacterWidth * SlantRun - 0.5 / n * MarkPlotWidth;
            leftRoom = Math.Max(leftRoom, beyond / 12 + 0.5);
        }
        return new ChartShapes(height, leftRoom, grid, texts, lines, dots, bars, median);
    }

    /// <summary>
    /// The annotations at the top, each above its category with its date and text beside a diamond
    /// (docs/weergave-en-export.md#gebeurtenissen), in up to <see cref="MarkRows"/> rows as the export places them: a text
    /// that would overlap one already placed goes to a lower row and stands on the side where it fits inside the plot; with
    /// room for part of it only, it is shortened, and with too little room it is left out (the diamond stays; the list under
    /// the chart has every text). The plot's width is not
    /// known here, so the room is reckoned for <see cref="MarkPlotWidth"/> pixels, the narrowest plot that shows mark texts
    /// (ChartPlot.razor.css hides them on narrower screens).
    /// </summary>
    private static IEnumerable<ChartText> Marks(ChartDescription chart, CultureInfo culture, Func<int, double> centre)
    {
        var categories = chart.Categories.ToList();
        var rows = new List<List<(double Left, double Right)>>();
        double Percent(int characters) => characters * MarkCharacterWidth / MarkPlotWidth * 100;
        foreach (var mark in chart.Marks)
        {
            var at = categories.IndexOf(mark.Category);
            if (at < 0)
            {
                continue;
            }
            var x = centre(at);
            var label = Ellipsis.Name(ChartMarks.ShortLabel(mark, culture));
            var needed = Percent(label.Length) + MarkGap;

            // Per row (a new one while there may be more): the room to the right and to the left of the diamond.
            var free = rows.Select((taken, row) => (Row: row, Taken: taken)).Append((Row: rows.Count, Taken: new List<(double Left, double Right)>()))
                .Where(r => r.Row < MarkRows && r.Taken.All(t => t.Right < x - 1 || t.Left > x + 1))
                .Select(r => (r.Row,
                    Right: r.Taken.Where(t => t.Left > x).Select(t => t.Left).DefaultIfEmpty(100).Min() - x,
                    Left: x - r.Taken.Where(t => t.Right < x).Select(t => t.Right).DefaultIfEmpty(0).Max()))
                .ToList();
            var place = free.Where(f => f.Right >= needed || f.Left >= needed)
                .Select(f => (f.Row, ToRight: f.Right >= needed && (x <= 60 || f.Left < needed), Room: needed))
                .Concat(free.Select(f => (f.Row, ToRight: f.Right >= f.Left, Room: Math.Max(f.Right, f.Left))).OrderByDescending(f => f.Room))
                .FirstOrDefault(p => p.Room >= Percent(MarkShortest) + MarkGap);
            var y = 12 + MarkRow * (place.Room > 0 ? place.Row : 0);
            yield return new ChartText(x, y, "◆", "middle", "mark-symbol");
            if (place.Room <= 0)
            {
                continue; // no room in any row: the list under the chart has the text
            }
            if (place.Row == rows.Count)
            {
                rows.Add([]);
            }
            label = Ellipsis.Shorten(label, Math.Max(MarkShortest, (int)((place.Room - MarkGap) / Percent(1))));
            var width = Percent(label.Length) + MarkGap;
            rows[place.Row].Add(place.ToRight ? (x - 1, x + width) : (x - width, x + 1));
            yield return place.ToRight
                ? new ChartText(x, y, label, "start", "mark-text mark-after")
                : new ChartText(x, y, label, "end", "mark-text mark-before");
        }
    }

    /// <summary>Categories down the left, values across: the store comparison, whatever its number of stores.</summary>
    private static ChartShapes Across(ChartDescription chart, IReadOnlyList<string> categories, ValueScale scale,
        IReadOnlyList<(decimal Low, decimal High)?> spans, Func<int, int, string> title, double height)
    {
        var n = categories.Count;
        var bottom = 4 + n * BarRow;
        height = Math.Max(height, bottom + CategoryRoom);
        double X(double value) => (value - scale.Min) / (scale.Max - scale.Min) * 100;

        var grid = scale.Ticks.Select(t => new ChartRule(X(t.Value), 0, X(t.Value), bottom)).ToList();
        var texts = scale.Ticks.Select(t => new ChartText(X(t.Value), bottom + 18, t.Label, "middle", "tick")).ToList();
        texts.AddRange(categories.Select((c, i) => new ChartText(0, 4 + i * BarRow + BarRow / 2 + 4, c, "end", "category-across")));
        var bars = new List<ChartBox>();
        var thickness = (BarRow - 8) / chart.Series.Count;
        for (var s = 0; s < chart.Series.Count; s++)
        {
            for (var i = 0; i < n; i++)
            {
                var (low, high) = chart.Kind == ChartKind.Waterfall && s == 0 && spans[i] is { } span
                    ? ((double)span.Low, (double)span.High)
                    : chart.Series[s].Points[i].Value is { } value ? (Math.Min((double)value, 0), Math.Max((double)value, 0)) : (double.NaN, double.NaN);
                if (!double.IsNaN(low))
                {
                    var colour = chart.Kind == ChartKind.Waterfall ? ChartPalette.Step(chart, i) : ChartPalette.For(s);
                    bars.Add(new ChartBox(X(low), X(high) - X(low), 4 + i * BarRow + 4 + s * thickness, thickness, colour, title(s, i)));
                }
            }
        }
        var median = chart.Median is { } m ? new ChartRule(X((double)m), 0, X((double)m), bottom, ChartPalette.Median) : null;
        var leftRoom = categories.Select(c => c.Length).DefaultIfEmpty(0).Max() * 0.5 + 0.75;
        return new ChartShapes(height, leftRoom, grid, texts, [], [], bars, median);
    }
}
