using System.Text;
using Dashboard.Data.Imports;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Imports.Reading;

/// <summary>
/// A zip package's table of contents is read into memory whole when it is opened, so it is judged first, from the end
/// records, the way the zip reader will find it: one that lists more files than a workbook has, or takes more room
/// than a workbook's (file names of 64 kB), refuses the file before it is opened — also when a comment or a Zip64 end
/// record tries to hide what the zip reader will read.
/// </summary>
public sealed class ZipDirectoryTests : IDisposable
{
    private const string NotExcel = "Dit is geen gewoon Excel-bestand: sla het in Excel opnieuw op als 'Excel-werkmap (.xlsx)'.";

    private readonly TestInstallation _install = new();

    private string Refusal(byte[] zip) => _install.RefusedWithFlatMemory(ImportKind.Winkels, _install.WriteBytes("winkels.xlsx", zip));

    [Fact]
    public void Files_with_names_of_60_kilobytes_are_refused_by_the_size_of_the_table_of_contents()
    {
        var zip = Package(Enumerable.Range(0, 70).Select(i => $"{i}/" + new string('n', 60_000)).ToList());
        Assert.True(zip.Length < 5 * 1024 * 1024);

        var message = Refusal(zip);

        Assert.Equal("De inhoudsopgave van dit zip-bestand (de lijst van zijn onderdelen) is groter dan 4 MB; die van een Excel-werkmap " +
                     "is enkele kilobytes. " + NotExcel, message);
    }

    [Fact]
    public void An_end_record_signature_in_the_comment_does_not_hide_the_count()
    {
        var zip = Package(Files(ImportLimits.WorkbookParts + 1), comment: "PK\u0005\u0006");

        var message = Refusal(zip);

        Assert.StartsWith("Dit bestand bevat 10.001 onderdelen; een Excel-werkmap heeft er hoogstens 10.000.", message);
    }

    [Fact]
    public void A_zip64_end_record_found_through_the_directory_offset_does_not_hide_the_count()
    {
        var zip = Package(Files(ImportLimits.WorkbookParts + 1), zip64: true);

        var message = Refusal(zip);

        Assert.StartsWith("Dit bestand bevat 10.001 onderdelen; een Excel-werkmap heeft er hoogstens 10.000.", message);
    }

    private static List<string> Files(int count) => Enumerable.Range(0, count).Select(i => $"x/{i}").ToList();

    /// <summary>
    /// A zip as a crafted file would be made: one empty file's local header (so it starts as a zip does), then a table of
    /// contents listing <paramref name="names"/>, all pointing at that file. With <paramref name="zip64"/> the end record
    /// says one file and points, by its directory offset 0xFFFFFFFF, to a Zip64 end record that holds the real count.
    /// </summary>
    private static byte[] Package(IReadOnlyList<string> names, string comment = "", bool zip64 = false)
    {
        using var zip = new MemoryStream();
        using var w = new BinaryWriter(zip);
        w.Write(0x04034b50u); // local file header of an empty stored file
        w.Write(new byte[22]);
        w.Write((ushort)1);
        w.Write((ushort)0);
        w.Write((byte)'a');
        var start = zip.Position;
        foreach (var name in names)
        {
            var bytes = Encoding.ASCII.GetBytes(name);
            w.Write(0x02014b50u); // central directory file header
            w.Write(new byte[24]);
            w.Write((ushort)bytes.Length);
            w.Write(new byte[16]); // extra and comment lengths, disk, attributes, local header at 0
            w.Write(bytes);
        }
        var size = zip.Position - start;
        if (zip64)
        {
            var record = zip.Position;
            w.Write(0x06064b50u);
            w.Write(44L);
            w.Write(new byte[12]);
            w.Write((long)names.Count);
            w.Write((long)names.Count);
            w.Write(size);
            w.Write(start);
            w.Write(0x07064b50u); // locator
            w.Write(0);
            w.Write(record);
            w.Write(1);
        }
        var commentBytes = Encoding.ASCII.GetBytes(comment);
        w.Write(0x06054b50u); // end record
        w.Write(0);
        var listed = zip64 ? 1 : names.Count;
        w.Write((ushort)listed);
        w.Write((ushort)listed);
        w.Write((uint)size);
        w.Write(zip64 ? uint.MaxValue : (uint)start);
        w.Write((ushort)commentBytes.Length);
        w.Write(commentBytes);
        w.Flush();
        return zip.ToArray();
    }

    public void Dispose() => _install.Dispose();
}
