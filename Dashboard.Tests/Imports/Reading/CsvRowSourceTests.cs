using System.Text;
using Dashboard.Data.Imports;
using Dashboard.Data.Imports.Reading;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Imports.Reading;

public class CsvRowSourceTests
{
    /// <summary>Every row as "row: field|field|…".</summary>
    private static List<string> ReadAll(CsvRowSource source)
    {
        var rows = new List<string>();
        while (source.Read())
        {
            rows.Add($"{source.RowNumber}: " + string.Join("|", Enumerable.Range(0, source.FieldCount).Select(i => source[i].Text)));
        }
        return rows;
    }

    [Fact]
    public void A_semicolon_header_makes_a_decimal_comma_file()
    {
        using var install = new TestInstallation();
        using var source = new CsvRowSource(install.WriteFile("v.csv", "datum;winkel;omzet\n01-03-2025;AAN;1.234,56"), new UTF8Encoding(false), ImportLimits.Default);

        Assert.Equal(["datum", "winkel", "omzet"], source.Headers);
        Assert.Equal(NumberDialect.DecimalComma, source.Dialect);
        Assert.Equal(["2: 01-03-2025|AAN|1.234,56"], ReadAll(source));
    }

    [Fact]
    public void A_comma_header_makes_a_decimal_point_file()
    {
        using var install = new TestInstallation();
        using var source = new CsvRowSource(install.WriteFile("v.csv", "datum,winkel,omzet\n01-03-2025,AAN,\"Café; bar\""), new UTF8Encoding(false), ImportLimits.Default);

        Assert.Equal(["datum", "winkel", "omzet"], source.Headers);
        Assert.Equal(NumberDialect.DecimalPoint, source.Dialect);
        Assert.Equal(["2: 01-03-2025|AAN|Café; bar"], ReadAll(source));
    }

    [Fact]
    public void Separators_inside_quoted_headers_do_not_count()
    {
        using var install = new TestInstallation();
        using var source = new CsvRowSource(install.WriteFile("v.csv", "\"datum; dag\",winkel,omzet\nx,y,z"), new UTF8Encoding(false), ImportLimits.Default);

        Assert.Equal(NumberDialect.DecimalPoint, source.Dialect);
        Assert.Equal(["datum; dag", "winkel", "omzet"], source.Headers);
    }

    [Fact]
    public void Row_numbers_are_those_of_the_spreadsheet_blank_lines_and_quoted_line_breaks_included()
    {
        using var install = new TestInstallation();
        var path = install.WriteFile("w.csv", "a;b\n1;2\n\n3;\"twee\nregels\"\n;\n4;5\n\n");
        using var source = new CsvRowSource(path, new UTF8Encoding(false), ImportLimits.Default);

        Assert.Equal(["2: 1|2", "4: 3|twee\r\nregels", "6: 4|5"], ReadAll(source));
    }

    [Fact]
    public void The_byte_order_mark_is_not_part_of_the_first_header()
    {
        using var install = new TestInstallation();
        using var source = new CsvRowSource(install.WriteFile("v.csv", "datum;winkel\n1;2", new UTF8Encoding(true)), new UTF8Encoding(false), ImportLimits.Default);

        Assert.Equal("datum", source.Headers[0]);
    }

    /// <summary>Till systems and scripts write UTF-8 with a BOM and quote every field; the BOM must not hide the first header.</summary>
    [Fact]
    public void A_file_with_a_bom_and_every_field_quoted_imports()
    {
        using var install = new TestInstallation();
        install.WithStandardStores();
        var content = "\"datum\";\"winkel\";\"praktijk\";\"categorie\";\"omzet\"\n\"01-03-2025\";\"AAN\";\"WINKEL\";\"meubels\";\"45,00\"";

        ImportAssert.Succeeded(install.Import(ImportKind.Verkopen, "verkopen.csv", content, encoding: new UTF8Encoding(true)));

        Assert.Equal(4500, install.Query<long>("SELECT SUM(revenue_cents) FROM sales"));
    }

    [Theory]
    [InlineData(";")]
    [InlineData(",")]
    public void Both_delimiters_import_the_same_sales(string delimiter)
    {
        using var install = new TestInstallation();
        install.WithStandardStores();
        var content = delimiter == ";"
            ? "datum;winkel;praktijk;categorie;omzet;aantal;gewicht_kg;transacties\n01-03-2025;AAN;WINKEL;meubels;1.234,56;2;40,5;1\n02-03-2025;AAN;REST;horeca;-3,50;;;"
            : "datum,winkel,praktijk,categorie,omzet,aantal,gewicht_kg,transacties\n01-03-2025,AAN,WINKEL,meubels,1234.56,2,40.5,1\n02-03-2025,AAN,REST,horeca,-3.50,,,";

        install.ImportOk(ImportKind.Verkopen, "verkopen.csv", content);

        Assert.Equal(
            ["2025-03-01|meubels|123456|2|40500|1", "2025-03-02|horeca|-350|∅|∅|∅"],
            install.Lines("SELECT sale_date, category, revenue_cents, items, weight_g, transactions FROM sales ORDER BY sale_date"));
    }

    [Fact]
    public void An_empty_file_is_refused()
    {
        using var install = new TestInstallation();
        var message = ImportAssert.FileRefused(install.Import(ImportKind.Winkels, "leeg.csv", "\n\n"));
        Assert.Contains("kopregel", message);
    }

    [Fact]
    public void A_header_without_rows_is_refused()
    {
        using var install = new TestInstallation();
        var problem = ImportAssert.RefusedFor(install.Import(ImportKind.Winkels, "winkels.csv", StandardStores.Header + "\n\n"));
        Assert.Equal("geen rijen", problem.Kind);
        Assert.Equal(0, install.Count("import_batches"));
    }
}
