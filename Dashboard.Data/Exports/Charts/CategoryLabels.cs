using SkiaSharp;

namespace Dashboard.Data.Exports.Charts;

/// <summary>
/// The category names of a chart — stores, groups, months — set so that none is cut off or runs into the next:
/// straight, wrapped, turned 45° or 90°, or thinned out; a category with a hidden value carries the ⊘ mark.
/// </summary>
internal sealed class CategoryLabels(IReadOnlyList<string> names, IReadOnlyList<bool> marked, TextStyle style, SKColor markColor)
{
    private const float Gap = 8;
    private const float MaxTurnedWidth = 220;
    private const int MaxLines = 3;

    private float MarkWidth => HiddenMark.Width(style.Size);

    /// <summary>Names under a plot whose categories are <paramref name="slot"/> pixels apart.</summary>
    public CategoryLabelLayout ForBottom(float slot)
    {
        var room = slot - Gap;
        var single = names.Select(n => (IReadOnlyList<string>)[n]).ToList();
        if (Enumerable.Range(0, names.Count).All(i => Width(single[i], i) <= room))
        {
            return new CategoryLabelLayout(single, 0, 1, style.LineHeight);
        }
        var wrapped = names.Select((n, i) => Balanced(n, Math.Max(room - (marked[i] ? MarkWidth + 4 : 0), 1))).ToList();
        if (wrapped.All(l => l.Count <= MaxLines) && Enumerable.Range(0, names.Count).All(i => Width(wrapped[i], i) <= room))
        {
            return new CategoryLabelLayout(wrapped, 0, 1, wrapped.Max(l => l.Count) * style.LineHeight);
        }
        var turned = names.Select(n => style.Measure(n) > MaxTurnedWidth ? style.Wrap(n, MaxTurnedWidth, MaxLines) : (IReadOnlyList<string>)[n]).ToList();
        var block = turned.Max(l => l.Count) * style.LineHeight;
        if (slot * MathF.Sin(MathF.PI / 4) >= block * 0.95f)
        {
            return new CategoryLabelLayout(turned, 45, 1, Enumerable.Range(0, names.Count).Max(i => Turned(turned[i], i, 45).Down));
        }
        if (slot >= block * 0.95f)
        {
            return new CategoryLabelLayout(turned, 90, 1, Enumerable.Range(0, names.Count).Max(i => Turned(turned[i], i, 90).Down));
        }
        var stride = (int)MathF.Ceiling(block / (slot * MathF.Sin(MathF.PI / 4)));
        return new CategoryLabelLayout(turned, 45, stride, Enumerable.Range(0, names.Count).Max(i => Turned(turned[i], i, 45).Down));
    }

    /// <summary>Names beside a plot of horizontal bars, no wider than <paramref name="maxWidth"/>.</summary>
    public CategoryLabelLayout ForLeft(float maxWidth)
    {
        var lines = names.Select((n, i) => Width([n], i) <= maxWidth ? (IReadOnlyList<string>)[n] : style.Wrap(n, maxWidth - (marked[i] ? MarkWidth + 4 : 0), MaxLines)).ToList();
        return new CategoryLabelLayout(lines, 0, 1, Enumerable.Range(0, names.Count).Max(i => Width(lines[i], i)));
    }

    /// <summary>How far the names reach left of their category's position, so the plot can leave that room.</summary>
    public float LeftReach(CategoryLabelLayout layout, int index) =>
        layout.Angle == 0 ? Width(layout.Lines[index], index) / 2 : Turned(layout.Lines[index], index, layout.Angle).Left;

    public void DrawBottom(SKCanvas canvas, CategoryLabelLayout layout, Func<int, float> x, float top)
    {
        for (var i = 0; i < names.Count; i += layout.Stride)
        {
            if (layout.Angle == 0)
            {
                DrawCentred(canvas, layout.Lines[i], i, x(i), top);
            }
            else
            {
                canvas.Save();
                canvas.Translate(x(i), top + style.LineHeight * 0.3f);
                canvas.RotateDegrees(-layout.Angle);
                DrawRightAligned(canvas, layout.Lines[i], i, 0, 0, layout.Angle);
                canvas.Restore();
            }
        }
    }

    public void DrawLeft(SKCanvas canvas, CategoryLabelLayout layout, Func<int, float> y, float right)
    {
        for (var i = 0; i < names.Count; i++)
        {
            DrawRightAligned(canvas, layout.Lines[i], i, right, y(i), 0);
        }
    }

    /// <summary>
    /// The name in as few lines as fit <paramref name="width"/>, and those lines as even as they can be: "Kringloopwinkel /
    /// De Tweede / Ronde 1" rather than a last line holding the "1" alone.
    /// </summary>
    private IReadOnlyList<string> Balanced(string name, float width)
    {
        // One line more than allowed tells a name that does not fit from one that just fills its lines.
        var lines = style.Wrap(name, width, MaxLines + 1);
        if (lines.Count < 2 || lines.Count > MaxLines)
        {
            return lines;
        }
        // Never narrower than the longest word, which would then be broken inside.
        var (low, high) = (Math.Max(width / lines.Count, name.Split(' ').Max(style.Measure)), width);
        if (low >= high)
        {
            return lines;
        }
        for (var step = 0; step < 12; step++)
        {
            var middle = (low + high) / 2;
            (low, high) = style.Wrap(name, middle, lines.Count + 1).Count == lines.Count ? (low, middle) : (middle, high);
        }
        return style.Wrap(name, high, lines.Count);
    }

    private float Width(IReadOnlyList<string> lines, int index) =>
        lines.Select((l, n) => style.Measure(l) + (marked[index] && n == lines.Count - 1 ? 4 + MarkWidth : 0)).Max();

    /// <summary>The extent of a turned block of lines, right-aligned on its anchor and centred across it.</summary>
    private (float Down, float Left) Turned(IReadOnlyList<string> lines, int index, float angle)
    {
        var radians = angle * MathF.PI / 180;
        var width = Width(lines, index);
        var height = lines.Count * style.LineHeight;
        return (width * MathF.Sin(radians) + height / 2 * MathF.Cos(radians) + style.LineHeight * 0.3f,
            width * MathF.Cos(radians) + height / 2 * MathF.Sin(radians));
    }

    private void DrawCentred(SKCanvas canvas, IReadOnlyList<string> lines, int index, float x, float top)
    {
        for (var n = 0; n < lines.Count; n++)
        {
            var lineTop = top + n * style.LineHeight;
            if (marked[index] && n == lines.Count - 1)
            {
                var width = style.Measure(lines[n]) + 4 + MarkWidth;
                var left = x - width / 2;
                style.Draw(canvas, lines[n], left, lineTop);
                HiddenMark.Draw(canvas, left + width - MarkWidth / 2, lineTop + style.LineHeight / 2, MarkWidth, markColor);
            }
            else
            {
                style.Draw(canvas, lines[n], x, lineTop, SKTextAlign.Center);
            }
        }
    }

    /// <summary>
    /// Lines right-aligned on <paramref name="right"/>, the block centred on <paramref name="middle"/>, on a canvas
    /// turned by <paramref name="angle"/>; the mark is turned back upright, so it keeps reading as ⊘.
    /// </summary>
    private void DrawRightAligned(SKCanvas canvas, IReadOnlyList<string> lines, int index, float right, float middle, float angle)
    {
        var top = middle - lines.Count * style.LineHeight / 2;
        for (var n = 0; n < lines.Count; n++)
        {
            var lineTop = top + n * style.LineHeight;
            var end = right;
            if (marked[index] && n == lines.Count - 1)
            {
                var (x, y) = (right - MarkWidth / 2, lineTop + style.LineHeight / 2);
                canvas.Save();
                canvas.RotateDegrees(angle, x, y);
                HiddenMark.Draw(canvas, x, y, MarkWidth, markColor);
                canvas.Restore();
                end = right - MarkWidth - 4;
            }
            style.Draw(canvas, lines[n], end, lineTop, SKTextAlign.Right);
        }
    }
}
