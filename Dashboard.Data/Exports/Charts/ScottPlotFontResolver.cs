using ScottPlot;
using SkiaSharp;

namespace Dashboard.Data.Exports.Charts;

/// <summary>Answers ScottPlot's requests for <see cref="ProductFont.Family"/> with the embedded faces; other names pass on.</summary>
internal sealed class ScottPlotFontResolver(SKTypeface regular, SKTypeface semibold) : IFontResolver
{
    public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing spacing) =>
        fontName == ProductFont.Family ? weight >= FontWeight.SemiBold ? semibold : regular : null;

    public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
        CreateTypeface(fontName, bold ? FontWeight.Bold : FontWeight.Normal, FontSlant.Upright, FontSpacing.Normal);
}
