using System.Globalization;
using System.Text;
using SkiaSharp;

namespace Dashboard.Data.Exports.Charts;

/// <summary>
/// A path as short SVG path data: relative commands, a command letter only where it changes, and coordinates in
/// tenths of a pixel of the 1200-pixel layout — finer than print shows, and less than half of SkiaSharp's own data,
/// which matters when every letter of a chart is an outline.
/// </summary>
internal static class SvgPathData
{
    public static string Of(SKPath path)
    {
        var data = new StringBuilder();
        var (x, y, startX, startY) = (0, 0, 0, 0);
        var last = ' ';
        void Command(char letter, params SKPoint[] points)
        {
            var written = letter != last || letter == 'm';
            if (written)
            {
                data.Append(letter);
            }
            last = letter;
            var (fromX, fromY) = (x, y);
            for (var i = 0; i < points.Length; i++)
            {
                var (px, py) = (Tenths(points[i].X), Tenths(points[i].Y));
                Number(data, px - fromX, first: i == 0 && written);
                Number(data, py - fromY, first: false);
                (x, y) = (px, py);
            }
        }

        using var iterator = path.CreateRawIterator();
        var p = new SKPoint[4];
        SKPathVerb verb;
        while ((verb = iterator.Next(p)) != SKPathVerb.Done)
        {
            switch (verb)
            {
                case SKPathVerb.Move:
                    Command('m', p[0]);
                    (startX, startY) = (x, y);
                    break;
                case SKPathVerb.Line:
                    Command('l', p[1]);
                    break;
                case SKPathVerb.Quad:
                    Command('q', p[1], p[2]);
                    break;
                case SKPathVerb.Conic:
                    var quads = SKPath.ConvertConicToQuads(p[0], p[1], p[2], iterator.ConicWeight(), 2);
                    for (var q = 1; q + 1 < quads.Length; q += 2)
                    {
                        Command('q', quads[q], quads[q + 1]);
                    }
                    break;
                case SKPathVerb.Cubic:
                    Command('c', p[1], p[2], p[3]);
                    break;
                case SKPathVerb.Close:
                    data.Append('z');
                    last = 'z';
                    (x, y) = (startX, startY);
                    break;
            }
        }
        return data.ToString();
    }

    private static int Tenths(float value) => (int)MathF.Round(value * 10);

    /// <summary>A number of tenths as SVG writes it: "12", "1.5", "-.5"; a space before it unless its minus sign separates it.</summary>
    private static void Number(StringBuilder data, int tenths, bool first)
    {
        if (!first && tenths >= 0)
        {
            data.Append(' ');
        }
        if (tenths < 0)
        {
            data.Append('-');
        }
        var (whole, tenth) = Math.DivRem(Math.Abs(tenths), 10);
        if (whole > 0 || tenth == 0)
        {
            data.Append(whole.ToString(CultureInfo.InvariantCulture));
        }
        if (tenth > 0)
        {
            data.Append('.').Append((char)('0' + tenth));
        }
    }
}
