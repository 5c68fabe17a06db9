using Dashboard.Data.Imports;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Imports.Parsing;

/// <summary>
/// Every text field of every kind of file has a length no real name or code reaches; a longer one is a problem of its
/// row and column that gives the length and the limit, quotes only the start of the text, and changes nothing — so a
/// name of ten thousand characters can never reach the figures, charts and exports.
/// </summary>
public sealed class FieldLengthTests : IDisposable
{
    private static readonly string LongName = string.Concat(Enumerable.Repeat("Kringloopwinkel ", 625)).TrimEnd() + "!"; // 10,000 characters

    private readonly TestInstallation _install = new();

    private static void AssertTooLong(ImportOutcome outcome, int row, string column, int length, int limit)
    {
        var problem = ImportAssert.RefusedAt(outcome, row, column);
        Assert.Equal("te lang", problem.Kind);
        Assert.Equal($"te lang: {Data.Domain.Dutch.Number(length)} tekens, hoogstens {limit}", problem.Message);
        Assert.True(problem.Value!.Length <= 30, $"the report quotes {problem.Value.Length} characters");
        Assert.All(outcome.Report.Lines(), line => Assert.True(line.Length < 300, $"a report line of {line.Length} characters"));
    }

    [Fact]
    public void A_store_name_of_ten_thousand_characters_in_a_csv_file_is_refused_with_row_column_length_and_limit()
    {
        var before = _install.Snapshot();
        var content = $"{StandardStores.Header}\nKringloop Oost;OST;Oost Centrum;Enschede;WINKEL;Winkelvloer;winkel;100\n" +
                      $"Kringloop Oost;OS2;{LongName};Enschede;WINKEL;Winkelvloer;winkel;100";

        var outcome = _install.Import(ImportKind.Winkels, "winkels.csv", content);

        AssertTooLong(outcome, 3, "winkelnaam", 10_000, 150);
        Assert.Equal("Kringloopwinkel Kringloopwink…", outcome.Report.Problems[0].Value);
        Assert.Equal(before, _install.Snapshot());
    }

    [Fact]
    public void A_store_name_of_ten_thousand_characters_in_a_workbook_is_refused_the_same_way()
    {
        var path = Workbook.Write(Path.Combine(_install.Folder, "winkels.xlsx"),
        [
            ["organisatie", "winkel", "winkelnaam", "praktijk", "praktijknaam", "soort"],
            ["Kringloop Oost", "OST", LongName, "WINKEL", "Winkelvloer", "winkel"],
        ]);
        var before = _install.Snapshot();

        var outcome = _install.Import(ImportKind.Winkels, path);

        AssertTooLong(outcome, 2, "winkelnaam", 10_000, 150);
        Assert.Equal(before, _install.Snapshot());
    }

    [Theory]
    [InlineData("organisatie", 150)]
    [InlineData("winkel", 40)]
    [InlineData("plaats", 100)]
    [InlineData("praktijk", 40)]
    [InlineData("praktijknaam", 150)]
    [InlineData("soort", 40)]
    [InlineData("vloeroppervlak_m2", 40)]
    public void Every_column_of_a_stores_file_has_its_limit(string column, int limit)
    {
        var header = StandardStores.Header.Split(';');
        var row = "Kringloop Oost;OST;Oost Centrum;Enschede;WINKEL;Winkelvloer;winkel;100".Split(';');
        row[Array.IndexOf(header, column)] = new string('1', limit + 1);

        var outcome = _install.Import(ImportKind.Winkels, "winkels.csv", $"{StandardStores.Header}\n{string.Join(';', row)}");

        AssertTooLong(outcome, 2, column, limit + 1, limit);
    }

    [Fact]
    public void A_participant_code_longer_than_any_real_one_is_refused()
    {
        _install.WithStandardStores();

        var outcome = _install.Import(ImportKind.Deelnemers, "deelnemers.csv", TrajectoryRow.File(new TrajectoryRow { Participant = new string('A', 41) }));

        AssertTooLong(outcome, 2, "deelnemer", 41, 40);
        Assert.Equal(0, _install.Count("trajectories"));
    }

    [Fact]
    public void A_certificate_name_longer_than_any_real_one_is_refused()
    {
        _install.WithStandardStores();

        var outcome = _install.Import(ImportKind.Certificaten, "certificaten.csv", CertificateRow.File(new CertificateRow { Name = new string('V', 101) }));

        AssertTooLong(outcome, 2, "certificaat", 101, 100);
        Assert.Equal(0, _install.Count("certificates"));
    }

    [Theory]
    [InlineData("Revenue", "omzet")]
    [InlineData("Date", "datum")]
    [InlineData("Category", "categorie")]
    public void A_sales_field_of_a_thousand_characters_is_refused_without_being_parsed(string property, string column)
    {
        _install.WithStandardStores();
        var value = new string('1', 1_000);
        var row = property switch
        {
            "Revenue" => new SaleRow { Revenue = value },
            "Date" => new SaleRow { Date = value },
            _ => new SaleRow { Category = value },
        };

        var outcome = _install.Import(ImportKind.Verkopen, "verkopen.csv", SaleRow.File(row));

        AssertTooLong(outcome, 2, column, 1_000, 40);
        Assert.Equal(0, _install.Count("sales"));
    }

    [Fact]
    public void A_name_of_exactly_the_limit_is_imported()
    {
        var name = new string('N', 150);

        _install.ImportOk(ImportKind.Winkels, "winkels.csv", $"{StandardStores.Header}\n{name};OST;{name};Enschede;WINKEL;{name};winkel;100");

        Assert.Equal([$"{name}|{name}"], _install.Lines("SELECT o.name, s.name FROM stores s JOIN organisations o ON o.id = s.organisation_id"));
    }

    public void Dispose() => _install.Dispose();
}
