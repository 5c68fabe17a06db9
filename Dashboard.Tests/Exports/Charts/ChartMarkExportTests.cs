using System.Xml.Linq;
using Dashboard.Data.Domain;
using Dashboard.Data.Exports.Charts;
using Dashboard.Data.Figures.Views;
using SkiaSharp;
using static Dashboard.Tests.Exports.Charts.SvgFile;

namespace Dashboard.Tests.Exports.Charts;

/// <summary>
/// An annotation on an exported trend chart (docs/weergave-en-export.md#gebeurtenissen): a marked point in its own colour above the
/// month its date falls in — where that month's label and the lines' points stand — with its text beside it, in PNG and SVG.
/// </summary>
public sealed class ChartMarkExportTests
{
    /// <summary>The mark's purple, also where the thin dashed line is softened towards white: blue and red both well above green, as in no series' colour.</summary>
    private static bool IsMark(SKColor c) => c.Blue - c.Green > 30 && c.Red - c.Green > 15;

    private static ChartDescription Marked() => SampleCharts.LineWithHiddenPoints() with
    {
        Marks = [new ChartMark("apr 2025", new DateOnly(2025, 4, 14), "Nieuwe fietswerkplaats geopend", 1)],
    };

    /// <summary>The centre of a month's label on the axis: where the plot maps that category (ScottPlot's GetPixel, which the labels use too).</summary>
    private static float CategoryX(XElement svg, string category) =>
        Bounds(TextOutlines(svg).Single(t => t.Attribute("aria-label")!.Value.Trim() == category)).MidX;

    [Fact]
    public void The_SVG_has_the_mark_over_its_month_with_its_text_beside_it_and_in_its_description()
    {
        var svg = Open(ChartExport.Svg(Marked(), Language.Dutch));
        var april = CategoryX(svg, "apr 2025");

        // SkiaSharp writes the diamond and the dashed line (as the outline of its dashes), both filled in the mark's colour.
        var drawn = svg.Descendants(Svg + "path").Where(p => string.Equals(p.Attribute("fill")?.Value, ChartPalette.Annotation, StringComparison.OrdinalIgnoreCase))
            .Select(Bounds).OrderBy(b => b.Height).ToList();
        Assert.Equal(2, drawn.Count);
        var (mark, line) = (drawn[0], drawn[1]);
        Assert.InRange(mark.MidX, april - 1, april + 1);
        Assert.InRange(mark.Width, 10, 14);
        Assert.InRange(line.MidX, april - 1, april + 1);
        Assert.InRange(line.Top, mark.Bottom - 1, mark.Bottom + 2);
        Assert.True(line.Height > 300, $"the line runs down to the axis ({line.Height} px)");

        var label = Bounds(TextOutlines(svg).Single(t => t.Attribute("aria-label")!.Value.Trim() == "14 apr: Nieuwe fietswerkplaats geopend"));
        Assert.InRange(label.Left, mark.Right, mark.Right + 10);
        Assert.InRange(label.MidY, mark.Top - 4, mark.Bottom + 4);
        Assert.Contains("Gebeurtenissen: 14 apr 2025: Nieuwe fietswerkplaats geopend.", svg.Element(Svg + "desc")!.Value);
    }

    [Fact]
    public void The_PNG_has_the_marks_colour_in_the_column_of_its_month_and_nowhere_else()
    {
        var chart = Marked();
        var april = CategoryX(Open(ChartExport.Svg(chart, Language.Dutch)), "apr 2025");
        var july = CategoryX(Open(ChartExport.Svg(chart, Language.Dutch)), "jul 2025");
        var png = ChartExport.Png(chart, ChartSize.Screen, Language.Dutch);
        PngFile.Preview("annotation", png);
        using var image = SKBitmap.Decode(png);

        var column = PngFile.Count(image, new SKRectI((int)april - 1, 0, (int)april + 2, image.Height), IsMark);
        var everywhere = PngFile.Count(image, new SKRectI(0, 0, image.Width, image.Height), IsMark);
        var aroundIt = PngFile.Count(image, new SKRectI((int)april - 8, 0, (int)april + 9, image.Height), IsMark);

        Assert.True(column > 150, $"{column} pixels of the mark's colour in the column of April");
        Assert.Equal(everywhere, aroundIt);
        Assert.Equal(0, PngFile.Count(image, new SKRectI((int)july - 8, 0, (int)july + 9, image.Height), IsMark));
    }

    [Fact]
    public void A_chart_without_annotations_has_none_of_their_colour()
    {
        using var image = SKBitmap.Decode(ChartExport.Png(SampleCharts.LineWithHiddenPoints(), ChartSize.Screen, Language.Dutch));

        Assert.Equal(0, PngFile.Count(image, new SKRectI(0, 0, image.Width, image.Height), IsMark));
    }

    [Fact]
    public void Marks_in_neighbouring_months_put_their_texts_in_rows_that_do_not_overlap()
    {
        var chart = Marked() with
        {
            Marks =
            [
                new ChartMark("apr 2025", new DateOnly(2025, 4, 14), "Nieuwe fietswerkplaats geopend", 1),
                new ChartMark("mei 2025", new DateOnly(2025, 5, 1), "Extra instroom via gemeente", 2),
                new ChartMark("dec 2025", new DateOnly(2025, 12, 20), "Kerstmarkt", 3),
            ],
        };
        PngFile.Preview("annotation-rows", ChartExport.Png(chart, ChartSize.Screen, Language.Dutch));
        var svg = Open(ChartExport.Svg(chart, Language.Dutch));
        var labels = TextOutlines(svg).Where(t => chart.Marks.Any(m => t.Attribute("aria-label")!.Value.EndsWith(m.Text, StringComparison.Ordinal))).Select(Bounds).ToList();

        Assert.Equal(3, labels.Count);
        for (var i = 0; i < labels.Count; i++)
        {
            for (var j = i + 1; j < labels.Count; j++)
            {
                Assert.False(labels[i].IntersectsWith(labels[j]), $"label {i} and {j} overlap");
            }
        }
        // The December text goes left of its mark: to the right there is no room.
        var december = CategoryX(svg, "dec 2025");
        Assert.True(labels[2].Right < december, "December's text ends before its mark");
    }
}
