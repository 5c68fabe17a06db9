using Dashboard.Data.Domain;
using SkiaSharp;

namespace Dashboard.Data.Exports.Charts;

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
    /// The text in at most <paramref name="maxLines"/> lines no wider than <paramref name="width"/>, broken between words;
    /// a word wider than the line is broken inside, so nothing is ever cut off unseen: what does not fit in the lines
    /// ends the last one with "…". Lines are made one at a time and only as many as are kept, so a long text costs no
    /// more than the lines it fills.
    /// </summary>
    public IReadOnlyList<string> Wrap(string text, float width, int maxLines)
    {
        var lines = Lines(text, width).Take(maxLines + 1).ToList();
        if (lines.Count > maxLines)
        {
            lines.RemoveAt(maxLines);
            lines[^1] = Ellipsis.Fit(lines[^1], width, t => Measure(t), cut: true);
        }
        return lines;
    }

    /// <summary>The lines one at a time; nothing longer than a line can hold is ever measured.</summary>
    private IEnumerable<string> Lines(string text, float width)
    {
        var most = MostCharacters(width);
        bool Fits(string line) => line.Length <= most && Measure(line) <= width;
        var line = string.Empty;
        var any = false;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (Fits(candidate))
            {
                line = candidate;
                continue;
            }
            if (line.Length > 0)
            {
                any = true;
                yield return line;
            }
            line = word;
            while (line.Length > 1 && !Fits(line))
            {
                any = true;
                var fits = Math.Max(1, _font.BreakText(line.AsSpan(0, Math.Min(line.Length, most)), width));
                yield return line[..fits];
                line = line[fits..];
            }
        }
        if (line.Length > 0 || !any)
        {
            yield return line;
        }
    }

    /// <summary>
    /// More characters than fit <paramref name="width"/>: no visible glyph of the product font is narrower than a tenth
    /// of its size (a run of invisible ones only makes a shorter line).
    /// </summary>
    private int MostCharacters(float width) => (int)(width / (Size * 0.1f)) + 2;

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
