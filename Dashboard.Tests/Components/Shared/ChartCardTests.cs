using System.Globalization;
using Bunit;
using Dashboard.Components.Shared;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Results;
using Dashboard.Data.Figures.Views;

namespace Dashboard.Tests.Components.Shared;

public sealed class ChartCardTests : ComponentTestContext
{
    private static readonly string[] Months = ["2025-01", "2025-02", "2025-03", "2025-04", "2025-05"];

    /// <summary>Active participants per month; February is hidden (1 to 4 people), as is April a year earlier.</summary>
    private static ChartDescription Trend() => new(ChartKind.Line, IndicatorCode.P1, "Actieve deelnemers", "2025 · alle organisaties",
        "deelnemers", "Bron: alle organisaties · ImpactDashboard",
        [
            Series("deze periode", 1210m, null, 1250m, 1302m, 1318m),
            Series("een jaar eerder", 1180m, 1190m, 1201m, null, 1230m),
        ]);

    private static ChartSeries Series(string name, params decimal?[] values) =>
        new(name, values.Select((v, i) => new ChartPoint(Months[i], v, v is null ? FigureStatus.Hidden : FigureStatus.Ok, Small: v is null)).ToList());

    private IRenderedComponent<ChartCard> Card(ChartDescription chart) => Render<ChartCard>(p => p.Add(c => c.Chart, chart));

    /// <summary>What each drawn point says on hover, in drawing order.</summary>
    private static List<string> Points(IRenderedComponent<ChartCard> card) => card.FindAll(".chart-plot svg circle title").Select(t => t.TextContent).ToList();

    /// <summary>The drawn pieces of line, by colour: a hidden point leaves a gap, so a series of five with one hidden has two or three.</summary>
    private static List<string> Pieces(IRenderedComponent<ChartCard> card) =>
        card.FindAll(".chart-plot svg line.series").Select(l => l.GetAttribute("stroke")!).ToList();

    [Fact]
    public void A_hidden_point_breaks_the_line_and_is_never_drawn_as_zero()
    {
        var card = Card(Trend());

        Assert.Equal(
            [
                "deze periode · 2025-01: 1.210", "deze periode · 2025-03: 1.250", "deze periode · 2025-04: 1.302", "deze periode · 2025-05: 1.318",
                "een jaar eerder · 2025-01: 1.180", "een jaar eerder · 2025-02: 1.190", "een jaar eerder · 2025-03: 1.201", "een jaar eerder · 2025-05: 1.230",
            ],
            Points(card));
        // March–April and April–May of this period, January–February and February–March of the year before.
        Assert.Equal([ChartPalette.For(0), ChartPalette.For(0), ChartPalette.For(1), ChartPalette.For(1)], Pieces(card));
        var zero = card.FindAll(".chart-plot svg line.grid").Select(l => l.GetAttribute("y1")).Last();
        Assert.DoesNotContain(card.FindAll(".chart-plot svg circle"), c => c.GetAttribute("cy") == zero);
    }

    [Fact]
    public void A_higher_value_stands_higher_and_the_value_axis_is_the_exports()
    {
        var card = Card(Trend());

        var heights = card.FindAll(".chart-plot svg circle").Take(4).Select(c => double.Parse(c.GetAttribute("cy")!, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(heights.OrderDescending(), heights); // 1.210 < 1.250 < 1.302 < 1.318: each drawn above the one before
        var export = ValueScale.For(IndicatorCode.P1, [1210m, 1250m, 1302m, 1318m, 1180m, 1190m, 1201m, 1230m], 0.05, CultureInfo.GetCultureInfo("nl-NL"));
        Assert.Equal(export.Ticks.Select(t => t.Label), card.FindAll(".chart-plot svg text.tick").Select(t => t.TextContent));
    }

    [Fact]
    public void An_event_is_marked_above_its_month_with_its_date_and_text()
    {
        var chart = Trend() with { Marks = [new ChartMark("2025-03", new DateOnly(2025, 3, 12), "Tweede keuken open", 7)] };

        var card = Card(chart);

        Assert.Equal(["◆", "12 mrt: Tweede keuken open"], card.FindAll(".chart-plot svg text[class^='mark']").Select(t => t.TextContent));
        var march = card.FindAll(".chart-plot svg text.category")[2].GetAttribute("x");
        Assert.Equal(march, card.Find(".chart-plot svg text.mark-symbol").GetAttribute("x"));
    }

    [Fact]
    public void Categories_with_a_hidden_value_are_marked_and_the_legend_says_why()
    {
        var card = Card(Trend());

        Assert.Equal(["2025-01", "2025-02 ⊘", "2025-03", "2025-04 ⊘", "2025-05"], card.FindAll(".chart-plot svg text[class^='category']").Select(t => t.TextContent));
        Assert.Equal("⊘ afgeschermd ter bescherming van de privacy", card.Find(".chart-hidden-note").TextContent);
        Assert.Equal(["deze periode", "een jaar eerder"], card.FindAll(".chart-legend li:not(.chart-hidden-note)").Select(li => li.TextContent));
    }

    [Fact]
    public void The_screen_reader_summary_names_every_value_and_hidden_ones_as_protected()
    {
        var card = Card(Trend());

        var summary = card.Find(".chart-plot").GetAttribute("aria-label")!;
        Assert.Equal("img", card.Find(".chart-plot").GetAttribute("role"));
        Assert.Contains("2025-02: <5, 1.190", summary);
        Assert.Contains("2025-04: 1.302, <5", summary);
    }

    [Fact]
    public void Without_hidden_values_there_is_no_note_about_them()
    {
        var chart = Trend() with { Series = [Series("deze periode", 1, 2, 3, 4, 5)] };

        var card = Card(chart);

        Assert.Empty(card.FindAll(".chart-hidden-note"));
        Assert.Equal(4, Pieces(card).Count);
    }

    [Fact]
    public void A_bar_chart_with_a_median_shows_it_as_a_line_and_in_the_legend()
    {
        var chart = new ChartDescription(ChartKind.Bar, IndicatorCode.P4R, "% uitstroom naar betaald werk", "2025 · alle organisaties", "%",
            "Bron: alle organisaties · ImpactDashboard",
            [new ChartSeries("deze periode", [new("Aan de Maas", 31.2m, FigureStatus.Ok), new("Bé Anders", 23.4m, FigureStatus.Ok), new("Tiel", 18m, FigureStatus.Ok)])],
            23.4m, "mediaan");

        var card = Card(chart);

        Assert.Equal("mediaan: 23,4%", card.Find(".chart-legend li:last-child").TextContent);
        var median = card.Find(".chart-plot svg line.median");
        Assert.Equal(median.GetAttribute("y1"), median.GetAttribute("y2"));
        var bars = card.FindAll(".chart-plot svg rect");
        Assert.Equal(["deze periode · Aan de Maas: 31,2%", "deze periode · Bé Anders: 23,4%", "deze periode · Tiel: 18,0%"], bars.Select(b => b.TextContent));
        // The bar of the median store reaches the median line.
        Assert.Equal(double.Parse(median.GetAttribute("y1")!, CultureInfo.InvariantCulture), double.Parse(bars[1].GetAttribute("y")!, CultureInfo.InvariantCulture), 1);
    }

    [Fact]
    public void Names_too_long_for_their_columns_stand_slanted_below_a_plot_that_keeps_its_height()
    {
        string[] ways = ["Werkervaringsplaats", "Leerwerktraject", "Stage / BBL", "Vrijwilliger", "Dienstverband", "Dagbesteding", "Overig"];
        var chart = new ChartDescription(ChartKind.Bar, IndicatorCode.P1, "Actieve deelnemers per traject", "2025 · alle organisaties", "deelnemers",
            "Bron: alle organisaties · ImpactDashboard", [new ChartSeries("deze periode", ways.Select((w, i) => new ChartPoint(w, 10 + i, FigureStatus.Ok)).ToList())]);
        var months = Card(Trend());

        var card = Card(chart);

        Assert.All(card.FindAll(".chart-plot svg text[class^='category']"), t => Assert.Contains("category-slanted", t.ClassName));
        Assert.Empty(months.FindAll(".chart-plot svg text.category-slanted"));
        static double Number(string? text) => double.Parse(text!, CultureInfo.InvariantCulture);
        // The grid runs from the lowest tick (at the plot's foot) to the highest (at its head).
        var plotHeight = (IRenderedComponent<ChartCard> c) =>
            Number(c.FindAll(".chart-plot svg line.grid").First().GetAttribute("y1")) - Number(c.FindAll(".chart-plot svg line.grid").Last().GetAttribute("y1"));
        Assert.True(Number(card.Find(".chart-plot svg").GetAttribute("height")) > 320);
        Assert.Equal(plotHeight(months), plotHeight(card), 0);
    }

    [Fact]
    public void The_table_toggle_shows_every_value_as_the_cards_show_it_and_hides_it_again()
    {
        var card = Card(Trend());
        var toggle = card.Find("button.chart-table-toggle");
        Assert.Equal("false", toggle.GetAttribute("aria-expanded"));
        Assert.Equal("Toon als tabel", toggle.TextContent.Trim());
        Assert.Empty(card.FindAll("table.chart-table"));

        toggle.Click();

        Assert.Equal("true", card.Find("button.chart-table-toggle").GetAttribute("aria-expanded"));
        Assert.Equal("Verberg tabel", card.Find("button.chart-table-toggle").TextContent.Trim());
        Assert.Equal(["", "deze periode", "een jaar eerder"], card.FindAll("table.chart-table thead th").Select(th => th.TextContent));
        Assert.Equal(
            [
                "2025-01|1.210|1.180",
                "2025-02|<5|1.190",
                "2025-03|1.250|1.201",
                "2025-04|1.302|<5",
                "2025-05|1.318|1.230",
            ],
            card.FindAll("table.chart-table tbody tr").Select(tr => string.Join("|", tr.Children.Select(c => c.TextContent))));

        card.Find("button.chart-table-toggle").Click();

        Assert.Empty(card.FindAll("table.chart-table"));
    }

    [Fact]
    public void A_chart_without_categories_says_there_is_no_data()
    {
        var card = Card(Trend() with { Series = [] });

        Assert.Contains("Geen gegevens voor deze selectie.", card.Markup);
        Assert.Empty(card.FindAll("svg"));
    }

    [Fact]
    public void A_long_name_is_drawn_shortened_as_in_the_export_and_stays_whole_in_the_table()
    {
        var store = "Aan de Maas Centrum " + string.Concat(Enumerable.Repeat("Kringloop", 1_100));
        var chart = new ChartDescription(ChartKind.Bar, IndicatorCode.P4R, "% uitstroom naar betaald werk", "2025 · alle organisaties", "%",
            "Bron: alle organisaties · ImpactDashboard",
            [new ChartSeries("deze periode", [new(store, 31.2m, FigureStatus.Ok), new("Tiel", 18m, FigureStatus.Ok)])]) { Horizontal = true };

        var card = Card(chart);

        var name = card.FindAll(".chart-plot svg text.category-across")[0].TextContent;
        Assert.StartsWith("Aan de Maas Centrum Kringloop", name, StringComparison.Ordinal);
        Assert.EndsWith("…", name, StringComparison.Ordinal);
        Assert.InRange(name.Length, 40, 60);
        Assert.StartsWith($"deze periode · {name}: ", card.FindAll(".chart-plot svg rect title")[0].TextContent, StringComparison.Ordinal);
        Assert.Contains($"{name}: 31,2%", card.Find(".chart-plot").GetAttribute("aria-label"), StringComparison.Ordinal);
        card.Find("button.chart-table-toggle").Click();
        Assert.Equal(store, card.Find("table.chart-table tbody th").TextContent);
    }
}
