using SkiaSharp;

namespace Dashboard.Data.Exports.Charts;

/// <summary>
/// The "⊘" that marks a hidden value (docs/indicatoren.md#afscherming), drawn as a circle with a stroke rather than as a character: the
/// product font has no such glyph, and a fallback font would differ from machine to machine.
/// </summary>
internal static class HiddenMark
{
    /// <summary>How wide the mark is beside text of the given size.</summary>
    public static float Width(float fontSize) => fontSize * 0.8f;

    public static void Draw(SKCanvas canvas, float centreX, float centreY, float diameter, SKColor color)
    {
        using var paint = new SKPaint { Color = color, IsAntialias = true, IsStroke = true, StrokeWidth = Math.Max(1.2f, diameter * 0.11f) };
        var radius = (diameter - paint.StrokeWidth) / 2;
        canvas.DrawCircle(centreX, centreY, radius, paint);
        var d = radius * MathF.Sqrt(0.5f);
        canvas.DrawLine(centreX + d, centreY - d, centreX - d, centreY + d, paint);
    }
}
