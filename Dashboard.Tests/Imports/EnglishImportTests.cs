using System.Globalization;
using System.Text;
using Dashboard.Data.Imports;
using Dashboard.Data.Imports.Preview;
using Dashboard.Data.Imports.Reports;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Imports;

/// <summary>
/// An import asked for in English (the import page of an English interface) tells every problem, refusal and summary in
/// English: one message of each family, read as a user reads it. The Dutch of the same imports is pinned by the other tests.
/// </summary>
public sealed class EnglishImportTests : IDisposable
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    private readonly TestInstallation _install = new();

    private ImportOutcome Import(ImportKind kind, string content, bool replace = false, ImportLimits? limits = null, int detailLimit = 100)
    {
        var path = _install.WriteFile($"{Guid.NewGuid():N}.csv", content);
        var importer = new Importer(_install.Database, _install.KeyFile, _install.Clock, limits ?? ImportLimits.Default, _install.RecordKeys);
        return importer.Import(new ImportRequest(kind, path, Replace: replace) { Culture = English }, reportDetailLimit: detailLimit);
    }

    private static string Refusal(ImportOutcome outcome) => Assert.Single(outcome.Report.Problems).Message;

    [Fact]
    public void The_report_opens_counts_places_and_suggests_in_English()
    {
        _install.WithStandardStores();

        var outcome = Import(ImportKind.Verkopen, """
            datum;winkel;praktijk;categorie;omzet
            01-03-2026;AAN;WINKEL;meubel;10,00
            02-03-2026;AAN;WINKEL;meubels;10,00
            """);

        Assert.Equal([
            "The file was refused: 1 problem was found. Nothing was changed.",
            "row 2, column categorie: 'meubel' is not a known categorie; allowed: " + string.Join(", ", Data.Domain.Codes.SalesCategories.Codes) +
            " (did you mean 'meubels'?)",
        ], outcome.Report.Lines());
    }

    [Fact]
    public void Investments_are_checked_and_summed_up_in_English()
    {
        _install.WithStandardStores();

        var refused = Import(ImportKind.Investeringen, """
            winkel;praktijk;jaar;bedrag;financier
            AAN;REST;2025;1.000;gemeente
            AAN;REST;2025;2.000;Gemeente
            AAN;REST;2030;1.000;fonds
            AAN;REST;2025;0;uwv
            """);
        var summary = Import(ImportKind.Investeringen, "winkel;praktijk;jaar;bedrag\nAAN;REST;2025;1.000\nZWO;TEXT;2026;2.500,50", replace: true);

        Assert.Equal([
            "the same investment (store, practice, year and funder) is already in row 2",
            "year 2030 is not between 1900 and 2026 (the year of the import): an investment counts once the money is there",
            "the amount must be more than € 0 and at most € 1,000,000,000; here it is 0",
        ], refused.Report.Problems.Select(p => p.Message));
        Assert.Equal("write the year in full, e.g. 2026", refused.Report.Problems[1].Suggestion);
        Assert.Equal("2 investments: 2 new, 0 updated, 0 unchanged, 0 removed (replaced)", summary.Summary!.DescriptionIn(English));
    }

    [Fact]
    public void Problems_beyond_the_detail_limit_are_counted_by_kind_in_English()
    {
        _install.WithStandardStores();

        var outcome = Import(ImportKind.Verkopen, """
            datum;winkel;praktijk;categorie;omzet
            01-03-2026;AAN;WINKEL;meubels;tien
            02-03-2026;AAN;WINKEL;meubels;elf
            03-03-2026;AAN;WINKEL;meubels;twaalf
            """, detailLimit: 1);

        var lines = outcome.Report.Lines().ToList();
        Assert.Equal("The file was refused: 3 problems were found. Nothing was changed.", lines[0]);
        Assert.Equal("… and 2 more problems:", lines[2]);
        Assert.Equal("  2 × column omzet: invalid number", lines[3]);
        Assert.StartsWith("row;column;value;problem;suggestion\r\n",
            Encoding.UTF8.GetString(ValidationReportCsv.Write(outcome.Report)).TrimStart('\uFEFF'));
    }

    [Theory]
    [InlineData("tien", "'tien' is not a number as this file writes them: in a file with ';' the comma is the decimal separator and a point only stands between groups of three digits (e.g. 1.234,56)")]
    public void A_number_problem_is_English(string revenue, string message)
    {
        _install.WithStandardStores();

        var outcome = Import(ImportKind.Verkopen, $"""
            datum;winkel;praktijk;categorie;omzet
            01-03-2026;AAN;WINKEL;meubels;{revenue}
            """);

        Assert.Equal(message, Assert.Single(outcome.Report.Problems).Message);
    }

    [Fact]
    public void A_date_problem_is_English()
    {
        _install.WithStandardStores();

        var outcome = Import(ImportKind.Verkopen, """
            datum;winkel;praktijk;categorie;omzet
            31-02-2026;AAN;WINKEL;meubels;10,00
            """);

        Assert.Equal("'31-02-2026' does not exist as a date (day-month-year)", Assert.Single(outcome.Report.Problems).Message);
    }

    [Fact]
    public void A_missing_column_and_an_ignored_one_are_English()
    {
        var outcome = Import(ImportKind.Verkopen, """
            datum;winkel;praktijk;omzet;opmerking
            01-03-2026;AAN;WINKEL;10,00;x
            """);

        Assert.Equal("the required column 'categorie' is missing from the header (in English: 'category')", Assert.Single(outcome.Report.Problems).Message);
        Assert.Equal(["these columns are unknown and are ignored: 'opmerking'"], outcome.Report.Warnings);
    }

    [Fact]
    public void A_row_problem_of_a_kind_is_English()
    {
        _install.WithStandardStores();

        var outcome = Import(ImportKind.Deelnemers, """
            deelnemer;winkel;praktijk;doelgroep;traject;startdatum;einddatum;uren_per_week;uitstroom
            A1;AAN;KEUKEN;nieuwkomer;werkervaring;01-01-2026;;20;
            """);

        var problem = Assert.Single(outcome.Report.Problems);
        Assert.Equal("store AAN has no practice 'KEUKEN'; known: REST, WINKEL", problem.Message);
    }

    [Fact]
    public void A_refused_file_is_English()
    {
        Assert.Equal("The header holds no ';' or ',': is this really a CSV file with column names on its first line?",
            Refusal(Import(ImportKind.Verkopen, "datum winkel praktijk\n")));
    }

    [Fact]
    public void A_refusal_for_a_limit_names_the_limit_and_its_setting_in_English()
    {
        var outcome = Import(ImportKind.Winkels, StandardStores.File, limits: new ImportLimits { MaxRows = 2 });

        Assert.Equal("The file has more than 2 rows below the header; the limit is 2 rows (setting Import:MaxRows). Split the file, for example by month.",
            Refusal(outcome));
    }

    [Fact]
    public void A_refused_character_is_named_in_English()
    {
        var outcome = Import(ImportKind.Winkels, StandardStores.File.Replace("Zwolle Noord", "Zwolle\u0007Noord", StringComparison.Ordinal));

        var problem = outcome.Report.Problems[0];
        Assert.Equal("character U+0007 (control character) is not allowed", problem.Message);
        Assert.Equal("remove the character; it is often copied along unseen", problem.Suggestion);
    }

    [Fact]
    public void The_summary_line_is_English_on_screen_and_Dutch_in_the_history()
    {
        var outcome = Import(ImportKind.Winkels, StandardStores.File);

        Assert.Equal("5 rows: 2 new organisations, 3 new stores, 5 new practices, 0 stores and 0 practices updated",
            outcome.Summary!.DescriptionIn(English));
        Assert.Equal(outcome.Summary.Description,
            _install.Query<string>($"SELECT summary FROM import_batches WHERE id = {outcome.BatchId}"));
        Assert.StartsWith("5 rijen: 2 nieuwe organisaties", outcome.Summary.Description);
    }

    [Fact]
    public void An_overlap_with_stored_sales_is_English()
    {
        _install.WithStandardStores();
        ImportAssert.Succeeded(_install.Import(ImportKind.Verkopen, "maart.csv", """
            datum;winkel;praktijk;categorie;omzet
            01-03-2026;AAN;WINKEL;meubels;10,00
            """));

        var outcome = Import(ImportKind.Verkopen, """
            datum;winkel;praktijk;categorie;omzet
            01-03-2026;AAN;WINKEL;meubels;12,00
            02-03-2026;AAN;WINKEL;meubels;12,00
            """);

        var problem = Assert.Single(outcome.Report.Problems);
        Assert.StartsWith("store AAN, practice WINKEL: this file runs from 01-03-2026 to 02-03-2026, but that period already holds 1 sales line (import ", problem.Message);
        Assert.Equal("choose 'replace existing data' if this file holds the right figures, or undo that import first", problem.Suggestion);
    }

    [Fact]
    public void The_preview_says_how_it_read_the_file_in_English()
    {
        var path = _install.WriteFile("winkels.csv", StandardStores.File);

        var preview = ImportPreview.Read(path, ImportLimits.Default, culture: English);

        Assert.Equal("CSV, UTF-8, ';' with decimal comma", preview.ReadAs);
    }

    [Fact]
    public void A_damaged_key_file_is_refused_in_English()
    {
        _install.WithStandardStores();
        ImportAssert.Succeeded(_install.Import(ImportKind.Deelnemers, "deelnemers.csv", TrajectoryRow.File(new TrajectoryRow { Participant = "AAN-001" })));
        File.WriteAllText(_install.KeyFile, "this is no key");

        var outcome = Import(ImportKind.Deelnemers, TrajectoryRow.File(new TrajectoryRow { Participant = "AAN-002" }));

        Assert.Equal($"The key file '{_install.KeyFile}' is damaged: it holds no valid key.", Refusal(outcome));
    }

    public void Dispose() => _install.Dispose();
}
