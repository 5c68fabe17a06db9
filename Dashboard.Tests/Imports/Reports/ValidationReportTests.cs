using Dashboard.Data.Imports;
using Dashboard.Data.Imports.Reports;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Imports.Reports;

public class ValidationReportTests
{
    [Fact]
    public void Keeps_the_first_problems_in_detail_and_counts_the_rest_by_column_and_kind()
    {
        var report = new ValidationReport(detailLimit: 3);
        for (var row = 2; row <= 6; row++)
        {
            report.Add(new ImportProblem(row, "omzet", "x", "ongeldig getal", "'x' is geen getal"));
        }
        report.Add(new ImportProblem(7, "datum", "y", "ongeldige datum", "'y' is geen datum"));

        Assert.Equal(6, report.ProblemCount);
        Assert.Equal([2, 3, 4], report.Problems.Select(p => p.Row));
        Assert.Equal([("omzet", "ongeldig getal", 2), ("datum", "ongeldige datum", 1)], report.Remaining);
    }

    [Fact]
    public void A_file_with_250_bad_rows_lists_100_and_summarises_150_by_column_and_kind()
    {
        using var install = new TestInstallation();
        install.WithStandardStores();
        var rows = new List<SaleRow>();
        for (var i = 0; i < 250; i++)
        {
            // Rows 2..151: a decimal point in the revenue; rows 152..251: an unknown category.
            rows.Add(i < 150 ? new SaleRow { Revenue = "310.5" } : new SaleRow { Category = "kleren" });
        }
        var before = install.Snapshot();

        var outcome = install.Import(ImportKind.Verkopen, "verkopen.csv", SaleRow.File(rows));

        var report = outcome.Report;
        Assert.False(outcome.Succeeded);
        Assert.Equal(250, report.ProblemCount);
        Assert.Equal(100, report.Problems.Count);
        Assert.Equal(Enumerable.Range(2, 100), report.Problems.Select(p => p.Row));
        Assert.All(report.Problems, p => Assert.Equal(("omzet", "ongeldig getal"), (p.Column, p.Kind)));
        Assert.Equal([("categorie", "onbekende code", 100), ("omzet", "ongeldig getal", 50)], report.Remaining);

        var lines = report.Lines().ToList();
        Assert.Equal("Het bestand is geweigerd: er zijn 250 problemen gevonden. Er is niets veranderd.", lines[0]);
        Assert.StartsWith("rij 2, kolom omzet: '310.5' is geen getal", lines[1]);
        Assert.StartsWith("rij 101, kolom omzet: ", lines[100]);
        Assert.Equal(["… en nog 150 problemen:", "  100 × kolom categorie: onbekende code", "  50 × kolom omzet: ongeldig getal"], lines[101..]);
        Assert.Equal(before, install.Snapshot());
    }

    [Fact]
    public void Large_counts_are_written_the_Dutch_way()
    {
        var report = new ValidationReport(detailLimit: 1);
        for (var i = 0; i < 1234; i++)
        {
            report.Add(new ImportProblem(i + 2, "omzet", null, "ongeldig getal", "fout"));
        }

        var lines = report.Lines().ToList();

        Assert.Equal("Het bestand is geweigerd: er zijn 1.234 problemen gevonden. Er is niets veranderd.", lines[0]);
        Assert.Equal("… en nog 1.233 problemen:", lines[2]);
        Assert.Equal("  1.233 × kolom omzet: ongeldig getal", lines[3]);
    }

    [Fact]
    public void A_single_problem_is_written_in_the_singular()
    {
        var report = new ValidationReport();
        report.Add(new ImportProblem(5, "uren_per_week", "61", "buiten bereik", "61 uur per week kan niet"));

        Assert.Equal(["Het bestand is geweigerd: er is 1 probleem gevonden. Er is niets veranderd.", "rij 5, kolom uren_per_week: 61 uur per week kan niet"], report.Lines());
    }
}
