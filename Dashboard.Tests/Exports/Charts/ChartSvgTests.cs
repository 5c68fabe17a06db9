using System.Xml.Linq;
using Dashboard.Data.Domain;
using Dashboard.Data.Exports;
using Dashboard.Data.Exports.Charts;
using Dashboard.Data.Figures.Results;
using Dashboard.Data.Figures.Views;
using SkiaSharp;

namespace Dashboard.Tests.Exports.Charts;

public sealed class ChartSvgTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void An_svg_is_well_formed_at_screen_size_with_its_title_subtitle_and_source_line_as_text()
    {
        var chart = SampleCharts.BarWithHiddenAndMedian();

        var svg = XDocument.Parse(ChartExport.Svg(chart, Language.Dutch)).Root!;

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
        var hidden = XDocument.Parse(ChartExport.Svg(SampleCharts.BarWithHiddenAndMedian(), Language.Dutch)).Root!;
        var shown = XDocument.Parse(ChartExport.Svg(WithEveryValueShown(SampleCharts.BarWithHiddenAndMedian()), Language.Dutch)).Root!;

        // The ⊘ after the store's name, in place of its bar, and before the note in the legend.
        Assert.Equal(3, hidden.Descendants(Svg + "ellipse").Count());
        Assert.Empty(shown.Descendants(Svg + "ellipse"));
        Assert.Contains("afgeschermd ter bescherming van de privacy", Texts(hidden));
        Assert.DoesNotContain("afgeschermd ter bescherming van de privacy", Texts(shown));
        Assert.Contains("Aan de Maas Blerick: ⊘ afgeschermd", hidden.Element(Svg + "desc")!.Value);
        Assert.Contains("⊘ afgeschermd ter bescherming van de privacy", hidden.Element(Svg + "desc")!.Value);
        Assert.DoesNotContain("⊘", shown.Element(Svg + "desc")!.Value);
        // No bar is drawn for the hidden store: three bars in the series colour, and the legend's swatch.
        Assert.Equal(4, Filled(hidden, ChartPalette.For(0)));
        Assert.Equal(5, Filled(shown, ChartPalette.For(0)));
    }

    [Fact]
    public void A_line_breaks_at_a_hidden_point_instead_of_dropping_to_zero()
    {
        var svg = XDocument.Parse(ChartExport.Svg(SampleCharts.LineWithHiddenPoints(), Language.Dutch)).Root!;

        // This year: January–February, April–July, September–December; a year earlier: January–May, July–December.
        // Each series also has its line in the legend.
        Assert.Equal(3 + 1, Stroked(svg, ChartPalette.For(0)));
        Assert.Equal(2 + 1, Stroked(svg, ChartPalette.For(1)));
        Assert.Contains("deze periode", Texts(svg));
        Assert.Contains("een jaar eerder", Texts(svg));
    }

    [Fact]
    public void A_waterfall_floats_each_step_from_where_the_one_before_ended()
    {
        var chart = SampleCharts.Waterfall();
        var svg = XDocument.Parse(ChartExport.Svg(chart, Language.Dutch)).Root!;

        // Two levels in blue (gross and value), one gain in green (later years), four losses in vermilion.
        var levels = Bars(svg, ChartPalette.Series[0]);
        var gains = Bars(svg, ChartPalette.Series[2]);
        var losses = Bars(svg, ChartPalette.Series[5]);
        Assert.Equal((2, 1, 4), (levels.Count, gains.Count, losses.Count));
        var baseline = levels[0].Bottom;
        Assert.Equal(baseline, levels[1].Bottom, 0.5f);
        // Gross 10,000 stands on the axis; deadweight floats from 8,000 to 10,000: its top is the gross bar's top, its
        // bottom a fifth of the way down.
        var perEuro = (baseline - levels[0].Top) / 10_000f;
        var deadweight = losses.OrderBy(b => b.Left).First();
        Assert.Equal(levels[0].Top, deadweight.Top, 0.5f);
        Assert.Equal(baseline - 8_000 * perEuro, deadweight.Bottom, 0.5f);
        // The later years rise from 5,400 (what attribution left) to 9,450.
        Assert.Equal(baseline - 5_400 * perEuro, gains[0].Bottom, 0.5f);
        Assert.Equal(baseline - 9_450 * perEuro, gains[0].Top, 0.5f);
        Assert.Contains("Waarde", Texts(svg));
    }

    [Fact]
    public void Numbers_read_as_on_screen_in_Dutch_or_in_English()
    {
        var dutch = Texts(XDocument.Parse(ChartExport.Svg(SampleCharts.BarWithHiddenAndMedian(), culture: Language.Dutch)).Root!);
        var english = Texts(XDocument.Parse(ChartExport.Svg(SampleCharts.BarWithHiddenAndMedian(), culture: Language.English)).Root!);
        var rates = Texts(XDocument.Parse(ChartExport.Svg(SampleCharts.EighteenStores(), Language.Dutch)).Root!);

        Assert.Contains("1.000", dutch);
        Assert.Contains("1.250", dutch);
        Assert.DoesNotContain("1,000", dutch);
        Assert.Contains("1,000", english);
        Assert.Contains("1,250", english);
        Assert.DoesNotContain("1.000", english);
        Assert.Contains("protected to safeguard privacy", english);
        Assert.Contains("20,0%", rates);
        Assert.Contains("62,5%", rates);
        Assert.Contains("mediaan: 40,5%", rates);
    }

    [Fact]
    public void Every_text_is_drawn_as_outlines_of_the_product_font_so_no_installed_font_is_needed()
    {
        var svg = SvgFile.Open(ChartExport.Svg(SampleCharts.LineWithHiddenPoints(), Language.Dutch));

        // Nothing is left for a viewer or layout program to set in a font of its own choosing.
        Assert.Empty(svg.Descendants(Svg + "text"));
        Assert.DoesNotContain(svg.DescendantsAndSelf().SelectMany(e => e.Attributes()), a => a.Name.LocalName.StartsWith("font", StringComparison.Ordinal));
        // Tick labels come from ScottPlot, everything else from the painter: all of them outlines.
        Assert.Contains("25", Texts(svg));
        Assert.Contains("deze periode", Texts(svg));
        // The title in the semibold face at 28 px: its outline is as wide as the embedded font draws the word, not as the regular face would.
        var title = SvgFile.Bounds(SvgFile.TextOutlines(svg).Single(t => t.Attribute("aria-label")!.Value == "Instroom"));
        Assert.Equal(InkWidth(ProductFont.Semibold, 28, "Instroom"), title.Width, 0.3);
        Assert.True(Math.Abs(InkWidth(ProductFont.Regular, 28, "Instroom") - title.Width) > 2, "the regular face draws the title narrower");
    }

    [Fact]
    public void The_outlines_keep_the_file_small_enough_for_a_layout_program()
    {
        var svg = ChartExport.Svg(SampleCharts.EighteenStores(), Language.Dutch);

        // About 270 KB for this, the most lettered chart: outlines in the path data SkiaSharp writes would take 610 KB.
        Assert.InRange(svg.Length, 1, 300_000);
    }

    [Fact]
    public void Eighteen_long_store_names_are_set_in_full_and_within_the_image()
    {
        var chart = SampleCharts.EighteenStores();

        var svg = XDocument.Parse(ChartExport.Svg(chart, Language.Dutch)).Root!;

        var texts = Texts(svg);
        Assert.All(chart.Categories, store => Assert.Contains(store, texts));
        Assert.All(SvgFile.TextOutlines(svg), t =>
        {
            var bounds = SvgFile.Bounds(t);
            Assert.InRange(bounds.Left, 12, 1188);
            Assert.InRange(bounds.Right, 12, 1188);
        });
    }

    [Fact]
    public void Long_names_under_upright_bars_wrap_between_words_into_even_lines()
    {
        var chart = SampleCharts.EightLongNames();

        var texts = Texts(XDocument.Parse(ChartExport.Svg(chart, Language.Dutch)).Root!);

        var words = chart.Categories.SelectMany(c => c.Split(' ')).ToHashSet();
        var lines = texts.Where(t => t.Split(' ').Any(words.Contains) && chart.Categories.Any(c => c.Contains(t, StringComparison.Ordinal))).ToList();
        Assert.All(lines, line => Assert.All(line.Split(' '), word => Assert.Contains(word, words)));
        Assert.Equal(8, lines.Count(l => l == "Kringloopwinkel"));
        Assert.Equal(8, lines.Count(l => l == "De Tweede"));
        Assert.Contains("Ronde 6", lines);
    }

    [Fact]
    public async Task A_name_of_ten_megabytes_is_drawn_shortened_within_the_budget()
    {
        var store = "Heel lange winkelnaam " + new string('k', 10_000_000);
        var chart = SampleCharts.BarWithHiddenAndMedian();
        chart = chart with { Series = [chart.Series[0] with { Points = [chart.Series[0].Points[0] with { Category = store }, .. chart.Series[0].Points.Skip(1)] }] };

        var svg = SvgFile.Open(await Task.Run(() => ChartExport.Svg(chart, Language.Dutch)).WaitAsync(LongNameExportTests.Budget));

        // Upright bars: the name wraps, its words on the first line, as much of the run of k's as is drawn on the next.
        var texts = Texts(svg);
        Assert.Contains("Heel lange winkelnaam", texts);
        var run = texts.Where(t => t.Length > 0 && t.TrimEnd('…').All(c => c == 'k')).ToList();
        Assert.EndsWith("…", run[^1], StringComparison.Ordinal);
        Assert.InRange(run.Sum(l => l.TrimEnd('…').Length), 10, 60);
        Assert.InRange(svg.ToString().Length, 1, 300_000);
    }

    private static List<string> Texts(XElement svg) => SvgFile.Texts(svg);

    private static float InkWidth(byte[] face, float size, string text)
    {
        using var font = new SKFont(SKTypeface.FromData(SKData.CreateCopy(face)), size) { Hinting = SKFontHinting.None, LinearMetrics = true, Subpixel = true };
        using var outline = font.GetTextPath(text, new SKPoint(0, 0));
        return outline.TightBounds.Width;
    }

    /// <summary>The bars drawn in <paramref name="colour"/>, left to right (the legend's swatch is no taller than a line of text).</summary>
    private static List<SKRect> Bars(XElement svg, string colour) => svg.Descendants(Svg + "rect")
        .Where(e => string.Equals(e.Attribute("fill")?.Value, colour, StringComparison.OrdinalIgnoreCase))
        .Select(e => SKRect.Create(Number(e, "x"), Number(e, "y"), Number(e, "width"), Number(e, "height")))
        .Where(b => b.Height > 20).OrderBy(b => b.Left).ToList();

    private static float Number(XElement element, string attribute) =>
        float.Parse(element.Attribute(attribute)!.Value, System.Globalization.CultureInfo.InvariantCulture);

    private static int Filled(XElement svg, string colour) =>
        svg.Descendants().Count(e => string.Equals(e.Attribute("fill")?.Value, colour, StringComparison.OrdinalIgnoreCase));

    private static int Stroked(XElement svg, string colour) => svg.Descendants(Svg + "path").Count(e =>
        string.Equals(e.Attribute("stroke")?.Value, colour, StringComparison.OrdinalIgnoreCase) && e.Attribute("stroke-width")?.Value == "2.5");

    private static ChartDescription WithEveryValueShown(ChartDescription chart) => chart with
    {
        Series = chart.Series.Select(s => s with { Points = s.Points.Select(p => p.Value is null ? p with { Value = 5, Status = FigureStatus.Ok } : p).ToList() }).ToList(),
    };
}
