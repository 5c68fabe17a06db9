using System.Xml.Linq;
using Dashboard.Data.Indicators.Charts;
using Dashboard.Data.Indicators.Results;

namespace Dashboard.Data.Export.Charts;

/// <summary>
/// Finishes the SVG that SkiaSharp writes: a viewBox so it scales where it is placed, a title and a description
/// that read the chart out (the hidden values as "⊘ afgeschermd", since the mark itself is drawn), and font names
/// that CSS can parse — "Source Sans 3" unquoted is not a valid family name, so a viewer would drop it.
/// </summary>
internal static class ChartSvg
{
    private const string Fallbacks = "'Source Sans Pro', Arial, Helvetica, sans-serif";

    public static string Finish(string skiaSvg, ChartDescription chart, bool english)
    {
        var document = XDocument.Parse(skiaSvg);
        var root = document.Root ?? throw new InvalidOperationException("SkiaSharp wrote an SVG without a root");
        XNamespace svg = root.Name.Namespace;
        root.SetAttributeValue("viewBox", $"0 0 {root.Attribute("width")?.Value} {root.Attribute("height")?.Value}");
        root.SetAttributeValue("role", "img");
        root.AddFirst(new XElement(svg + "title", chart.Title), new XElement(svg + "desc", Description(chart, english)));
        foreach (var text in root.Descendants().Where(e => e.Attribute("font-family")?.Value.StartsWith(ProductFont.Family, StringComparison.Ordinal) == true))
        {
            var semibold = text.Attribute("font-family")!.Value.Contains("Semibold", StringComparison.Ordinal);
            text.SetAttributeValue("font-family", (semibold ? $"'{ProductFont.Family} Semibold', " : "") + $"'{ProductFont.Family}', {Fallbacks}");
            text.SetAttributeValue("font-weight", semibold ? "600" : null);
        }
        return document.Declaration + Environment.NewLine + document.Root;
    }

    /// <summary>The chart in words, as the chart card's label reads it to a screen reader.</summary>
    private static string Description(ChartDescription chart, bool english)
    {
        var parts = new List<string> { chart.Subtitle };
        foreach (var series in chart.Series)
        {
            var values = string.Join("; ", series.Points.Select(p => $"{p.Category}: {Value(chart, p, english)}"));
            parts.Add(chart.Series.Count == 1 ? values : $"{series.Name} — {values}");
        }
        if (chart.Median is { } median)
        {
            parts.Add($"{chart.MedianLabel ?? (english ? "median" : "mediaan")}: {ValueScale.Label(chart.Indicator, median, english)}");
        }
        if (chart.HasHiddenValues)
        {
            parts.Add("⊘ " + ChartPainter.HiddenNote(english));
        }
        return string.Join(". ", parts.Where(p => !string.IsNullOrWhiteSpace(p))) + ".";
    }

    private static string Value(ChartDescription chart, ChartPoint point, bool english) => point.Status switch
    {
        FigureStatus.Ok when point.Value is { } value => ValueScale.Label(chart.Indicator, value, english),
        FigureStatus.Hidden => english ? "⊘ protected" : "⊘ afgeschermd",
        FigureStatus.NoData => english ? "no data" : "geen gegevens",
        _ => english ? "n/a" : "n.v.t.",
    };
}
