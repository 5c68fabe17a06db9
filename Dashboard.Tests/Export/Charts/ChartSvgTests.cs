using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Dashboard.Data.Export;
using Dashboard.Data.Export.Charts;
using Dashboard.Data.Indicators.Charts;
using Dashboard.Data.Indicators.Results;

namespace Dashboard.Tests.Export.Charts;

public sealed class ChartSvgTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void An_svg_is_well_formed_at_screen_size_with_its_title_subtitle_and_source_line_as_text()
    {
        var chart = SampleCharts.BarWithHiddenAndMedian();

        var svg = XDocument.Parse(ChartExport.Svg(chart)).Root!;

        Assert.Equal(Svg + "svg", svg.Name);
        Assert.Equal(("1200", "675", "0 0 1200 675"), (svg.Attribute("width")?.Value, svg.Attribute("height")?.Value, svg.Attribute("viewBox")?.Value));
        Assert.Equal(chart.Title, svg.Element(Svg + "title")?.Value);
        Assert.Contains(chart.Title, Texts(svg));
        Assert.Contains(chart.Subtitle, Texts(svg));
        Assert.Contains(chart.SourceLine, Texts(svg));
        Assert.Contains("mediaan: 864", Texts(svg));
    }

    [Fact]
    public void A_hidden_value_is_marked_with_a_drawn_circle_and_read_out_as_protected()
    {
        var hidden = XDocument.Parse(ChartExport.Svg(SampleCharts.BarWithHiddenAndMedian())).Root!;
        var shown = XDocument.Parse(ChartExport.Svg(WithEveryValueShown(SampleCharts.BarWithHiddenAndMedian()))).Root!;

        // The ⊘ after the store's name, in place of its bar, and before the note in the legend.
        Assert.Equal(3, hidden.Descendants(Svg + "ellipse").Count());
        Assert.Empty(shown.Descendants(Svg + "ellipse"));
        Assert.Contains("afgeschermd: te weinig personen om te tonen", Texts(hidden));
        Assert.DoesNotContain("afgeschermd: te weinig personen om te tonen", Texts(shown));
        Assert.Contains("Aan de Maas Blerick: ⊘ afgeschermd", hidden.Element(Svg + "desc")!.Value);
        Assert.Contains("⊘ afgeschermd: te weinig personen om te tonen", hidden.Element(Svg + "desc")!.Value);
        Assert.DoesNotContain("⊘", shown.Element(Svg + "desc")!.Value);
        // No bar is drawn for the hidden store: three bars in the series colour, and the legend's swatch.
        Assert.Equal(4, Filled(hidden, ChartPalette.For(0)));
        Assert.Equal(5, Filled(shown, ChartPalette.For(0)));
    }

    [Fact]
    public void A_line_breaks_at_a_hidden_point_instead_of_dropping_to_zero()
    {
        var svg = XDocument.Parse(ChartExport.Svg(SampleCharts.LineWithHiddenPoints())).Root!;

        // This year: January–February, April–July, September–December; a year earlier: January–May, July–December.
        // Each series also has its line in the legend.
        Assert.Equal(3 + 1, Stroked(svg, ChartPalette.For(0)));
        Assert.Equal(2 + 1, Stroked(svg, ChartPalette.For(1)));
        Assert.Contains("deze periode", Texts(svg));
        Assert.Contains("een jaar eerder", Texts(svg));
    }

    [Fact]
    public void Numbers_read_as_on_screen_in_Dutch_or_in_English()
    {
        var dutch = Texts(XDocument.Parse(ChartExport.Svg(SampleCharts.BarWithHiddenAndMedian(), english: false)).Root!);
        var english = Texts(XDocument.Parse(ChartExport.Svg(SampleCharts.BarWithHiddenAndMedian(), english: true)).Root!);
        var rates = Texts(XDocument.Parse(ChartExport.Svg(SampleCharts.EighteenStores())).Root!);

        Assert.Contains("1.000", dutch);
        Assert.Contains("1.250", dutch);
        Assert.DoesNotContain("1,000", dutch);
        Assert.Contains("1,000", english);
        Assert.Contains("1,250", english);
        Assert.DoesNotContain("1.000", english);
        Assert.Contains("protected: too few people to show", english);
        Assert.Contains("20,0%", rates);
        Assert.Contains("62,5%", rates);
        Assert.Contains("mediaan: 40,5%", rates);
    }

    [Fact]
    public void Every_text_is_set_in_the_product_font_the_title_in_its_semibold()
    {
        var svg = XDocument.Parse(ChartExport.Svg(SampleCharts.LineWithHiddenPoints())).Root!;
        var texts = svg.Descendants(Svg + "text").ToList();

        // Tick labels come from ScottPlot, everything else from the painter: both through the embedded faces.
        Assert.Contains(texts, t => t.Value.Trim() == "25");
        Assert.All(texts, t => Assert.StartsWith($"'{ProductFont.Family}", t.Attribute("font-family")?.Value));
        var title = texts.Single(t => t.Value.Trim() == "Instroom");
        Assert.StartsWith($"'{ProductFont.Family} Semibold'", title.Attribute("font-family")!.Value);
        Assert.Equal("600", title.Attribute("font-weight")?.Value);
        Assert.Equal("28", title.Attribute("font-size")?.Value);
        Assert.Single(texts, t => t.Attribute("font-weight") is not null);
    }

    [Fact]
    public void Eighteen_long_store_names_are_set_in_full_and_within_the_image()
    {
        var chart = SampleCharts.EighteenStores();

        var svg = XDocument.Parse(ChartExport.Svg(chart)).Root!;

        var texts = Texts(svg);
        Assert.All(chart.Categories, store => Assert.Contains(store, texts));
        Assert.All(svg.Descendants(Svg + "text"), t =>
        {
            // ScottPlot places its tick labels with a translation; nothing is turned in this chart.
            var shift = t.Attribute("transform")?.Value is { } transform
                ? double.Parse(Regex.Match(transform, @"^translate\(([-\d.]+) [-\d.]+\)$").Groups[1].Value, CultureInfo.InvariantCulture)
                : 0;
            var xs = t.Attribute("x")!.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(x => shift + double.Parse(x, CultureInfo.InvariantCulture)).ToList();
            Assert.InRange(xs.Min(), 12, 1188);
            Assert.InRange(xs.Max(), 12, 1188);
        });
    }

    [Fact]
    public void Long_names_under_upright_bars_wrap_between_words_into_even_lines()
    {
        var chart = SampleCharts.EightLongNames();

        var texts = Texts(XDocument.Parse(ChartExport.Svg(chart)).Root!);

        var words = chart.Categories.SelectMany(c => c.Split(' ')).ToHashSet();
        var lines = texts.Where(t => t.Split(' ').Any(words.Contains) && chart.Categories.Any(c => c.Contains(t, StringComparison.Ordinal))).ToList();
        Assert.All(lines, line => Assert.All(line.Split(' '), word => Assert.Contains(word, words)));
        Assert.Equal(8, lines.Count(l => l == "Kringloopwinkel"));
        Assert.Equal(8, lines.Count(l => l == "De Tweede"));
        Assert.Contains("Ronde 6", lines);
    }

    private static List<string> Texts(XElement svg) => svg.Descendants(Svg + "text").Select(t => t.Value.Trim()).ToList();

    private static int Filled(XElement svg, string colour) =>
        svg.Descendants().Count(e => string.Equals(e.Attribute("fill")?.Value, colour, StringComparison.OrdinalIgnoreCase));

    private static int Stroked(XElement svg, string colour) => svg.Descendants(Svg + "path").Count(e =>
        string.Equals(e.Attribute("stroke")?.Value, colour, StringComparison.OrdinalIgnoreCase) && e.Attribute("stroke-width")?.Value == "2.5");

    private static ChartDescription WithEveryValueShown(ChartDescription chart) => chart with
    {
        Series = chart.Series.Select(s => s with { Points = s.Points.Select(p => p.Value is null ? p with { Value = 5, Status = FigureStatus.Ok } : p).ToList() }).ToList(),
    };
}
