using System.Text;
using ClosedXML.Excel;
using Dashboard.Data.Imports;
using Dashboard.Data.Imports.Reading;
using Dashboard.Data.Imports.Templates;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Imports.Templates;

public sealed class TemplateContentTests : IDisposable
{
    private readonly TestInstallation _install = new();

    [Theory]
    [MemberData(nameof(TemplateFile.AllKindsAndFormats), MemberType = typeof(TemplateFile))]
    public void The_header_row_is_the_canonical_columns_in_template_order(ImportKind kind, TemplateFormat format)
    {
        var path = TemplateFile.Write(_install, kind, format, TemplateFile.EmptyInstallation);

        using IRowSource source = format == TemplateFormat.Xlsx ? new XlsxRowSource(path, ImportLimits.Default) : new CsvRowSource(path, new UTF8Encoding(false), ImportLimits.Default);

        Assert.Equal(ImportLayouts.Columns(kind).Select(c => c.Name), source.Headers);
        Assert.True(source.Read());
        Assert.Equal(2, source.RowNumber);
        Assert.False(source.Read());
    }

    [Theory]
    [InlineData(ImportKind.Winkels, "Voorbeeld Kringloop;VBK;Voorbeeld Kringloop Centrum;Utrecht;WINKEL;Winkelvloer;winkel;850")]
    [InlineData(ImportKind.Deelnemers, "VOORBEELD-001;VBK;WINKEL;zonder_werk;27tot50;participatiewet;werkervaring;01-11-2026;;24;;3;")]
    [InlineData(ImportKind.Certificaten, "VOORBEELD-001;VBK;WINKEL;15-11-2026;branchecertificaat;VCA")]
    [InlineData(ImportKind.Verkopen, "15-11-2026;VBK;WINKEL;kleding_textiel;12,50;3;2,5;1")]
    public void The_csv_is_as_Dutch_Excel_writes_it(ImportKind kind, string exampleRow)
    {
        var bytes = ImportTemplates.Bytes(kind, TemplateFormat.Csv, TemplateFile.EmptyInstallation);

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes[3..]);
        var header = string.Join(';', ImportLayouts.Columns(kind).Select(c => c.Name));
        Assert.Equal($"{header}\r\n{exampleRow}\r\n", text);
    }

    [Fact]
    public void The_csv_keeps_accents_and_quotes_a_field_with_a_semicolon()
    {
        var example = new TemplateExample(TestInstallation.Today,
            new ExamplePractice("Kringloop Bé Anders", "BEA", "Bé; Anders", "Tiel", 1250.5m, "WINKEL", "Winkelvloer", "winkel"));

        var text = Encoding.UTF8.GetString(ImportTemplates.Bytes(ImportKind.Winkels, TemplateFormat.Csv, example)[3..]);

        Assert.EndsWith("\r\nKringloop Bé Anders;BEA;\"Bé; Anders\";Tiel;WINKEL;Winkelvloer;winkel;1250,5\r\n", text);
    }

    [Fact]
    public void The_workbook_has_real_date_number_and_text_cells_under_a_bold_frozen_header()
    {
        using var workbook = Open(ImportKind.Deelnemers, TemplateFile.EmptyInstallation);
        var sheet = workbook.Worksheet(1);

        Assert.Equal("Deelnemers", sheet.Name);
        Assert.True(sheet.Cell("A1").Style.Font.Bold);
        Assert.Equal(1, sheet.SheetView.SplitRow);
        Assert.Equal(XLDataType.Text, sheet.Cell("A2").DataType);
        Assert.Equal("VOORBEELD-001", sheet.Cell("A2").GetString());
        Assert.Equal(XLDataType.DateTime, sheet.Cell("H2").DataType);
        Assert.Equal(new DateTime(2026, 11, 1), sheet.Cell("H2").GetDateTime());
        Assert.Equal("dd-mm-yyyy", sheet.Cell("H2").Style.DateFormat.Format);
        Assert.True(sheet.Cell("I2").IsEmpty());
        Assert.Equal(XLDataType.Number, sheet.Cell("J2").DataType);
        Assert.Equal(24, sheet.Cell("J2").GetDouble());
        Assert.True(sheet.Cell("K2").IsEmpty());
        // Rows the administrator adds get text cells for codes too, so 0612 keeps its leading zero.
        Assert.Equal("@", sheet.Cell("A3").Style.NumberFormat.Format);
        Assert.Equal("dd-mm-yyyy", sheet.Cell("H3").Style.DateFormat.Format);
        Assert.All(sheet.Columns(1, ImportLayouts.Columns(ImportKind.Deelnemers).Count), c => Assert.InRange(c.Width, 10, 40));
    }

    [Fact]
    public void A_store_code_of_digits_stays_text_in_the_workbook()
    {
        var example = new TemplateExample(TestInstallation.Today,
            new ExamplePractice("Kringloop Nul", "0612", "Nul Zes", null, null, "001", "Winkelvloer", "winkel"));

        using var workbook = Open(ImportKind.Verkopen, example);
        var sheet = workbook.Worksheet(1);

        Assert.Equal(XLDataType.Text, sheet.Cell("B2").DataType);
        Assert.Equal("0612", sheet.Cell("B2").GetString());
        Assert.Equal("001", sheet.Cell("C2").GetString());
        Assert.Equal(XLDataType.Number, sheet.Cell("E2").DataType);
        Assert.Equal(12.5, sheet.Cell("E2").GetDouble());
        Assert.Equal(new DateTime(2026, 11, 15), sheet.Cell("A2").GetDateTime());
    }

    [Theory]
    [InlineData("horeca", "horeca", null)]
    [InlineData("fietsen", "fietsen", 2.5)]
    [InlineData("sortering", "huisraad", 2.5)]
    public void The_sale_fits_what_the_practice_does(string practiceKind, string category, double? weight)
    {
        var example = new TemplateExample(TestInstallation.Today,
            new ExamplePractice("Kringloop", "AAN", "Aan", null, null, "P", "P", practiceKind));

        using var workbook = Open(ImportKind.Verkopen, example);
        var sheet = workbook.Worksheet(1);

        Assert.Equal(category, sheet.Cell("D2").GetString());
        Assert.Equal(weight, sheet.Cell("G2").IsEmpty() ? null : sheet.Cell("G2").GetDouble());
    }

    private static XLWorkbook Open(ImportKind kind, TemplateExample example) =>
        new(new MemoryStream(ImportTemplates.Bytes(kind, TemplateFormat.Xlsx, example)));

    public void Dispose() => _install.Dispose();
}
