using System.Buffers.Binary;
using SkiaSharp;

namespace Dashboard.Tests.Exports.Charts;

/// <summary>Reads what a test needs from a PNG: its signature, its size from the IHDR chunk, and its pixels.</summary>
public static class PngFile
{
    public static readonly byte[] Signature = [137, 80, 78, 71, 13, 10, 26, 10];

    /// <summary>Width and height as the IHDR chunk, which must come first, states them.</summary>
    public static (int Width, int Height) Size(byte[] png)
    {
        Assert.Equal(Signature, png[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        return (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
    }

    /// <summary>Pixels in the rectangle that are ink: near black, as the title and the labels are written.</summary>
    public static int Ink(SKBitmap image, SKRectI area) => Count(image, area, c => Math.Max(c.Red, Math.Max(c.Green, c.Blue)) < 70);

    /// <summary>How much darker than white the rectangle is, summed over its pixels: grows with the area that text covers.</summary>
    public static double Darkness(SKBitmap image, SKRectI area)
    {
        var sum = 0.0;
        for (var y = Math.Max(area.Top, 0); y < Math.Min(area.Bottom, image.Height); y++)
        {
            for (var x = Math.Max(area.Left, 0); x < Math.Min(area.Right, image.Width); x++)
            {
                var c = image.GetPixel(x, y);
                sum += 255 - (c.Red + c.Green + c.Blue) / 3.0;
            }
        }
        return sum / 255;
    }

    public static int Count(SKBitmap image, SKRectI area, Func<SKColor, bool> predicate)
    {
        var count = 0;
        for (var y = Math.Max(area.Top, 0); y < Math.Min(area.Bottom, image.Height); y++)
        {
            for (var x = Math.Max(area.Left, 0); x < Math.Min(area.Right, image.Width); x++)
            {
                if (predicate(image.GetPixel(x, y)))
                {
                    count++;
                }
            }
        }
        return count;
    }

    /// <summary>Writes the PNG to the folder in CHART_PREVIEW, when set, to look at while working on the charts.</summary>
    public static void Preview(string name, byte[] png)
    {
        if (Environment.GetEnvironmentVariable("CHART_PREVIEW") is { Length: > 0 } folder)
        {
            File.WriteAllBytes(Path.Combine(folder, $"chart-{name}.png"), png);
        }
    }
}
