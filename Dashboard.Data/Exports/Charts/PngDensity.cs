using System.Buffers.Binary;
using System.Text;

namespace Dashboard.Data.Exports.Charts;

/// <summary>
/// Writes the pixel density into a PNG (its pHYs chunk, after the header), so the print version placed in a document
/// or sent to a printer comes out 21 cm wide, its 2480 pixels at 300 dpi, instead of at a viewer's guess.
/// </summary>
internal static class PngDensity
{
    private const int HeaderEnd = 8 + 4 + 4 + 13 + 4;

    public static byte[] WithDpi(byte[] png, int dpi)
    {
        var pixelsPerMetre = (uint)Math.Round(dpi / 0.0254);
        var chunk = new byte[4 + 4 + 9 + 4];
        BinaryPrimitives.WriteUInt32BigEndian(chunk, 9);
        Encoding.ASCII.GetBytes("pHYs", chunk.AsSpan(4));
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8), pixelsPerMetre);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(12), pixelsPerMetre);
        chunk[16] = 1; // the unit is the metre
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(17), Crc32(chunk.AsSpan(4, 13)));
        return [.. png.AsSpan(0, HeaderEnd), .. chunk, .. png.AsSpan(HeaderEnd)];
    }

    /// <summary>The CRC-32 that PNG chunks end with (ISO 3309, as in zlib).</summary>
    internal static uint Crc32(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }
        return ~crc;
    }
}
