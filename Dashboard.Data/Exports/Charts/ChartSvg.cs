using System.Globalization;
using System.Xml.Linq;
using Dashboard.Data.Domain;
using Dashboard.Data.Figures.Explaining;
using Dashboard.Data.Figures.Results;
using Dashboard.Data.Figures.Views;

namespace Dashboard.Data.Exports.Charts;

/// <summary>
/// Finishes the SVG that SkiaSharp writes: a viewBox so it scales where it is placed, a title and a description
/// that read the chart out (the hidden values as "⊘ afgeschermd", since the mark itself is drawn), and every text
/// as the outlines of its letters (<see cref="SvgTextOutline"/>). The SVG is for layout programs — Inkscape,
/// Illustrator, Affinity, Word, LibreOffice — and most of them ignore a font embedded with @font-face, so only
/// outlines look the same everywhere, whatever fonts are installed; the words stay in each outline's aria-label.
/// </summary>
internal static class ChartSvg
{
    public static string Finish(string skiaSvg, ChartDescription chart, CultureInfo culture)
    {
        var document = XDocument.Parse(skiaSvg);
        var root = document.Root ?? throw new InvalidOperationException("SkiaSharp wrote an SVG without a root");
        XNamespace svg = root.Name.Namespace;
        root.SetAttributeValue("viewBox", $"0 0 {root.Attribute("width")?.Value} {root.Attribute("height")?.Value}");
        root.SetAttributeValue("role", "img");
        root.AddFirst(new XElement(svg + "title", chart.Title), new XElement(svg + "desc", Description(chart, culture)));
        foreach (var text in root.Descendants(svg + "text").ToList())
        {
            text.ReplaceWith(SvgTextOutline.Of(text));
        }
        return document.Declaration + Environment.NewLine + document.Root;
    }

    /// <summary>The chart in words, as the chart card's label reads it to a screen reader: with the names as drawn.</summary>
    private static string Description(ChartDescription chart, CultureInfo culture)
    {
        var parts = new List<string> { chart.Subtitle };
        foreach (var series in chart.Series)
        {
            var values = string.Join("; ", series.Points.Select(p => $"{Ellipsis.Name(p.Category)}: {Value(chart, p, culture)}"));
            parts.Add(chart.Series.Count == 1 ? values : $"{Ellipsis.Name(series.Name)} — {values}");
        }
        if (chart.Distribution is { } distribution)
        {
            parts.Add(distribution.Sentence.TrimEnd('.'));
            if (distribution.Distribution is { } words)
            {
                parts.Add(words.TrimEnd('.'));
            }
        }
        if (chart.Median is { } median)
        {
            parts.Add($"{chart.MedianLabel ?? FigureTexts.Get("Chart.Median", culture)}: {ValueScale.Label(chart.Indicator, median, culture)}");
        }
        if (chart.HasHiddenValues)
        {
            parts.Add("⊘ " + ChartPainter.HiddenNote(culture));
        }
        if (chart.Marks.Count > 0)
        {
            parts.Add($"{FigureTexts.Get("Chart.Annotations", culture)}: {string.Join("; ", chart.Marks.Select(m => ChartMarks.Describe(m, culture)))}");
        }
        return string.Join(". ", parts.Where(p => !string.IsNullOrWhiteSpace(p))) + ".";
    }

    private static string Value(ChartDescription chart, ChartPoint point, CultureInfo culture) => point.Status switch
    {
        FigureStatus.Ok when point.Value is { } value => ValueScale.Label(chart.Indicator, value, culture),
        FigureStatus.Hidden => "⊘ " + FigureFormat.Word(FigureStatus.Hidden, culture),
        var status => FigureFormat.Word(status, culture),
    };
}
