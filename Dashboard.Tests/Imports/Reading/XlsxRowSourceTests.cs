using Dashboard.Data.Imports;
using Dashboard.Data.Imports.Reading;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Imports.Reading;

public class XlsxRowSourceTests
{
    private static readonly object?[] SalesHeader = ["datum", "winkel", "praktijk", "categorie", "omzet", "aantal", "gewicht_kg", "transacties"];

    private static string Xlsx(TestInstallation install, string name, IReadOnlyList<object?[]?> rows, bool inlineStrings = false) =>
        Workbook.Write(Path.Combine(install.Folder, name), rows, inlineStrings);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Reads_shared_and_inline_strings_numbers_dates_and_empty_cells(bool inlineStrings)
    {
        using var install = new TestInstallation();
        var path = Xlsx(install, "v.xlsx",
        [
            ["datum", "winkel", null, "omzet"],
            [new DateTime(2025, 3, 1), "AAN", null, 1234.56],
            null, // an empty row in between
            ["02-03-2025", "Café Bé", "x", "12,50"],
        ], inlineStrings);
        Assert.Equal(inlineStrings, SheetXml(path).Contains("t=\"inlineStr\""));

        using var source = new XlsxRowSource(path, ImportLimits.Default);

        Assert.Equal(["datum", "winkel", "", "omzet"], source.Headers);
        Assert.True(source.Read());
        Assert.Equal(2, source.RowNumber);
        Assert.Equal(new Cell("45717", IsNumber: true), source[0]);
        Assert.Equal(new Cell("AAN"), source[1]);
        Assert.True(source[2].IsEmpty);
        Assert.Equal(new Cell("1234.56", IsNumber: true), source[3]);
        Assert.True(source.Read());
        Assert.Equal(4, source.RowNumber);
        Assert.Equal(new Cell("02-03-2025"), source[0]);
        Assert.Equal(new Cell("Café Bé"), source[1]);
        Assert.Equal(new Cell("12,50"), source[3]);
        Assert.True(source[9].IsEmpty);
        Assert.False(source.Read());
    }

    private static string SheetXml(string path)
    {
        using var zip = System.IO.Compression.ZipFile.OpenRead(path);
        using var reader = new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        return reader.ReadToEnd();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Sales_with_real_date_cells_and_numeric_cells_import_exactly(bool inlineStrings)
    {
        using var install = new TestInstallation();
        install.WithStandardStores();
        var path = Xlsx(install, "verkopen.xlsx",
        [
            SalesHeader,
            [new DateTime(2025, 3, 1), "AAN", "WINKEL", "meubels", 1234.56, 2, 40.5, 1],
            [new DateTime(2025, 3, 2, 17, 45, 0), "AAN", "WINKEL", "kleding_textiel", 310.5, 12, null, 4],
            [new DateTime(2025, 3, 3), "AAN", "REST", "horeca", -3.5, null, null, null],
            [new DateTime(2025, 3, 4), "aan", "rest", "Horeca", "1.234,50", "3", null, null], // numbers typed as text in a Dutch sheet
        ], inlineStrings);

        ImportAssert.Succeeded(install.Import(ImportKind.Verkopen, path));

        Assert.Equal(
            [
                "2025-03-01|WINKEL|meubels|123456|2|40500|1",
                "2025-03-02|WINKEL|kleding_textiel|31050|12|∅|4",
                "2025-03-03|REST|horeca|-350|∅|∅|∅",
                "2025-03-04|REST|horeca|123450|3|∅|∅",
            ],
            install.Lines("SELECT s.sale_date, p.code, s.category, s.revenue_cents, s.items, s.weight_g, s.transactions FROM sales s JOIN practices p ON p.id = s.practice_id ORDER BY s.sale_date"));
        SalesMonthlyCheck.AssertMatchesSales(install);
    }

    [Fact]
    public void Trajectories_with_date_cells_and_numeric_codes_import()
    {
        using var install = new TestInstallation();
        Workbook.Write(Path.Combine(install.Folder, "winkels.xlsx"),
        [
            ["organisatie", "winkel", "winkelnaam", "praktijk", "praktijknaam", "soort", "vloeroppervlak_m2"],
            ["Kringloop 612", 612, "Winkel 612", 1, "Restaurant", "horeca", 1250.5],
        ]);
        ImportAssert.Succeeded(install.Import(ImportKind.Winkels, Path.Combine(install.Folder, "winkels.xlsx")));
        var path = Xlsx(install, "deelnemers.xlsx",
        [
            ["deelnemer", "winkel", "praktijk", "doelgroep", "traject", "startdatum", "einddatum", "uren_per_week", "uitstroom", "ladder_start", "ladder_eind"],
            [4711, 612, 1, "nieuwkomer", "leerwerk", new DateTime(2025, 1, 6), new DateTime(2025, 9, 30), 32.5, "opleiding", 2, 4],
            ["B-7", 612, 1, "opleiding", "stage_bbl", new DateTime(2025, 2, 1), null, 16, null, null, null],
        ]);

        ImportAssert.Succeeded(install.Import(ImportKind.Deelnemers, path));

        Assert.Equal(["612|Winkel 612|1250.5"], install.Lines("SELECT code, name, floor_area_m2 FROM stores"));
        Assert.Equal(["1"], install.Lines("SELECT code FROM practices"));
        Assert.Equal(
            ["2025-01-06|2025-09-30|nieuwkomer|leerwerk|32.5|opleiding|2|4", "2025-02-01|∅|opleiding|stage_bbl|16|∅|∅|∅"],
            install.Lines("SELECT start_date, end_date, target_group, trajectory_type, hours_per_week, outcome, ladder_start, ladder_end FROM trajectories ORDER BY start_date"));
    }

    [Fact]
    public void A_workbook_with_a_logo_imports_without_touching_the_picture()
    {
        using var install = new TestInstallation();
        install.WithStandardStores();
        var path = Xlsx(install, "verkopen-met-logo.xlsx",
        [
            SalesHeader,
            [new DateTime(2025, 3, 1), "AAN", "WINKEL", "meubels", 100, 1, null, 1],
        ]);
        Workbook.AddLogo(path);
        using (var zip = System.IO.Compression.ZipFile.OpenRead(path))
        {
            Assert.Contains(zip.Entries, e => e.FullName.StartsWith("xl/media/", StringComparison.Ordinal));
        }

        ImportAssert.Succeeded(install.Import(ImportKind.Verkopen, path));

        Assert.Equal(10000, install.Query<long>("SELECT SUM(revenue_cents) FROM sales"));
    }

    [Fact]
    public void Only_the_first_sheet_is_read()
    {
        using var install = new TestInstallation();
        install.WithStandardStores();
        var path = Workbook.Write(Path.Combine(install.Folder, "verkopen.xlsx"),
        [
            new Workbook.Sheet("Verkopen", [SalesHeader, [new DateTime(2025, 3, 1), "AAN", "WINKEL", "meubels", 45, 1, null, 1]]),
            new Workbook.Sheet("Toelichting", [["Toelichting"], ["Dit blad is geen data", "€ 1.000.000"], ["31-02-2025", "XYZ"]]),
        ]);

        ImportAssert.Succeeded(install.Import(ImportKind.Verkopen, path));

        Assert.Equal(["2025-03-01|4500"], install.Lines("SELECT sale_date, revenue_cents FROM sales"));
    }

    [Fact]
    public void A_problem_names_the_row_the_spreadsheet_shows_empty_rows_included()
    {
        using var install = new TestInstallation();
        install.WithStandardStores();
        var path = Xlsx(install, "verkopen.xlsx",
        [
            SalesHeader,
            [new DateTime(2025, 3, 1), "AAN", "WINKEL", "meubels", 45, 1, null, 1],
            null,
            null,
            [new DateTime(2025, 3, 2), "AAN", "WINKEL", "meubelz", 45, 1, null, 1],
        ]);

        var problem = ImportAssert.RefusedAt(install.Import(ImportKind.Verkopen, path), 5, "categorie");

        Assert.Equal("meubelz", problem.Value);
        Assert.Equal(0, install.Count("sales"));
    }

    [Fact]
    public void A_text_cell_with_a_decimal_point_is_refused_like_in_a_semicolon_file()
    {
        using var install = new TestInstallation();
        install.WithStandardStores();
        var path = Xlsx(install, "verkopen.xlsx",
        [
            SalesHeader,
            [new DateTime(2025, 3, 1), "AAN", "WINKEL", "meubels", "310.5", 1, null, 1],
        ]);

        var problem = ImportAssert.RefusedAt(install.Import(ImportKind.Verkopen, path), 2, "omzet");

        Assert.Equal("ongeldig getal", problem.Kind);
    }

    [Fact]
    public void A_workbook_whose_first_sheet_is_empty_is_refused()
    {
        using var install = new TestInstallation();
        var path = Workbook.Write(Path.Combine(install.Folder, "leeg.xlsx"),
        [
            new Workbook.Sheet("Leeg", []),
            new Workbook.Sheet("Verkopen", [SalesHeader]),
        ]);

        var message = ImportAssert.FileRefused(install.Import(ImportKind.Verkopen, path));

        Assert.Contains("'Leeg' is leeg", message);
    }

    [Fact]
    public void A_nine_digit_participant_code_in_a_numeric_cell_is_refused_without_echoing_it()
    {
        using var install = new TestInstallation();
        install.WithStandardStores();
        var path = Xlsx(install, "deelnemers.xlsx",
        [
            ["deelnemer", "winkel", "praktijk", "doelgroep", "traject", "startdatum", "uren_per_week"],
            [4711, "AAN", "REST", "overig", "vrijwilliger", new DateTime(2025, 1, 6), 8],
            [123456789, "AAN", "REST", "overig", "vrijwilliger", new DateTime(2025, 1, 6), 8],
        ]);

        var outcome = install.Import(ImportKind.Deelnemers, path);

        ImportAssert.RefusedAt(outcome, 3, "deelnemer");
        Trajectories.TrajectoryImportTests.AssertNotEchoed(outcome.Report, "123456789");
        Assert.Equal(0, install.Count("trajectories"));
    }

    [Fact]
    public void Rich_text_cells_read_as_their_visible_text()
    {
        using var install = new TestInstallation();
        var path = Path.Combine(install.Folder, "winkels.xlsx");
        using (var workbook = new ClosedXML.Excel.XLWorkbook())
        {
            var sheet = workbook.Worksheets.Add("Winkels");
            string[] header = ["organisatie", "winkel", "winkelnaam", "praktijk", "praktijknaam", "soort"];
            for (var c = 0; c < header.Length; c++)
            {
                sheet.Cell(1, c + 1).SetValue(header[c]);
            }
            string[] row = ["Kringloop Bé", "BE", "", "REST", "", "horeca"];
            for (var c = 0; c < row.Length; c++)
            {
                sheet.Cell(2, c + 1).SetValue(row[c]);
            }
            sheet.Cell(2, 3).RichText.AddText("Café ").SetBold(true);
            sheet.Cell(2, 3).RichText.AddText("Bé").SetItalic(true);
            sheet.Cell(2, 5).RichText.AddText("Eetcafé ").SetBold(true);
            sheet.Cell(2, 5).RichText.AddText("De Pan");
            workbook.SaveAs(path);
        }

        ImportAssert.Succeeded(install.Import(ImportKind.Winkels, path));

        Assert.Equal("Café Bé|Eetcafé De Pan", install.Lines("SELECT s.name, p.name FROM stores s JOIN practices p ON p.store_id = s.id").Single());
    }
}
