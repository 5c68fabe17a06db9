using System.Buffers.Binary;

namespace Dashboard.Data.Import.Reading;

/// <summary>
/// How many files a zip package says it holds, read from its end record (and the Zip64 one when the count does not fit)
/// without opening it. Opening a zip reads its whole directory into memory, a few hundred bytes per file, so a crafted
/// workbook of millions of empty files would take gigabytes before one cell is read; its count refuses it first
/// (and a directory that holds more files than its end record says is refused by the zip reader itself).
/// </summary>
internal static class ZipDirectory
{
    private const int EndRecordLength = 22;
    private const int LongestComment = ushort.MaxValue;
    private const int Zip64LocatorLength = 20;

    /// <summary>The files the package lists; null when it has no readable end record (the zip reader then refuses it).</summary>
    public static long? EntryCount(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        var tailLength = (int)Math.Min(file.Length, EndRecordLength + LongestComment + Zip64LocatorLength);
        var tail = new byte[tailLength];
        file.Seek(-tailLength, SeekOrigin.End);
        file.ReadExactly(tail);
        var end = tail.AsSpan().LastIndexOf("PK\u0005\u0006"u8);
        if (end < 0 || end + EndRecordLength > tail.Length)
        {
            return null;
        }
        long count = BinaryPrimitives.ReadUInt16LittleEndian(tail.AsSpan(end + 10));
        if (count != ushort.MaxValue)
        {
            return count;
        }
        // Zip64: the locator just before the end record points at the Zip64 end record, which holds the real count.
        var locator = end - Zip64LocatorLength;
        if (locator < 0 || !tail.AsSpan(locator).StartsWith("PK\u0006\u0007"u8))
        {
            return count;
        }
        var zip64End = BinaryPrimitives.ReadInt64LittleEndian(tail.AsSpan(locator + 8));
        if (zip64End < 0 || zip64End + 40 > file.Length)
        {
            return null;
        }
        var record = new byte[40];
        file.Seek(zip64End, SeekOrigin.Begin);
        file.ReadExactly(record);
        return record.AsSpan().StartsWith("PK\u0006\u0006"u8) ? BinaryPrimitives.ReadInt64LittleEndian(record.AsSpan(32)) : null;
    }
}
