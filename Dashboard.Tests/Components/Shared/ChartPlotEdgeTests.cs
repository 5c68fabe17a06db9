using System.Globalization;
using System.Text.RegularExpressions;
using Bunit;
using Dashboard.Components.Shared;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Results;
using Dashboard.Data.Figures.Views;

namespace Dashboard.Tests.Components.Shared;

/// <summary>Charts at their edges: nothing to draw, nothing but zeros or hidden values, below zero, huge and tiny values, hostile names.</summary>
public sealed partial class ChartPlotEdgeTests : ComponentTestContext
{
    private static ChartSeries Series(string name, IReadOnlyList<string> categories, params decimal?[] values) =>
        new(name, values.Select((v, i) => new ChartPoint(categories[i], v, v is null ? FigureStatus.Hidden : FigureStatus.Ok, Small: v is null)).ToList());

    private static ChartDescription Chart(ChartKind kind, IndicatorCode code, params ChartSeries[] series) =>
        new(kind, code, "Titel", "Onder", "waarde", "Bron", series);

    private IRenderedComponent<ChartPlot> Plot(ChartDescription chart, bool horizontal = false) =>
        Render<ChartPlot>(p => p.Add(c => c.Chart, chart).Add(c => c.Horizontal, horizontal));

    /// <summary>Every number the plot writes into the SVG is finite.</summary>
    private static void AllFinite(IRenderedComponent<ChartPlot> plot)
    {
        Assert.DoesNotMatch(NotANumber(), plot.Markup);
        foreach (var attribute in plot.FindAll("svg *").SelectMany(e => e.Attributes).Where(a => a.Name is "x" or "y" or "x1" or "x2" or "y1" or "y2" or "cx" or "cy" or "width" or "height"))
        {
            Assert.True(double.TryParse(attribute.Value.TrimEnd('%'), NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && double.IsFinite(n), $"{attribute.Name}={attribute.Value}");
        }
    }

    [GeneratedRegex("NaN|Infinity|∞")]
    private static partial Regex NotANumber();

    public static TheoryData<ChartKind, bool> Kinds => new()
    {
        { ChartKind.Line, false }, { ChartKind.Bar, false }, { ChartKind.Bar, true }, { ChartKind.Waterfall, false }, { ChartKind.Waterfall, true },
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void No_series_draws_an_empty_plot(ChartKind kind, bool horizontal) =>
        AllFinite(Plot(Chart(kind, IndicatorCode.P1), horizontal));

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_series_without_categories_draws_an_empty_plot(ChartKind kind, bool horizontal) =>
        AllFinite(Plot(Chart(kind, IndicatorCode.P1, new ChartSeries("leeg", [])), horizontal));

    [Theory]
    [MemberData(nameof(Kinds))]
    public void One_category_all_hidden_or_all_zero_stays_finite(ChartKind kind, bool horizontal)
    {
        string[] one = ["2025-01"];
        AllFinite(Plot(Chart(kind, IndicatorCode.P1, Series("a", one, 7m)), horizontal));
        AllFinite(Plot(Chart(kind, IndicatorCode.P1, Series("a", one, [null])), horizontal));
        string[] three = ["a", "b", "c"];
        AllFinite(Plot(Chart(kind, IndicatorCode.P1, Series("a", three, 0m, 0m, 0m)), horizontal));
        AllFinite(Plot(Chart(kind, IndicatorCode.P1, Series("a", three, null, null, null)), horizontal));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Below_zero_huge_and_tiny_values_stay_finite(ChartKind kind, bool horizontal)
    {
        string[] three = ["a", "b", "c"];
        AllFinite(Plot(Chart(kind, IndicatorCode.P1, Series("a", three, 5m, -20m, -3m)), horizontal));
        AllFinite(Plot(Chart(kind, IndicatorCode.P1, Series("a", three, 12_500_000m, -9_000_000m, 1m)), horizontal));
        AllFinite(Plot(Chart(kind, IndicatorCode.P1, Series("a", three, 0.0012m, 0.0008m, 0m)) with { Normalised = true }, horizontal));
        AllFinite(Plot(Chart(kind, IndicatorCode.P1, Series("a", three, 79_000_000_000_000_000_000_000_000m, -79_000_000_000_000_000_000_000_000m, 0m)), horizontal));
    }

    [Fact]
    public void A_median_above_every_value_is_on_the_axis()
    {
        string[] three = ["a", "b", "c"];
        var plot = Plot(Chart(ChartKind.Bar, IndicatorCode.P1, Series("a", three, 1m, 2m, 3m)) with { Median = 1000m }, horizontal: true);
        AllFinite(plot);
        var x = double.Parse(plot.Find("line.median").GetAttribute("x1")!.TrimEnd('%'), CultureInfo.InvariantCulture);
        Assert.InRange(x, 0, 100);
    }

    [Fact]
    public void Hostile_names_are_escaped_and_shortened()
    {
        var evil = "<script>alert(1)</script>\u202Eevil " + new string('x', 500) + " 🎉";
        string[] cats = [evil, "b"];
        var plot = Plot(Chart(ChartKind.Bar, IndicatorCode.P1, Series(evil, cats, 1m, 2m)), horizontal: true);
        Assert.Empty(plot.FindAll("script"));
        Assert.DoesNotContain("\u202E", plot.Markup, StringComparison.Ordinal);
        Assert.All(plot.FindAll("text, title"), t => Assert.True(t.TextContent.Length < 200, t.TextContent.Length.ToString(CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Two_hundred_stores_each_get_a_row()
    {
        var cats = Enumerable.Range(0, 200).Select(i => $"Winkel {i}").ToList();
        var plot = Plot(Chart(ChartKind.Bar, IndicatorCode.P1, Series("a", cats, cats.Select((_, i) => (decimal?)i).ToArray())) with { Median = 100m }, horizontal: true);
        AllFinite(plot);
        Assert.Equal(200, plot.FindAll("rect").Count);
    }

    [Fact]
    public void Twelve_events_texts_neither_overlap_nor_leave_the_plot()
    {
        var months = Enumerable.Range(1, 12).Select(m => $"2025-{m:00}").ToList();
        var chart = Chart(ChartKind.Line, IndicatorCode.P1, Series("a", months, months.Select(_ => (decimal?)100m).ToArray())) with
        {
            Marks = months.Select((m, i) => new ChartMark(m, new DateOnly(2025, i + 1, 3), "Een lange gebeurtenis: samenwerking met de gemeente gestart " + i, i)).ToList(),
        };
        var plot = Plot(chart);
        AllFinite(plot);

        Assert.Equal(12, plot.FindAll("text.mark-symbol").Count);
        var texts = plot.FindAll("text.mark-text").Select(t =>
        {
            var x = double.Parse(t.GetAttribute("x")!.TrimEnd('%'), CultureInfo.InvariantCulture);
            var width = t.TextContent.Length * 6.6 / 560 * 100;
            return (Y: t.GetAttribute("y"), Left: t.GetAttribute("text-anchor") == "start" ? x : x - width, Right: t.GetAttribute("text-anchor") == "start" ? x + width : x);
        }).ToList();
        Assert.NotEmpty(texts);
        Assert.All(texts, t => Assert.True(t.Left >= 0 && t.Right <= 100, $"{t.Left}..{t.Right}"));
        foreach (var row in texts.GroupBy(t => t.Y))
        {
            var ordered = row.OrderBy(t => t.Left).ToList();
            for (var i = 1; i < ordered.Count; i++)
            {
                Assert.True(ordered[i].Left > ordered[i - 1].Right, $"row {row.Key}: {ordered[i - 1].Left}..{ordered[i - 1].Right} and {ordered[i].Left}..{ordered[i].Right}");
            }
        }
    }
}
