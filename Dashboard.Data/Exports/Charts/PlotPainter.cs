using System.Globalization;
using Dashboard.Data.Domain;
using Dashboard.Data.Figures.Results;
using Dashboard.Data.Figures.Views;
using ScottPlot;
using ScottPlot.TickGenerators;
using SkiaSharp;

namespace Dashboard.Data.Exports.Charts;

/// <summary>
/// The plot between the title and the legend: ScottPlot draws the data area (grid, value ticks, bars or lines, the
/// median); around it this class sets the category names, the value-axis title, the values beside the bars, the
/// ⊘ marks for hidden values and the annotations' marks with their texts, in the room it measured for them first. A hidden value is never drawn as a zero:
/// its bar is missing and its line breaks (docs/indicatoren.md#afscherming).
/// </summary>
internal sealed class PlotPainter(ChartDescription chart, CultureInfo culture, ChartTextStyles text)
{
    private const int ManyCategories = 8;

    /// <summary>Annotations' texts stand in at most this many rows above the lines; more that overlap share the last row.</summary>
    private const int MarkRows = 3;

    private IReadOnlyList<string> Categories => chart.Categories;

    /// <summary>Many categories (the store comparison) lie across, as the compare page shows them.</summary>
    private bool Horizontal => chart.Kind == ChartKind.Bar && (chart.Horizontal || Categories.Count > ManyCategories);

    private bool IsHidden(int category) => chart.Series.Any(s => s.Points[category].Status == FigureStatus.Hidden);

    public void Paint(SKCanvas canvas, SKRect region, float figureHeight)
    {
        var labels = new CategoryLabels(Categories.Select(Ellipsis.Name).ToList(), Categories.Select((_, i) => IsHidden(i)).ToList(), text.Category, ChartStyle.Muted);
        var values = (chart.Kind == ChartKind.Waterfall
                ? chart.Spans().Where(s => s.HasValue).SelectMany(s => new[] { s!.Value.Low, s.Value.High })
                : chart.Series.SelectMany(s => s.Points).Where(p => p.Value.HasValue).Select(p => p.Value!.Value))
            .Concat(chart.Median is { } m ? [m] : []).ToList();
        var dataLabels = chart.HasBars
            ? chart.Series.Select(s => s.Points.Select(p => p.Value is { } v ? ValueScale.Label(chart.Indicator, v, culture) : null).ToList()).ToList()
            : null;

        var layout = Horizontal
            ? LayoutAcross(region, labels, values, dataLabels)
            : LayoutUpright(region, labels, values);

        using var plot = BuildPlot(layout);
        var figure = new PixelRect(0, ChartStyle.Width, figureHeight, 0);
        // ScottPlot renders again when the axis limits are new since its last render, as they always are the first
        // time: a first pass on a canvas that draws nothing keeps every line and label single in the SVG.
        using (var nowhere = new SKNoDrawCanvas((int)ChartStyle.Width, (int)figureHeight))
        {
            plot.Render(nowhere, figure);
        }
        plot.Render(canvas, figure);

        DrawValueAxisTitle(canvas, layout);
        if (Horizontal)
        {
            labels.DrawLeft(canvas, layout.Categories, i => Pixel(plot, 0, Position(i)).Y, layout.Data.Left - 10);
        }
        else
        {
            labels.DrawBottom(canvas, layout.Categories, i => Pixel(plot, Position(i), 0).X, layout.Data.Bottom + 8);
        }
        DrawHiddenMarks(canvas, plot, layout);
        if (chart.Kind == ChartKind.Line && chart.Marks.Count > 0)
        {
            DrawMarks(canvas, plot, layout);
        }
        if (dataLabels is not null)
        {
            DrawDataLabels(canvas, plot, dataLabels);
        }
    }

    /// <summary>Bars up or lines: values up the left, the categories along the bottom.</summary>
    private PlotLayout LayoutUpright(SKRect region, CategoryLabels labels, List<decimal> values)
    {
        var unitLines = UnitLines(region.Height * 0.8f);
        var top = region.Top + text.Tick.LineHeight / 2;
        // Room above the highest bar for its value.
        var headroom = chart.HasBars ? (text.DataLabel.LineHeight + 6) / Math.Max(region.Height * 0.8f, 1) : 0.04f;
        // Room above the highest point for the annotations' rows, so that no text covers a line.
        if (chart.Kind == ChartKind.Line && chart.Marks.Count > 0)
        {
            headroom += (Math.Min(chart.Marks.Count, MarkRows) * MarkRowHeight + 6) / Math.Max(region.Height * 0.8f, 1);
        }
        var scale = ValueScale.For(chart.Indicator, values, headroom, culture);
        var tickWidth = scale.Ticks.Max(t => text.Tick.Measure(t.Label));
        var left = region.Left + unitLines.Count * text.AxisTitle.LineHeight + 8 + tickWidth + 10;
        var right = region.Right - 6;
        CategoryLabelLayout categories = null!;
        for (var round = 0; round < 3; round++)
        {
            var slot = (right - left) / Categories.Count;
            categories = labels.ForBottom(slot);
            // Names turned to the left must not run off the image.
            var reach = Enumerable.Range(0, Categories.Count).Max(i => labels.LeftReach(categories, i) - (i + 0.5f) * slot);
            var needed = region.Left - ChartStyle.MarginX / 2 + reach;
            if (needed <= left)
            {
                break;
            }
            left = needed;
        }
        var bottom = region.Bottom - categories.Depth - 8;
        return new PlotLayout(new SKRect(left, top, right, bottom), scale, tickWidth, categories, unitLines);
    }

    /// <summary>Bars across: the categories down the left, values along the bottom, the value of each bar after it.</summary>
    private PlotLayout LayoutAcross(SKRect region, CategoryLabels labels, List<decimal> values, List<List<string?>>? dataLabels)
    {
        var unitLines = UnitLines(region.Width * 0.8f);
        var categories = labels.ForLeft(region.Width * 0.4f);
        var left = region.Left + categories.Depth + 10;
        var bottom = region.Bottom - unitLines.Count * text.AxisTitle.LineHeight - 6 - text.Tick.LineHeight - 6;
        var top = region.Top + 2;
        var widest = dataLabels?.SelectMany(s => s).Where(l => l is not null).Select(l => text.DataLabel.Measure(l!)).DefaultIfEmpty(0).Max() ?? 0;
        var right = region.Right - 24;
        ValueScale scale = null!;
        for (var round = 0; round < 2; round++)
        {
            scale = ValueScale.For(chart.Indicator, values, (widest + 10) / Math.Max(right - left, 1), culture);
            right = region.Right - text.Tick.Measure(scale.Ticks[^1].Label) / 2;
        }
        return new PlotLayout(new SKRect(left, top, right, bottom), scale, text.Tick.LineHeight, categories, unitLines);
    }

    private IReadOnlyList<string> UnitLines(float width) =>
        string.IsNullOrWhiteSpace(chart.ValueLabel) ? [] : text.AxisTitle.Wrap(chart.ValueLabel, width, maxLines: 2);

    private double Position(int category) => Horizontal ? Categories.Count - 1 - category : category;

    private double BarSize => (Horizontal ? 0.64 : chart.Series.Count == 1 ? 0.62 : 0.8) / chart.Series.Count;

    private double BarPosition(int category, int series) => Position(category) + (Horizontal ? -1 : 1) * (series - (chart.Series.Count - 1) / 2.0) * BarSize;

    private static Pixel Pixel(Plot plot, double x, double y) => plot.GetPixel(new Coordinates(x, y));

    private Plot BuildPlot(PlotLayout layout)
    {
        var plot = new Plot();
        plot.RenderManager.ClearCanvasBeforeEachRender = false;
        // The title, legend and source line are already on the canvas: ScottPlot paints only its data area.
        plot.FigureBackground.Color = Colors.Transparent;
        plot.DataBackground.Color = new ScottPlot.Color(ChartStyle.Background);
        plot.Font.Set(ChartFonts.Family);
        plot.Layout.Fixed(new PixelRect(layout.Data.Left, layout.Data.Right, layout.Data.Bottom, layout.Data.Top));

        IAxis valueAxis = Horizontal ? plot.Axes.Bottom : plot.Axes.Left;
        IAxis categoryAxis = Horizontal ? plot.Axes.Left : plot.Axes.Bottom;
        valueAxis.TickGenerator = new NumericManual(layout.Scale.Ticks.Select(t => t.Value).ToArray(), layout.Scale.Ticks.Select(t => t.Label).ToArray());
        valueAxis.TickLabelStyle.FontName = ChartFonts.Family;
        valueAxis.TickLabelStyle.FontSize = ChartStyle.TickSize;
        valueAxis.TickLabelStyle.ForeColor = new ScottPlot.Color(ChartStyle.Muted);
        valueAxis.MajorTickStyle.Length = 0;
        valueAxis.MinorTickStyle.Length = 0;
        valueAxis.FrameLineStyle.Width = 0;
        categoryAxis.TickGenerator = new NumericManual();
        categoryAxis.MajorTickStyle.Length = 0;
        categoryAxis.MinorTickStyle.Length = 0;
        categoryAxis.FrameLineStyle.Width = 1;
        categoryAxis.FrameLineStyle.Color = new ScottPlot.Color(ChartStyle.Axis);
        foreach (var unused in new IAxis[] { plot.Axes.Top, plot.Axes.Right })
        {
            unused.FrameLineStyle.Width = 0;
            unused.MajorTickStyle.Length = 0;
            unused.MinorTickStyle.Length = 0;
        }
        plot.Grid.MajorLineColor = new ScottPlot.Color(ChartStyle.Grid);
        plot.Grid.MajorLineWidth = ChartStyle.GridWidth;
        plot.Grid.MinorLineWidth = 0;
        (Horizontal ? plot.Grid.YAxisStyle : plot.Grid.XAxisStyle).IsVisible = false;

        var categoryRange = (Min: -0.5, Max: Categories.Count - 0.5);
        if (Horizontal)
        {
            plot.Axes.SetLimits(layout.Scale.Min, layout.Scale.Max, categoryRange.Min, categoryRange.Max);
        }
        else
        {
            plot.Axes.SetLimits(categoryRange.Min, categoryRange.Max, layout.Scale.Min, layout.Scale.Max);
        }

        if (chart.HasBars)
        {
            AddBars(plot);
        }
        else
        {
            AddLines(plot);
        }
        if (chart.Median is { } median)
        {
            var color = ScottPlot.Color.FromHex(ChartPalette.Median);
            ScottPlot.Plottables.AxisLine line = Horizontal
                ? plot.Add.VerticalLine((double)median, ChartStyle.MedianWidth, color, LinePattern.Dashed)
                : plot.Add.HorizontalLine((double)median, ChartStyle.MedianWidth, color, LinePattern.Dashed);
            line.LabelText = string.Empty;
        }
        return plot;
    }

    private void AddBars(Plot plot)
    {
        var bars = new List<Bar>();
        var spans = chart.Spans();
        for (var s = 0; s < chart.Series.Count; s++)
        {
            for (var i = 0; i < Categories.Count; i++)
            {
                if (chart.Series[s].Points[i].Value is { } value)
                {
                    // A waterfall's bars float from one level to the next, each coloured as a level, a gain or a loss.
                    var (low, high) = chart.Kind == ChartKind.Waterfall ? spans[i]!.Value : (0m, value);
                    var color = ScottPlot.Color.FromHex(chart.Kind == ChartKind.Waterfall ? ChartPalette.Step(chart, i) : ChartPalette.For(s));
                    bars.Add(new Bar
                    {
                        Position = BarPosition(i, s),
                        Value = (double)(chart.Kind == ChartKind.Waterfall ? high : value),
                        ValueBase = (double)low,
                        Size = BarSize * (chart.Series.Count == 1 ? 1 : 0.92),
                        FillColor = color,
                        LineWidth = 0,
                        Orientation = Horizontal ? Orientation.Horizontal : Orientation.Vertical,
                    });
                }
            }
        }
        var plottable = plot.Add.Bars(bars);
        plottable.Horizontal = Horizontal;
    }

    /// <summary>One line per run of shown values: a hidden point breaks the line instead of dropping it to zero.</summary>
    private void AddLines(Plot plot)
    {
        for (var s = 0; s < chart.Series.Count; s++)
        {
            var color = ScottPlot.Color.FromHex(ChartPalette.For(s));
            var run = new List<Coordinates>();
            for (var i = 0; i <= Categories.Count; i++)
            {
                if (i < Categories.Count && chart.Series[s].Points[i].Value is { } value)
                {
                    run.Add(new Coordinates(Position(i), (double)value));
                    continue;
                }
                if (run.Count > 0)
                {
                    var line = plot.Add.Scatter(run.ToArray(), color);
                    line.LineWidth = ChartStyle.LineWidth;
                    line.MarkerShape = MarkerShape.FilledCircle;
                    line.MarkerSize = ChartStyle.MarkerSize;
                    run = [];
                }
            }
        }
    }

    private void DrawValueAxisTitle(SKCanvas canvas, PlotLayout layout)
    {
        if (layout.UnitLines.Count == 0)
        {
            return;
        }
        if (Horizontal)
        {
            var top = layout.Data.Bottom + 6 + text.Tick.LineHeight + 6;
            text.AxisTitle.Draw(canvas, layout.UnitLines, layout.Data.MidX, top, SKTextAlign.Center);
            return;
        }
        canvas.Save();
        // Beside the tick labels, however far the data area moved right to make room for turned category names.
        canvas.Translate(layout.Data.Left - 10 - layout.TickDepth - 8 - layout.UnitLines.Count * text.AxisTitle.LineHeight, layout.Data.MidY);
        canvas.RotateDegrees(-90);
        text.AxisTitle.Draw(canvas, layout.UnitLines, 0, 0, SKTextAlign.Center);
        canvas.Restore();
    }

    /// <summary>
    /// ⊘ on the baseline where a value is hidden: in place of the missing bar, or on the axis under a broken line —
    /// there in the colour of the series that breaks, side by side when more than one does.
    /// </summary>
    private void DrawHiddenMarks(SKCanvas canvas, Plot plot, PlotLayout layout)
    {
        var size = HiddenMark.Width(ChartStyle.CategorySize) * 1.15f;
        var zero = Math.Clamp(0, layout.Scale.Min, layout.Scale.Max);
        for (var i = 0; i < Categories.Count; i++)
        {
            var hidden = Enumerable.Range(0, chart.Series.Count).Where(s => chart.Series[s].Points[i].Status == FigureStatus.Hidden).ToList();
            for (var n = 0; n < hidden.Count; n++)
            {
                var s = hidden[n];
                if (chart.Kind == ChartKind.Line)
                {
                    var at = Pixel(plot, Position(i), zero);
                    var offset = (n - (hidden.Count - 1) / 2f) * (size + 3);
                    HiddenMark.Draw(canvas, at.X + offset, at.Y - size / 2 - 4, size, SKColor.Parse(ChartPalette.For(s)));
                }
                else if (Horizontal)
                {
                    var at = Pixel(plot, zero, BarPosition(i, s));
                    HiddenMark.Draw(canvas, at.X + size / 2 + 4, at.Y, size, ChartStyle.Muted);
                }
                else
                {
                    var at = Pixel(plot, BarPosition(i, s), zero);
                    HiddenMark.Draw(canvas, at.X, at.Y - size / 2 - 4, size, ChartStyle.Muted);
                }
            }
        }
    }

    private float MarkRowHeight => text.Mark.LineHeight + 4;

    /// <summary>
    /// Each annotation as a marked point (docs/weergave-en-export.md#gebeurtenissen): a diamond at the top of the data area above
    /// the month its date falls in (at the month's point, where the lines have theirs), a dashed line down from it to the axis,
    /// and its date and text beside it on a white patch — to the right, or to the left where the right edge is too near.
    /// Texts that would overlap go to a lower row.
    /// </summary>
    private void DrawMarks(SKCanvas canvas, Plot plot, PlotLayout layout)
    {
        var color = SKColor.Parse(ChartPalette.Annotation);
        using var line = new SKPaint { Color = color, StrokeWidth = 1.5f, IsAntialias = true, Style = SKPaintStyle.Stroke, PathEffect = SKPathEffect.CreateDash([5, 4], 0) };
        using var fill = new SKPaint { Color = color, IsAntialias = true, Style = SKPaintStyle.Fill };
        var rows = new List<List<(float Left, float Right)>>();
        const float half = 6;
        foreach (var mark in chart.Marks)
        {
            var category = Categories.ToList().IndexOf(mark.Category);
            if (category < 0)
            {
                continue;
            }
            var x = Pixel(plot, Position(category), 0).X;
            var label = Ellipsis.Name(ChartMarks.ShortLabel(mark, culture));
            var width = text.Mark.Measure(label);
            var toRight = x + half + 4 + width <= layout.Data.Right;
            var span = toRight ? (Left: x - half, Right: x + half + 4 + width + 3) : (Left: x - half - 4 - width - 3, Right: x + half);
            var row = rows.FindIndex(r => r.All(taken => span.Right < taken.Left || span.Left > taken.Right));
            if (row < 0)
            {
                if (rows.Count < MarkRows)
                {
                    rows.Add([]);
                }
                row = rows.Count - 1;
            }
            rows[row].Add(span);

            var centreY = layout.Data.Top + row * MarkRowHeight + MarkRowHeight / 2;
            canvas.DrawLine(x, centreY + half, x, layout.Data.Bottom, line);
            using var diamond = new SKPath();
            diamond.MoveTo(x, centreY - half);
            diamond.LineTo(x + half, centreY);
            diamond.LineTo(x, centreY + half);
            diamond.LineTo(x - half, centreY);
            diamond.Close();
            canvas.DrawPath(diamond, fill);
            var top = centreY - text.Mark.LineHeight / 2;
            text.Mark.DrawOn(ChartStyle.Background, canvas, label, toRight ? x + half + 4 : x - half - 4, top, toRight ? SKTextAlign.Left : SKTextAlign.Right);
        }
    }

    /// <summary>Each bar's value at its end, when every one of them fits beside its bar.</summary>
    private void DrawDataLabels(SKCanvas canvas, Plot plot, List<List<string?>> dataLabels)
    {
        var style = text.DataLabel;
        var barPixels = Horizontal
            ? Math.Abs(Pixel(plot, 0, 0).Y - Pixel(plot, 0, BarSize).Y)
            : Math.Abs(Pixel(plot, BarSize, 0).X - Pixel(plot, 0, 0).X);
        var fits = Horizontal
            ? barPixels >= style.Size * 0.8f
            : dataLabels.SelectMany(l => l).All(l => l is null || style.Measure(l) <= barPixels * (chart.Series.Count == 1 ? 1.4f : 1.05f));
        if (!fits)
        {
            return;
        }
        for (var s = 0; s < chart.Series.Count; s++)
        {
            for (var i = 0; i < Categories.Count; i++)
            {
                if (chart.Series[s].Points[i].Value is not { } value || dataLabels[s][i] is not { } label)
                {
                    continue;
                }
                // A waterfall's value stands above its floating bar, a loss's too.
                var top = chart.Kind == ChartKind.Waterfall ? chart.Spans()[i]!.Value.High : value;
                var end = Pixel(plot, Horizontal ? (double)top : BarPosition(i, s), Horizontal ? BarPosition(i, s) : (double)top);
                if (Horizontal)
                {
                    style.DrawOn(ChartStyle.Background, canvas, label, value >= 0 ? end.X + 6 : end.X - 6, end.Y - style.LineHeight / 2, value >= 0 ? SKTextAlign.Left : SKTextAlign.Right);
                }
                else
                {
                    style.DrawOn(ChartStyle.Background, canvas, label, end.X, top >= 0 ? end.Y - 3 - style.LineHeight : end.Y + 3, SKTextAlign.Center);
                }
            }
        }
    }
}
