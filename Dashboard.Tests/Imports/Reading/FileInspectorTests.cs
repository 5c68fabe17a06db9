using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Dashboard.Data.Imports;
using Dashboard.Data.Imports.Reading;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Imports.Reading;

public class FileInspectorTests
{
    private const string StoresWithAccents = """
        organisatie;winkel;winkelnaam;plaats;praktijk;praktijknaam;soort;vloeroppervlak_m2
        Kringloop Bé;BE;Café Bé;Sint-Oedenrode;REST;Eetcafé Crème Brûlée;horeca;120
        Kringloop Bé;BE;Café Bé;Sint-Oedenrode;WINKEL;Winkel ’t Hoekje;winkel;120
        """;

    public static TheoryData<string, Encoding> Encodings => new()
    {
        { "UTF-8 met BOM", new UTF8Encoding(true) },
        { "UTF-8 zonder BOM", new UTF8Encoding(false) },
        { "Windows-1252", FileInspector.Windows1252 },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Accented_names_survive_into_the_database_exactly(string label, Encoding encoding)
    {
        using var install = new TestInstallation();
        install.ImportOk(ImportKind.Winkels, $"winkels {label}.csv", StoresWithAccents, encoding: encoding);

        Assert.Equal(["Kringloop Bé"], install.Lines("SELECT name FROM organisations"));
        Assert.Equal(["Café Bé|Sint-Oedenrode"], install.Lines("SELECT name, city FROM stores"));
        Assert.Equal(["Eetcafé Crème Brûlée", "Winkel ’t Hoekje"], install.Lines("SELECT name FROM practices ORDER BY name"));
    }

    [Fact]
    public void Detects_utf8_with_and_without_bom_and_windows_1252()
    {
        using var install = new TestInstallation();
        var withBom = FileInspector.Inspect(install.WriteFile("a.csv", StoresWithAccents, new UTF8Encoding(true)));
        var withoutBom = FileInspector.Inspect(install.WriteFile("b.csv", StoresWithAccents, new UTF8Encoding(false)));
        var ansi = FileInspector.Inspect(install.WriteFile("c.csv", StoresWithAccents, FileInspector.Windows1252));

        Assert.Equal((FileFormat.Csv, 65001), (withBom.Format, withBom.Encoding!.CodePage));
        Assert.Equal((FileFormat.Csv, 65001), (withoutBom.Format, withoutBom.Encoding!.CodePage));
        Assert.Equal((FileFormat.Csv, 1252), (ansi.Format, ansi.Encoding!.CodePage));
    }

    /// <summary>
    /// A UTF-8 file bigger than one read buffer (64 KiB) in which an 'é' happens to straddle the buffer
    /// boundary is still UTF-8: the check must carry the half character over to the next chunk.
    /// </summary>
    [Fact]
    public void A_large_utf8_file_with_a_character_across_the_read_buffer_boundary_is_still_utf8()
    {
        using var install = new TestInstallation();
        var bytes = LargeStoresFileWithAccentAt(65535);
        var path = install.WriteBytes("winkels.csv", bytes);

        var inspected = FileInspector.Inspect(path);

        Assert.Equal(65001, inspected.Encoding!.CodePage);
    }

    [Fact]
    public void A_large_utf8_file_with_a_character_across_the_read_buffer_boundary_imports_its_names_exactly()
    {
        using var install = new TestInstallation();
        var path = install.WriteBytes("winkels.csv", LargeStoresFileWithAccentAt(65535));

        ImportAssert.Succeeded(install.Import(ImportKind.Winkels, path));

        Assert.Equal(["Café Bé"], install.Lines("SELECT name FROM stores"));
    }

    /// <summary>
    /// The likeliest real case: a large UTF-8 sales export with "€ 12,50" amounts, where a 3-byte '€' is cut
    /// by the read buffer. Read as Windows-1252 every amount becomes "â‚¬ 12,50" and every row is refused.
    /// </summary>
    [Fact]
    public void A_large_utf8_sales_file_with_a_euro_sign_across_the_read_buffer_boundary_imports()
    {
        using var install = new TestInstallation();
        install.WithStandardStores();
        byte[]? bytes = null;
        for (var pad = 0; pad < 100 && bytes is null; pad++)
        {
            var rows = Enumerable.Range(0, 2000).Select(i => new SaleRow
            {
                Date = "01-03-2025", Category = i == 0 ? "meubels" + new string(' ', pad) : "meubels", Revenue = $"€ {i % 90 + 10},50",
            });
            var candidate = Encoding.UTF8.GetBytes(SaleRow.File(rows).ReplaceLineEndings("\r\n"));
            if (candidate[65535] == 0xE2 || candidate[65534] == 0xE2)
            {
                bytes = candidate;
            }
        }
        Assert.NotNull(bytes);

        var outcome = install.Import(ImportKind.Verkopen, install.WriteBytes("verkopen.csv", bytes));

        ImportAssert.Succeeded(outcome);
        Assert.Equal(2000, install.Count("sales"));
    }

    /// <summary>A stores file of ~1,500 practices of store "Café Bé", padded so that an 'é' starts at byte <paramref name="offset"/>.</summary>
    private static byte[] LargeStoresFileWithAccentAt(int offset)
    {
        for (var pad = 0; pad < 200; pad++)
        {
            var text = new StringBuilder(StandardStores.Header).Append("\r\n");
            for (var i = 0; i < 1500; i++)
            {
                var padding = i == 0 ? new string('x', pad) : "";
                text.Append($"Kringloop Bé;CAF;Café Bé;Eindhoven;P{i:0000};Praktijk é {i}{padding};overig;\r\n");
            }
            var bytes = Encoding.UTF8.GetBytes(text.ToString());
            if (bytes[offset] == 0xC3 && bytes[offset + 1] == 0xA9)
            {
                return bytes;
            }
        }
        throw new InvalidOperationException("no padding puts an é at the offset");
    }

    [Fact]
    public void Fingerprint_is_the_sha256_of_the_bytes()
    {
        using var install = new TestInstallation();
        var path = install.WriteFile("winkels.csv", StoresWithAccents);

        var inspected = FileInspector.Inspect(path);

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path))), inspected.Sha256);
        Assert.Equal(new FileInfo(path).Length, inspected.Length);
    }

    [Fact]
    public void A_workbook_is_recognised_as_xlsx()
    {
        using var install = new TestInstallation();
        var path = Workbook.Write(Path.Combine(install.Folder, "winkels.xlsx"), [["organisatie"], ["Kringloop Bé"]]);

        var inspected = FileInspector.Inspect(path);

        Assert.Equal(FileFormat.Xlsx, inspected.Format);
        Assert.Null(inspected.Encoding);
        Assert.Null(inspected.LineBreaks);
    }

    /// <summary>The line breaks tell a sales import about how many rows to expect before it reads them (SalesIndexes).</summary>
    [Fact]
    public void Counts_a_csv_files_line_breaks_across_read_buffers()
    {
        using var install = new TestInstallation();
        var rows = SaleRow.Days("AAN", "WINKEL", new DateOnly(2020, 1, 1), new DateOnly(2024, 12, 31)).ToList();
        var path = install.WriteFile("verkopen.csv", SaleRow.File(rows) + "\n");

        var inspected = FileInspector.Inspect(path);

        Assert.True(inspected.Length > 3 * 65536, "the file should span several read buffers");
        Assert.Equal(rows.Count + 1, inspected.LineBreaks);
    }

    public static TheoryData<string, byte[], string> NotCsvOrXlsx => new()
    {
        { "rapport.pdf", [.. "%PDF-1.7\n%âãÏÓ\n1 0 obj\n"u8.ToArray(), .. new byte[64]], "PDF" },
        { "oud.xls", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504]], "oud Excel-bestand (.xls)" },
        { "unicode.txt", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("datum\twinkel\r\n")], "UTF-16" },
        { "foto.bin", RandomBytes(), "binaire gegevens" },
        { "leeg.csv", [], "leeg" },
    };

    private static byte[] RandomBytes()
    {
        var bytes = new byte[8192];
        new Random(20251127).NextBytes(bytes);
        bytes[100] = 0; // random data has zero bytes; make sure of one
        return bytes;
    }

    [Theory]
    [MemberData(nameof(NotCsvOrXlsx))]
    public void A_file_that_is_neither_csv_nor_xlsx_is_refused_with_a_clear_message_and_nothing_changes(string name, byte[] bytes, string expected)
    {
        using var install = new TestInstallation();
        install.WithStandardStores();
        var before = install.Snapshot();

        var message = ImportAssert.FileRefused(install.Import(ImportKind.Verkopen, install.WriteBytes(name, bytes)));

        Assert.Contains(expected, message);
        Assert.Equal(before, install.Snapshot());
    }

    [Fact]
    public void A_zip_that_is_no_workbook_is_refused_with_a_clear_message()
    {
        using var install = new TestInstallation();
        install.WithStandardStores();
        var path = Path.Combine(install.Folder, "archief.zip");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            using var writer = new StreamWriter(zip.CreateEntry("verkopen.csv").Open());
            writer.Write(SaleRow.File(new SaleRow()));
        }
        var before = install.Snapshot();

        var message = ImportAssert.FileRefused(install.Import(ImportKind.Verkopen, path));

        Assert.Contains("Excel", message);
        Assert.Equal(before, install.Snapshot());
    }

    [Fact]
    public void A_text_file_without_separators_is_refused_as_no_csv()
    {
        using var install = new TestInstallation();
        var message = ImportAssert.FileRefused(install.Import(ImportKind.Winkels, "notitie.txt", "Dit is een notitie\nmet twee regels"));
        Assert.Contains("geen ';' of ','", message);
    }
}
