using System.Globalization;
using System.Xml.Linq;
using SkiaSharp;

namespace Dashboard.Data.Exports.Charts;

/// <summary>
/// A &lt;text&gt; of the SVG that SkiaSharp writes, as a &lt;path&gt;: the outlines of its letters in the product font
/// (regular or semibold, as the text asked), each letter where SkiaSharp placed it, with the text's fill and
/// transform — and its words in <c>aria-label</c>, as Inkscape keeps them when it turns text into paths.
/// </summary>
internal static class SvgTextOutline
{
    public static XElement Of(XElement text)
    {
        // SkiaSharp writes the characters on a line of their own, indented, one position per character.
        var words = text.Value.Trim('\r', '\n', '\t');
        var xs = Numbers(text.Attribute("x")?.Value);
        var ys = Numbers(text.Attribute("y")?.Value);
        var face = text.Attribute("font-family")?.Value.Contains("Semibold", StringComparison.Ordinal) == true ? ChartFonts.Semibold : ChartFonts.Regular;
        var size = float.Parse(text.Attribute("font-size")?.Value ?? "12", CultureInfo.InvariantCulture);
        using var font = new SKFont(face, size) { Hinting = SKFontHinting.None, LinearMetrics = true, Subpixel = true };

        var glyphs = font.GetGlyphs(words).Length;
        using var outline = glyphs == xs.Count && xs.Count > 0 && ys.Count > 0
            ? font.GetTextPath(words, xs.Select((x, i) => new SKPoint(x, ys[Math.Min(i, ys.Count - 1)])).ToArray())
            : font.GetTextPath(words, new SKPoint(xs.FirstOrDefault(), ys.FirstOrDefault()));

        var path = new XElement(text.Name.Namespace + "path", new XAttribute("aria-label", words));
        foreach (var attribute in text.Attributes().Where(a => a.Name.LocalName is not ("x" or "y") && !a.Name.LocalName.StartsWith("font-", StringComparison.Ordinal)))
        {
            path.SetAttributeValue(attribute.Name, attribute.Value);
        }
        path.SetAttributeValue("d", SvgPathData.Of(outline));
        return path;
    }

    private static List<float> Numbers(string? list) => (list ?? "")
        .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(n => float.Parse(n, CultureInfo.InvariantCulture)).ToList();
}
