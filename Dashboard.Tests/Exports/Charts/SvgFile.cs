using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using SkiaSharp;

namespace Dashboard.Tests.Exports.Charts;

/// <summary>
/// Reads an exported SVG as a person meets it: every text is drawn as outlines, so what it says is each outline's
/// <c>aria-label</c> (what a screen reader and a layout program's object list show), and where it lies is the
/// outline's extent on the image.
/// </summary>
public static partial class SvgFile
{
    public static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static XElement Open(string svg) => XDocument.Parse(svg).Root!;

    /// <summary>The outlines that draw a text, in drawing order.</summary>
    public static List<XElement> TextOutlines(XElement svg) => svg.Descendants(Svg + "path").Where(p => p.Attribute("aria-label") is not null).ToList();

    /// <summary>The words of every text drawn, one entry per line of text.</summary>
    public static List<string> Texts(XElement svg) => TextOutlines(svg).Select(p => p.Attribute("aria-label")!.Value.Trim()).ToList();

    /// <summary>Where an outline's ink lies on the image: its path data moved by its transform, if any.</summary>
    public static SKRect Bounds(XElement outline)
    {
        using var path = SKPath.ParseSvgPathData(outline.Attribute("d")!.Value);
        if (outline.Attribute("transform")?.Value is { } transform)
        {
            var n = Numbers().Matches(transform).Select(m => float.Parse(m.Value, CultureInfo.InvariantCulture)).ToArray();
            path.Transform(transform.StartsWith("translate", StringComparison.Ordinal)
                ? SKMatrix.CreateTranslation(n[0], n.Length > 1 ? n[1] : 0)
                : new SKMatrix(n[0], n[2], n[4], n[1], n[3], n[5], 0, 0, 1));
        }
        return path.TightBounds;
    }

    [GeneratedRegex(@"-?[\d.]+(e-?\d+)?")]
    private static partial Regex Numbers();
}
