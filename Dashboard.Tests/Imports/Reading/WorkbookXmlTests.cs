using Dashboard.Data.Imports;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Imports.Reading;

/// <summary>
/// What the XML reader of a workbook part keeps is bounded in every part the importer reads: a million elements within
/// one another, or thousands of names never seen before, refuse the file at once with what is wrong named, while the
/// import allocates a few megabytes (an XML reader keeps every open level and every name it has seen). A workbook as
/// Excel writes it — namespaces, rich text, phonetic hints, inline and shared strings — reads as before.
/// </summary>
public sealed class WorkbookXmlTests : IDisposable
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string NotExcel = "Dit is geen gewoon Excel-bestand: sla het in Excel opnieuw op als 'Excel-werkmap (.xlsx)'.";

    private static readonly string[] Header = ["organisatie", "winkel", "winkelnaam", "plaats", "praktijk", "praktijknaam", "soort"];
    private static readonly string[] Store = ["Kringloop Oost", "OST", "Oost Centrum", "Enschede", "WINKEL", "Winkelvloer", "winkel"];

    private readonly TestInstallation _install = new();

    private string Workbook(Action<TextWriter> rows) =>
        RawWorkbook.Write(Path.Combine(_install.Folder, "winkels.xlsx"), rows, _ => { });

    private string Refusal(string path) => _install.RefusedWithFlatMemory(ImportKind.Winkels, path);

    /// <summary>A million elements, each within the one before: 145 MB in an XML reader's open levels.</summary>
    private static void Nested(TextWriter w)
    {
        for (var i = 0; i < 1_000_000; i++)
        {
            w.Write("<a>");
        }
        for (var i = 0; i < 1_000_000; i++)
        {
            w.Write("</a>");
        }
    }

    [Fact]
    public void A_million_elements_nested_in_a_row_refuse_the_file_instead_of_reading_as_no_data()
    {
        var path = Workbook(w =>
        {
            RawWorkbook.Row(w, 1, Header);
            w.Write("""<row r="2">""");
            Nested(w);
            w.Write("</row>");
        });
        Assert.True(new FileInfo(path).Length < 100 * 1024);

        var message = Refusal(path);

        Assert.Equal("Het werkblad heeft elementen die meer dan 32 niveaus diep in elkaar liggen; een Excel-werkmap komt niet verder " +
                     "dan een stuk of tien. " + NotExcel, message);
    }

    [Fact]
    public void The_preview_refuses_a_nested_sheet_with_the_same_message()
    {
        var path = Workbook(w =>
        {
            RawWorkbook.Row(w, 1, Header);
            w.Write("""<row r="2">""");
            Nested(w);
            w.Write("</row>");
        });

        var refused = Assert.Throws<ImportRefusedException>(() => Data.Imports.Preview.ImportPreview.Read(path, ImportLimits.Default));

        Assert.StartsWith("Het werkblad heeft elementen die meer dan 32 niveaus diep in elkaar liggen", refused.Message);
    }

    [Theory]
    [InlineData("xl/sharedStrings.xml", "De tabel met gedeelde teksten van de werkmap")]
    [InlineData("xl/workbook.xml", "Het onderdeel xl/workbook.xml van de werkmap")]
    [InlineData("_rels/.rels", "Het onderdeel _rels/.rels van de werkmap")]
    [InlineData("xl/_rels/workbook.xml.rels", "Het onderdeel xl/_rels/workbook.xml.rels van de werkmap")]
    public void Every_part_the_importer_reads_is_refused_when_nested_too_deep(string part, string named)
    {
        var path = Workbook(w =>
        {
            RawWorkbook.Row(w, 1, Header);
            RawWorkbook.Row(w, 2, Store);
        });
        RawWorkbook.Rewrite(path, part, w =>
        {
            switch (part)
            {
                case "xl/sharedStrings.xml":
                    w.Write($"""<sst xmlns="{Main}"><si>""");
                    Nested(w);
                    w.Write("</si></sst>");
                    break;
                case "xl/workbook.xml":
                    w.Write($"""<workbook xmlns="{Main}" xmlns:r="{Relationships}">""");
                    Nested(w);
                    w.Write("""<sheets><sheet name="Gegevens" sheetId="1" r:id="rId1"/></sheets></workbook>""");
                    break;
                default:
                    var (id, type, target) = part == "_rels/.rels" ? ("rId1", "officeDocument", "xl/workbook.xml") : ("rId1", "worksheet", "worksheets/sheet1.xml");
                    w.Write($"""<Relationships xmlns="{PackageRelationships}">""");
                    Nested(w);
                    w.Write($"""<Relationship Id="{id}" Type="{Relationships}/{type}" Target="{target}"/></Relationships>""");
                    break;
            }
        });

        var message = Refusal(path);

        Assert.StartsWith(named + " heeft elementen die meer dan 32 niveaus diep in elkaar liggen", message);
    }

    [Theory]
    [InlineData("elementen", 10_000, 1)]
    [InlineData("attributen", 10_000, 1)]
    [InlineData("elementen", 100, 100_000)]
    public void Thousands_of_names_never_seen_before_are_refused(string kind, int names, int length)
    {
        var path = Workbook(w =>
        {
            RawWorkbook.Row(w, 1, Header);
            w.Write("""<row r="2">""");
            for (var i = 0; i < Store.Length; i++)
            {
                RawWorkbook.Cell(w, $"{(char)('A' + i)}2", Store[i]);
            }
            var padding = new string('n', length);
            w.Write(kind == "attributen" ? "<x" : "");
            for (var i = 0; i < names; i++)
            {
                w.Write(kind == "attributen" ? $" {padding}{i}=\"\"" : $"<{padding}{i}/>");
            }
            w.Write(kind == "attributen" ? "/>" : "");
            w.Write("</row>");
        });

        var message = Refusal(path);

        Assert.Equal("Het werkblad gebruikt meer dan 4.096 verschillende namen van elementen en attributen, of namen van samen meer dan " +
                     "65.536 tekens; een Excel-werkmap gebruikt er enkele tientallen. " + NotExcel, message);
    }

    [Fact]
    public void A_workbook_as_excel_writes_it_with_rich_text_phonetic_hints_and_inline_strings_imports()
    {
        var path = Workbook(_ => { });
        RawWorkbook.Rewrite(path, "xl/worksheets/sheet1.xml", w => w.Write(
            $"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <worksheet xmlns="{Main}" xmlns:r="{Relationships}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac xr xr2 xr3" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2" xmlns:xr3="http://schemas.microsoft.com/office/spreadsheetml/2016/revision3" xr:uid="{"{"}00000000-0001-0000-0000-000000000000{"}"}">
            <sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><dimension ref="A1:G2"/>
            <sheetViews><sheetView tabSelected="1" workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="C2" sqref="C2"/></sheetView></sheetViews>
            <sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/><cols><col min="1" max="7" width="18.7109375" customWidth="1"/></cols>
            <sheetData>
            <row r="1" spans="1:7" x14ac:dyDescent="0.25">{string.Concat(Header.Select((h, i) => $"""<c r="{(char)('A' + i)}1" t="s"><v>{i}</v></c>"""))}</row>
            <row r="2" spans="1:7" x14ac:dyDescent="0.25"><c r="A2" t="s"><v>7</v></c><c r="B2" t="inlineStr"><is><t>OST</t></is></c><c r="C2" t="inlineStr"><is><r><rPr><b/><sz val="11"/><color theme="1"/><rFont val="Calibri"/><family val="2"/><scheme val="minor"/></rPr><t xml:space="preserve">Oost </t></r><r><rPr><i/><sz val="11"/><rFont val="Calibri"/></rPr><t>Centrum</t></r></is></c><c r="D2" t="s"><v>8</v></c><c r="E2" t="str"><f>"WIN"&amp;"KEL"</f><v>WINKEL</v></c><c r="F2" t="s"><v>9</v></c><c r="G2" t="s"><v>10</v></c></row>
            </sheetData>
            <pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="landscape" r:id="rId1"/>
            <extLst><ext uri="{"{"}78C0D931-6437-407d-A8EE-F0AAD7539E65{"}"}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:conditionalFormattings><x14:conditionalFormatting xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:cfRule type="dataBar" id="{"{"}00000000-0000-0000-0000-000000000001{"}"}"><x14:dataBar minLength="0" maxLength="100"><x14:cfvo type="autoMin"/></x14:dataBar></x14:cfRule><xm:sqref>A2</xm:sqref></x14:conditionalFormatting></x14:conditionalFormattings></ext></extLst>
            </worksheet>
            """));
        RawWorkbook.Rewrite(path, "xl/sharedStrings.xml", w => w.Write(
            $"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <sst xmlns="{Main}" count="11" uniqueCount="11">{string.Concat(Header.Select(h => $"<si><t>{h}</t></si>"))}<si><r><rPr><b/><sz val="11"/><color rgb="FFFF0000"/><rFont val="Calibri"/><family val="2"/><scheme val="minor"/></rPr><t xml:space="preserve">Kringloop </t></r><r><rPr><sz val="11"/><color theme="1"/><rFont val="Calibri"/><family val="2"/><scheme val="minor"/></rPr><t>Oost</t></r><rPh sb="0" eb="9"><t>クリンループ</t></rPh><phoneticPr fontId="1"/></si><si><t>Enschede</t><phoneticPr fontId="1" type="noConversion"/></si><si><t>Winkelvloer</t></si><si><t>winkel</t></si></sst>
            """), new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        ImportAssert.Succeeded(_install.Import(ImportKind.Winkels, path));

        Assert.Equal(["Kringloop Oost|OST|Oost Centrum|Enschede|WINKEL|Winkelvloer|winkel"],
            _install.Lines("SELECT o.name, s.code, s.name, s.city, p.code, p.name, p.kind FROM stores s JOIN organisations o ON o.id = s.organisation_id JOIN practices p ON p.store_id = s.id"));
    }

    public void Dispose() => _install.Dispose();
}
