using SkiaSharp;

namespace Dashboard.Data.Export.Charts;

/// <summary>One kind of text in an exported chart: face, size and colour, with measuring, wrapping and drawing.</summary>
internal sealed class TextStyle : IDisposable
{
    private readonly SKFont _font;
    private readonly SKPaint _paint;

    public TextStyle(SKTypeface face, float size, SKColor color)
    {
        // No hinting and linear metrics: the same advances at every scale and on every machine.
        _font = new SKFont(face, size) { Hinting = SKFontHinting.None, LinearMetrics = true, Subpixel = true, Edging = SKFontEdging.Antialias };
        _paint = new SKPaint { Color = color, IsAntialias = true };
        Size = size;
        LineHeight = size * 1.25f;
    }

    public float Size { get; }

    public float LineHeight { get; }

    public float Measure(string text) => _font.MeasureText(text);

    /// <summary>
    /// The text in lines no wider than <paramref name="width"/>, broken between words; a word wider than the line is
    /// broken inside, so nothing is ever cut off.
    /// </summary>
    public IReadOnlyList<string> Wrap(string text, float width)
    {
        var lines = new List<string>();
        var line = string.Empty;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (Measure(candidate) <= width)
            {
                line = candidate;
                continue;
            }
            if (line.Length > 0)
            {
                lines.Add(line);
            }
            line = word;
            while (Measure(line) > width && line.Length > 1)
            {
                var fits = line.Length - 1;
                while (fits > 1 && Measure(line[..fits]) > width)
                {
                    fits--;
                }
                lines.Add(line[..fits]);
                line = line[fits..];
            }
        }
        if (line.Length > 0 || lines.Count == 0)
        {
            lines.Add(line);
        }
        return lines;
    }

    /// <summary>Draws one line whose line box starts at <paramref name="top"/>; x is its left, centre or right edge.</summary>
    public void Draw(SKCanvas canvas, string text, float x, float top, SKTextAlign align = SKTextAlign.Left)
    {
        var metrics = _font.Metrics;
        var baseline = top + (LineHeight - (metrics.Descent - metrics.Ascent)) / 2 - metrics.Ascent;
        canvas.DrawText(text, x, baseline, align, _font, _paint);
    }

    /// <summary>Draws one line on a patch of <paramref name="background"/>, so a line drawn across it does not hide it.</summary>
    public void DrawOn(SKColor background, SKCanvas canvas, string text, float x, float top, SKTextAlign align)
    {
        var width = Measure(text);
        var left = align switch { SKTextAlign.Center => x - width / 2, SKTextAlign.Right => x - width, _ => x };
        using var patch = new SKPaint { Color = background, IsAntialias = true };
        canvas.DrawRoundRect(SKRect.Create(left - 3, top + LineHeight * 0.1f, width + 6, LineHeight * 0.8f), 2, 2, patch);
        Draw(canvas, text, x, top, align);
    }

    /// <summary>Draws lines one under the other from <paramref name="top"/>.</summary>
    public void Draw(SKCanvas canvas, IReadOnlyList<string> lines, float x, float top, SKTextAlign align = SKTextAlign.Left)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            Draw(canvas, lines[i], x, top + i * LineHeight, align);
        }
    }

    public void Dispose()
    {
        _font.Dispose();
        _paint.Dispose();
    }
}
