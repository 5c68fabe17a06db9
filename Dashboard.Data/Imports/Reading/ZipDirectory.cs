using System.Buffers.Binary;

namespace Dashboard.Data.Imports.Reading;

/// <summary>
/// A zip package's table of contents (its central directory), found as the zip reader finds it — from the end record,
/// and from the Zip64 end record where the end record points there — without opening the package. Opening a zip reads
/// its whole directory into memory, a few hundred bytes for every file it lists and each name whole, so a crafted
/// workbook of millions of empty files, or of files with names of 64 kB, would take gigabytes before one cell is read;
/// its directory refuses it first. The zip reader reads the directory from where it starts on, stopping at the first
/// file more than the end record counts: that count and the bytes from the start to the end of the file bound what it
/// holds, whatever size the directory states.
/// </summary>
internal static class ZipDirectory
{
    private const int EndRecordLength = 22;
    private const int Zip64LocatorLength = 20;
    private const int Zip64EndRecordLength = 56;

    /// <summary>More than the zip reader searches back for the end record: its longest comment and some.</summary>
    private const int TailLength = 128 * 1024;

    /// <summary>Refuses a package that lists more files than a workbook has, or whose directory takes more room.</summary>
    public static void Check(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        if (Find(file) is not { } directory)
        {
            return; // no readable end record: the zip reader refuses the file itself
        }
        if (directory.Entries > ImportLimits.WorkbookParts)
        {
            throw LimitExceeded.Parts(directory.Entries);
        }
        if (Math.Max(directory.Size, file.Length - directory.Start) > ImportLimits.WorkbookDirectoryMegabytes * 1024L * 1024)
        {
            throw LimitExceeded.Directory();
        }
    }

    /// <summary>The files the directory lists, where it starts and the size it states; null where the zip reader finds no directory.</summary>
    private static (long Entries, long Start, long Size)? Find(FileStream file)
    {
        var tail = new byte[(int)Math.Min(file.Length, TailLength)];
        file.Seek(-tail.Length, SeekOrigin.End);
        file.ReadExactly(tail);
        // The zip reader takes the last end record that fits before the end of the file, whatever follows it.
        var end = tail.AsSpan(0, Math.Max(0, tail.Length - EndRecordLength + 4)).LastIndexOf("PK\u0005\u0006"u8);
        if (end < 0)
        {
            return null;
        }
        var record = tail.AsSpan(end);
        long entries = BinaryPrimitives.ReadUInt16LittleEndian(record[10..]);
        long size = BinaryPrimitives.ReadUInt32LittleEndian(record[12..]);
        long start = BinaryPrimitives.ReadUInt32LittleEndian(record[16..]);
        var zip64 = BinaryPrimitives.ReadUInt16LittleEndian(record[4..]) == ushort.MaxValue || start == uint.MaxValue || entries == ushort.MaxValue;
        // Zip64: the locator just before the end record points at the Zip64 end record, which holds the real values.
        var locator = end - Zip64LocatorLength;
        if (zip64 && locator >= 0 && tail.AsSpan(locator).StartsWith("PK\u0006\u0007"u8))
        {
            var zip64End = BinaryPrimitives.ReadInt64LittleEndian(tail.AsSpan(locator + 8));
            if (zip64End < 0 || zip64End > file.Length - Zip64EndRecordLength)
            {
                return null;
            }
            var zip64Record = new byte[Zip64EndRecordLength];
            file.Seek(zip64End, SeekOrigin.Begin);
            file.ReadExactly(zip64Record);
            if (!zip64Record.AsSpan().StartsWith("PK\u0006\u0006"u8))
            {
                return null;
            }
            entries = BinaryPrimitives.ReadInt64LittleEndian(zip64Record.AsSpan(32));
            size = BinaryPrimitives.ReadInt64LittleEndian(zip64Record.AsSpan(40));
            start = BinaryPrimitives.ReadInt64LittleEndian(zip64Record.AsSpan(48));
        }
        return entries < 0 || start < 0 || start > file.Length ? null : (entries, start, size);
    }
}
