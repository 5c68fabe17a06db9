using Dashboard.Data.Imports;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Imports.Parsing;

/// <summary>Numbers and dates as the rows of a real file carry them, and the row errors a user sees.</summary>
public class RowReaderTests
{
    private static TestInstallation WithStores() => new TestInstallation().WithStandardStores();

    [Theory]
    [InlineData("1.234,56", 123456)]
    [InlineData("1.234", 123400)]
    [InlineData("12,5", 1250)]
    [InlineData("-3,50", -350)]
    [InlineData("€ 12,50", 1250)]
    [InlineData("€ 1.234,56", 123456)]
    public void A_semicolon_file_accepts_Dutch_numbers(string revenue, long cents)
    {
        using var install = WithStores();
        install.ImportOk(ImportKind.Verkopen, "verkopen.csv", SaleRow.File(new SaleRow { Revenue = revenue }));
        Assert.Equal(cents, install.Query<long>("SELECT revenue_cents FROM sales"));
    }

    [Fact]
    public void A_decimal_point_in_a_semicolon_file_is_a_row_error_naming_row_and_column()
    {
        using var install = WithStores();
        var outcome = install.Import(ImportKind.Verkopen, "verkopen.csv", SaleRow.File(new SaleRow(), new SaleRow(), new SaleRow { Revenue = "310.5" }));

        var problem = ImportAssert.RefusedAt(outcome, 4, "omzet");

        Assert.Equal("310.5", problem.Value);
        Assert.Equal("ongeldig getal", problem.Kind);
        Assert.StartsWith("rij 4, kolom omzet: '310.5' is geen getal zoals dit bestand ze schrijft", problem.ToString());
        Assert.Equal(0, install.Count("sales"));
    }

    private const string CommaHeader = "datum,winkel,praktijk,categorie,omzet,aantal,gewicht_kg,transacties";

    [Fact]
    public void A_comma_file_accepts_a_decimal_point()
    {
        using var install = WithStores();
        install.ImportOk(ImportKind.Verkopen, "verkopen.csv", $"{CommaHeader}\n01-03-2025,AAN,WINKEL,meubels,1234.56,1,12.5,1");
        Assert.Equal("123456|12500", Assert.Single(install.Lines("SELECT revenue_cents, weight_g FROM sales")));
    }

    [Fact]
    public void An_unquoted_decimal_comma_in_a_comma_file_makes_too_many_fields_with_a_clear_error()
    {
        using var install = WithStores();
        var outcome = install.Import(ImportKind.Verkopen, "verkopen.csv",
            $"{CommaHeader}\n01-03-2025,AAN,WINKEL,meubels,12.50,1,,1\n02-03-2025,AAN,WINKEL,meubels,1,5,1,,1");

        var problem = ImportAssert.RefusedAt(outcome, 3, null);

        Assert.Equal("te veel velden", problem.Kind);
        Assert.Equal("rij 3: deze rij heeft 9 velden, de kopregel 8 (staat er een decimale komma in een getal, of een komma in een tekst zonder aanhalingstekens?)", problem.ToString());
        Assert.Equal(0, install.Count("sales"));
    }

    [Fact]
    public void A_thousands_separator_in_a_comma_file_is_refused()
    {
        using var install = WithStores();
        var outcome = install.Import(ImportKind.Verkopen, "verkopen.csv", $"{CommaHeader}\n01-03-2025,AAN,WINKEL,meubels,\"1,234.56\",1,,1");

        var problem = ImportAssert.RefusedAt(outcome, 2, "omzet");

        Assert.Equal("1,234.56", problem.Value);
        Assert.Contains("zonder duizendtalscheiding", problem.Message);
    }

    [Fact]
    public void Too_many_fields_in_a_semicolon_file_suggests_an_unquoted_semicolon()
    {
        using var install = WithStores();
        var outcome = install.Import(ImportKind.Verkopen, "verkopen.csv", SaleRow.File(new SaleRow()) + "\n01-03-2025;AAN;WINKEL;meubels;5;1;;1;extra");

        var problem = ImportAssert.RefusedAt(outcome, 3, null);

        Assert.Contains("';'", problem.Suggestion);
    }

    [Fact]
    public void Empty_trailing_fields_beyond_the_header_are_no_problem()
    {
        using var install = WithStores();
        install.ImportOk(ImportKind.Verkopen, "verkopen.csv", SaleRow.File(new SaleRow()) + "\n02-03-2025;AAN;WINKEL;meubels;5;1;;1;;;");
        Assert.Equal(2, install.Count("sales"));
    }

    [Fact]
    public void A_whole_number_column_refuses_a_fraction()
    {
        using var install = WithStores();
        var problem = ImportAssert.RefusedAt(install.Import(ImportKind.Verkopen, "verkopen.csv", SaleRow.File(new SaleRow { Items = "2,5" })), 2, "aantal");
        Assert.Equal("geen geheel getal", problem.Kind);
        Assert.Equal("rij 2, kolom aantal: 2,5 is geen geheel getal", problem.ToString());
    }

    [Theory]
    [InlineData("01-03-2025")]
    [InlineData("1-3-2025")]
    [InlineData("01/03/2025")]
    [InlineData("1.3.2025")]
    [InlineData("01-03-25")]
    [InlineData("2025-03-01")]
    [InlineData("01-03-2025 14:35")]
    public void Every_allowed_date_form_is_stored_as_the_same_day(string date)
    {
        using var install = WithStores();
        install.ImportOk(ImportKind.Verkopen, "verkopen.csv", SaleRow.File(new SaleRow { Date = date }));
        Assert.Equal("2025-03-01", install.Query<string>("SELECT sale_date FROM sales"));
    }

    [Theory]
    [InlineData("31-02-2025")]
    [InlineData("12-31-2025")]
    public void An_impossible_or_us_date_is_refused_with_row_and_column(string date)
    {
        using var install = WithStores();
        var outcome = install.Import(ImportKind.Deelnemers, "deelnemers.csv",
            TrajectoryRow.File(TrajectoryRow.Number(1), TrajectoryRow.Number(2), TrajectoryRow.Number(3) with { Start = date }));

        var problem = ImportAssert.RefusedAt(outcome, 4, "startdatum");

        Assert.Equal(date, problem.Value);
        Assert.Equal("ongeldige datum", problem.Kind);
        Assert.Equal($"rij 4, kolom startdatum: '{date}' bestaat niet als datum (dag-maand-jaar)", problem.ToString());
        Assert.Equal(0, install.Count("trajectories"));
    }

    [Fact]
    public void A_required_field_left_empty_is_a_problem_of_its_row_and_column()
    {
        using var install = WithStores();
        var problem = ImportAssert.RefusedAt(install.Import(ImportKind.Verkopen, "verkopen.csv", SaleRow.File(new SaleRow(), new SaleRow { Revenue = " " })), 3, "omzet");
        Assert.Equal("verplicht veld leeg", problem.Kind);
    }
}
