using System.Text;
using Dashboard.Data.Imports;
using Dashboard.Data.Imports.Reading;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Imports.Reading;

/// <summary>
/// The markup Excel never writes — a CDATA section, a comment, a DTD, a processing instruction — may hold any '&lt;',
/// so an XML reader would hold it whole however long it is: it refuses the file as its bytes are unpacked, wherever it
/// stands and however the reads split it, while the XML declaration that opens a part reads as always.
/// </summary>
public sealed class UnpackedPartTests : IDisposable
{
    private const string NotExcel = "Dit is geen gewoon Excel-bestand: sla het in Excel opnieuw op als 'Excel-werkmap (.xlsx)'.";

    private static readonly string[] Header = ["organisatie", "winkel", "winkelnaam", "plaats", "praktijk", "praktijknaam", "soort"];
    private static readonly string[] Store = ["Kringloop Oost", "OST", "Oost Centrum", "Enschede", "WINKEL", "Winkelvloer", "winkel"];

    private readonly TestInstallation _install = new();

    /// <summary>Ten million characters with a '&lt;' in every hundred, so no stretch without one is long: 20 MB held whole.</summary>
    private static void Filling(TextWriter w)
    {
        var block = new string('x', 99) + "<";
        for (var i = 0; i < 100_000; i++)
        {
            w.Write(block);
        }
    }

    public static TheoryData<string, string, string> Markup => new()
    {
        { "een CDATA-blok ('<![CDATA[')", "<![CDATA[", "]]>" },
        { "commentaar ('<!--')", "<!--", "-->" },
        { "een verwerkingsinstructie ('<?')", "<?opmaak ", "?>" },
    };

    [Theory]
    [MemberData(nameof(Markup))]
    public void Markup_excel_never_writes_in_a_kept_cell_is_refused_before_it_is_held(string what, string open, string close)
    {
        var path = RawWorkbook.Write(Path.Combine(_install.Folder, "winkels.xlsx"), w =>
        {
            RawWorkbook.Row(w, 1, Header);
            w.Write("""<row r="2"><c r="A2" t="inlineStr"><is><t>""");
            w.Write(open);
            Filling(w);
            w.Write(close);
            w.Write("</t></is></c></row>");
        });

        var message = _install.RefusedWithFlatMemory(ImportKind.Winkels, path);

        Assert.Equal($"Het werkblad bevat {what}; dat schrijft Excel nooit in een werkmap. " + NotExcel, message);
    }

    [Fact]
    public void A_cdata_section_in_a_notes_column_is_refused_though_the_column_is_not_read()
    {
        var path = RawWorkbook.Write(Path.Combine(_install.Folder, "winkels.xlsx"), w =>
        {
            RawWorkbook.Row(w, 1, Header);
            w.Write("""<row r="2">""");
            for (var i = 0; i < Store.Length; i++)
            {
                RawWorkbook.Cell(w, $"{(char)('A' + i)}2", Store[i]);
            }
            w.Write("""<c r="Z2" t="inlineStr"><is><t><![CDATA[""");
            Filling(w);
            w.Write("]]></t></is></c></row>");
        });

        var message = _install.RefusedWithFlatMemory(ImportKind.Winkels, path);

        Assert.StartsWith("Het werkblad bevat een CDATA-blok ('<![CDATA[')", message);
    }

    [Fact]
    public void A_comment_in_the_shared_strings_is_refused_naming_them()
    {
        var path = RawWorkbook.Write(Path.Combine(_install.Folder, "winkels.xlsx"),
            w =>
            {
                RawWorkbook.Row(w, 1, Header);
                RawWorkbook.Row(w, 2, Store);
            },
            w =>
            {
                w.Write("<si><t>tekst</t></si><!--");
                Filling(w);
                w.Write("-->");
            });

        var message = _install.RefusedWithFlatMemory(ImportKind.Winkels, path);

        Assert.StartsWith("De tabel met gedeelde teksten van de werkmap bevat commentaar ('<!--')", message);
    }

    [Fact]
    public void A_document_type_declaration_is_refused_in_dutch()
    {
        var path = RawWorkbook.Write(Path.Combine(_install.Folder, "winkels.xlsx"), w =>
        {
            RawWorkbook.Row(w, 1, Header);
            RawWorkbook.Row(w, 2, Store);
        });
        RawWorkbook.Rewrite(path, "xl/workbook.xml", w => w.Write(
            """<?xml version="1.0"?><!DOCTYPE workbook [<!ENTITY x "x">]><workbook/>"""));

        var message = _install.RefusedWithFlatMemory(ImportKind.Winkels, path);

        Assert.Equal("Het onderdeel xl/workbook.xml van de werkmap bevat een documenttypedefinitie ('<!DOCTYPE'); dat schrijft Excel " +
                     "nooit in een werkmap. " + NotExcel, message);
    }

    [Fact]
    public void A_sheet_in_utf16_is_refused_since_its_bytes_would_not_be_its_characters()
    {
        var path = RawWorkbook.Write(Path.Combine(_install.Folder, "winkels.xlsx"), w =>
        {
            RawWorkbook.Row(w, 1, Header);
            RawWorkbook.Row(w, 2, Store);
        });
        RawWorkbook.Rewrite(path, "xl/worksheets/sheet1.xml", w =>
        {
            w.Write("""<?xml version="1.0" encoding="UTF-16"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""");
            RawWorkbook.Row(w, 1, Header);
            RawWorkbook.Row(w, 2, Store);
            w.Write("</sheetData></worksheet>");
        }, new UnicodeEncoding(bigEndian: false, byteOrderMark: true));

        var message = _install.RefusedWithFlatMemory(ImportKind.Winkels, path);

        Assert.Equal("Het werkblad is geen UTF-8-tekst, zoals Excel een werkmap altijd schrijft. " + NotExcel, message);
    }

    [Theory]
    [InlineData("<![CDATA[x]]>", "een CDATA-blok ('<![CDATA[')")]
    [InlineData("<!-- x -->", "commentaar ('<!--')")]
    [InlineData("<?x y?>", "een verwerkingsinstructie ('<?')")]
    [InlineData("<?xml version=\"1.0\"?>", "een verwerkingsinstructie ('<?')")]
    public void Markup_split_across_reads_is_refused_at_every_split(string markup, string what)
    {
        var part = Encoding.UTF8.GetBytes($"""<?xml version="1.0" encoding="UTF-8"?><sst><si><t>a</t></si>{markup}</sst>""");
        for (var chunk = 1; chunk <= 12; chunk++)
        {
            var refused = Assert.Throws<ImportRefusedException>(() => ReadAll(part, chunk));

            Assert.StartsWith($"De tabel met gedeelde teksten van de werkmap bevat {what};", refused.Message);
        }
    }

    [Theory]
    [InlineData("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>""" + "\r\n")]
    [InlineData("\uFEFF<?xml\tversion=\"1.0\"?>")]
    [InlineData("")]
    public void The_declaration_that_opens_a_part_and_utf8_characters_read_at_every_split(string declaration)
    {
        var part = Encoding.UTF8.GetBytes(declaration + """<sst><si><t>a &lt; b: Café, € 5, 😀</t></si></sst>""");
        for (var chunk = 1; chunk <= 12; chunk++)
        {
            Assert.Equal(part.Length, ReadAll(part, chunk));
        }
    }

    private static int ReadAll(byte[] part, int chunk)
    {
        using var unpacked = new UnpackedPart(new ChunkedStream(part, chunk), new ImportText("Workbook.SharedStrings"), new UnpackedPart.Budget(ImportLimits.Default));
        var buffer = new byte[4096];
        int read, total = 0;
        while ((read = unpacked.Read(buffer)) > 0)
        {
            total += read;
        }
        return total;
    }

    public void Dispose() => _install.Dispose();
}
