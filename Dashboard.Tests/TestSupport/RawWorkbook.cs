using System.IO.Compression;
using System.Security;
using System.Text;

namespace Dashboard.Tests.TestSupport;

/// <summary>
/// Writes an .xlsx package by hand — the zip, its relationships and the sheet's XML — as a crafted file would be made,
/// so a test can put anything into a sheet: a cell far beyond Excel's last column, millions of cells in one row, one
/// enormous string. The sheet's rows and the shared strings are written straight into the zip as they are produced,
/// so even a sheet that unpacks to hundreds of megabytes costs the test little memory.
/// </summary>
public static class RawWorkbook
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>
    /// Writes the workbook: <paramref name="rows"/> writes the content of &lt;sheetData&gt;, <paramref name="sharedStrings"/>
    /// (when given) the &lt;si&gt; items of the shared strings.
    /// </summary>
    public static string Write(string path, Action<TextWriter> rows, Action<TextWriter>? sharedStrings = null)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        Entry(zip, "[Content_Types].xml", w => w.Write(
            """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
            <Default Extension="xml" ContentType="application/xml"/>
            <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
            <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
            <Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
            </Types>
            """));
        Entry(zip, "_rels/.rels", w => w.Write(
            $"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            <Relationship Id="rId1" Type="{Relationships}/officeDocument" Target="xl/workbook.xml"/>
            </Relationships>
            """));
        Entry(zip, "xl/workbook.xml", w => w.Write(
            $"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <workbook xmlns="{Main}" xmlns:r="{Relationships}"><sheets><sheet name="Gegevens" sheetId="1" r:id="rId1"/></sheets></workbook>
            """));
        Entry(zip, "xl/_rels/workbook.xml.rels", w => w.Write(
            $"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            <Relationship Id="rId1" Type="{Relationships}/worksheet" Target="worksheets/sheet1.xml"/>
            {(sharedStrings is null ? "" : $"""<Relationship Id="rId2" Type="{Relationships}/sharedStrings" Target="sharedStrings.xml"/>""")}
            </Relationships>
            """));
        Entry(zip, "xl/worksheets/sheet1.xml", w =>
        {
            w.Write($"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="{Main}"><sheetData>""");
            rows(w);
            w.Write("</sheetData></worksheet>");
        });
        if (sharedStrings is not null)
        {
            Entry(zip, "xl/sharedStrings.xml", w =>
            {
                w.Write($"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="{Main}">""");
                sharedStrings(w);
                w.Write("</sst>");
            });
        }
        return path;
    }

    /// <summary>A row of inline-string cells with their references, starting in column A.</summary>
    public static void Row(TextWriter w, int row, params string[] texts)
    {
        w.Write($"""<row r="{row}">""");
        for (var i = 0; i < texts.Length; i++)
        {
            Cell(w, $"{(char)('A' + i)}{row}", texts[i]);
        }
        w.Write("</row>");
    }

    /// <summary>One inline-string cell.</summary>
    public static void Cell(TextWriter w, string reference, string text) =>
        w.Write($"""<c r="{reference}" t="inlineStr"><is><t>{SecurityElement.Escape(text)}</t></is></c>""");

    /// <summary>
    /// Writes the part <paramref name="name"/> of a workbook made by <see cref="Write"/> anew, in UTF-8 without a byte
    /// order mark unless another <paramref name="encoding"/> is given (whose byte order mark is written).
    /// </summary>
    public static void Rewrite(string path, string name, Action<TextWriter> write, Encoding? encoding = null)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        zip.GetEntry(name)?.Delete();
        Entry(zip, name, write, encoding);
    }

    private static void Entry(ZipArchive zip, string name, Action<TextWriter> write, Encoding? encoding = null)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Fastest).Open(), encoding ?? new UTF8Encoding(false), 1 << 16);
        write(writer);
    }
}
