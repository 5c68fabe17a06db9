using ScottPlot;
using SkiaSharp;

namespace Dashboard.Data.Exports.Charts;

/// <summary>
/// The product font as SkiaSharp typefaces, made from the embedded bytes rather than looked up on the machine, and
/// handed to ScottPlot under its family name, so every text in an exported chart — ScottPlot's tick labels as well
/// as the titles, labels and legend drawn around them — is Source Sans 3 wherever the export is made.
/// </summary>
internal static class ChartFonts
{
    private static readonly Lazy<(SKTypeface Regular, SKTypeface Semibold)> Faces = new(Register);

    public static SKTypeface Regular => Faces.Value.Regular;

    public static SKTypeface Semibold => Faces.Value.Semibold;

    /// <summary>The name ScottPlot's labels ask for; resolved by <see cref="ScottPlotFontResolver"/>.</summary>
    public static string Family
    {
        get
        {
            _ = Faces.Value;
            return ProductFont.Family;
        }
    }

    private static (SKTypeface, SKTypeface) Register()
    {
        var regular = Load(ProductFont.Regular);
        var semibold = Load(ProductFont.Semibold);
        // First in the list, so a copy of the family installed on the machine (or missing from it) never decides.
        Fonts.FontResolvers.Insert(0, new ScottPlotFontResolver(regular, semibold));
        return (regular, semibold);
    }

    private static SKTypeface Load(byte[] bytes) =>
        SKTypeface.FromData(SKData.CreateCopy(bytes)) ?? throw new InvalidOperationException("the product font could not be read");
}
