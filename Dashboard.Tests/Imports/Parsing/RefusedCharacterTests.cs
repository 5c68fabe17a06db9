using Dashboard.Data.Imports;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Imports.Parsing;

/// <summary>
/// No text field of any kind of file may hold a control character (a bell, an escape, a line break), a bidirectional
/// override or isolate, or U+FFFD: XML cannot hold most of them, so one in a name broke every SVG export that drew it,
/// and the others make a name read other than it is. Each is a problem of its row and column that names the character,
/// and the file changes nothing.
/// </summary>
public sealed class RefusedCharacterTests : IDisposable
{
    private readonly TestInstallation _install = new();

    private static void AssertRefused(ImportOutcome outcome, int row, string column, string character, string kind)
    {
        var problem = ImportAssert.RefusedAt(outcome, row, column);
        Assert.Equal("ongeldig teken", problem.Kind);
        Assert.Equal($"teken {character} ({kind}) is niet toegestaan", problem.Message);
        Assert.Contains($"[{character}]", problem.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void A_store_name_with_a_bell_is_refused_with_row_column_and_the_character()
    {
        var before = _install.Snapshot();

        var outcome = _install.Import(ImportKind.Winkels, "winkels.csv",
            $"{StandardStores.Header}\nKringloop Aan de Maas;VNL;Aan de Maas Venlo\u0007;Venlo;WINKEL;Winkelvloer;winkel;");

        AssertRefused(outcome, 2, "winkelnaam", "U+0007", "besturingsteken");
        var problem = Assert.Single(outcome.Report.Problems);
        Assert.Equal("Aan de Maas Venlo[U+0007]", problem.Value);
        Assert.Equal("rij 2, kolom winkelnaam: teken U+0007 (besturingsteken) is niet toegestaan (haal het teken weg; het is vaak onzichtbaar meegekopieerd)",
            problem.ToString());
        Assert.Equal(before, _install.Snapshot());
    }

    [Theory]
    [InlineData("\u001B", "U+001B", "besturingsteken")]
    [InlineData("\u007F", "U+007F", "besturingsteken")]
    [InlineData("\u009B", "U+009B", "besturingsteken")]
    [InlineData("\u202E", "U+202E", "tekstrichtingsteken")]
    [InlineData("\u202A", "U+202A", "tekstrichtingsteken")]
    [InlineData("\u2066", "U+2066", "tekstrichtingsteken")]
    [InlineData("\u2069", "U+2069", "tekstrichtingsteken")]
    [InlineData("\uFFFD", "U+FFFD", "vervangingsteken voor een onleesbaar teken")]
    [InlineData("\t", "U+0009", "besturingsteken")]
    public void Every_refused_character_is_named(string character, string code, string kind)
    {
        var outcome = _install.Import(ImportKind.Winkels, "winkels.csv",
            $"{StandardStores.Header}\nKringloop Aan de Maas;VNL;Aan de Maas{character} Venlo;Venlo;WINKEL;Winkelvloer;winkel;");

        AssertRefused(outcome, 2, "winkelnaam", code, kind);
    }

    [Fact]
    public void A_line_break_inside_a_quoted_field_is_refused_since_a_name_is_one_line()
    {
        var outcome = _install.Import(ImportKind.Winkels, "winkels.csv",
            $"{StandardStores.Header}\nKringloop Aan de Maas;VNL;Aan de Maas Venlo;Venlo;WINKEL;\"Restaurant\nDe Pan\";horeca;");

        AssertRefused(outcome, 2, "praktijknaam", "U+000D", "besturingsteken");
    }

    [Fact]
    public void A_character_lost_to_the_wrong_character_set_says_how_to_save_the_file()
    {
        var outcome = _install.Import(ImportKind.Winkels, "winkels.csv",
            $"{StandardStores.Header}\nKringloop Aan de Maas;VNL;Aan de Maas Venlo;Venlo;WINKEL;Caf\uFFFD De Pan;horeca;");

        var problem = ImportAssert.RefusedAt(outcome, 2, "praktijknaam");
        Assert.Equal("het bestand is in een andere tekenset gelezen dan het is opgeslagen: sla het op als UTF-8 en importeer opnieuw", problem.Suggestion);
    }

    [Theory]
    [InlineData("organisatie")]
    [InlineData("winkel")]
    [InlineData("winkelnaam")]
    [InlineData("plaats")]
    [InlineData("praktijk")]
    [InlineData("praktijknaam")]
    [InlineData("soort")]
    public void Every_text_column_of_a_stores_file_refuses_them(string column)
    {
        var header = StandardStores.Header.Split(';');
        var row = "Kringloop Oost;OST;Oost Centrum;Enschede;WINKEL;Winkelvloer;winkel;100".Split(';');
        row[Array.IndexOf(header, column)] += "\u0007";

        var outcome = _install.Import(ImportKind.Winkels, "winkels.csv", $"{StandardStores.Header}\n{string.Join(';', row)}");

        AssertRefused(outcome, 2, column, "U+0007", "besturingsteken");
    }

    [Theory]
    [InlineData("deelnemer")]
    [InlineData("winkel")]
    [InlineData("praktijk")]
    [InlineData("doelgroep")]
    [InlineData("traject")]
    public void The_text_columns_of_a_participants_file_refuse_them(string column)
    {
        _install.WithStandardStores();
        var row = column switch
        {
            "deelnemer" => new TrajectoryRow { Participant = "A-\u202E001" },
            "winkel" => new TrajectoryRow { Store = "AAN\u202E" },
            "praktijk" => new TrajectoryRow { Practice = "REST\u202E" },
            "doelgroep" => new TrajectoryRow { TargetGroup = "nieuwkomer\u202E" },
            _ => new TrajectoryRow { Type = "\u202Eleerwerk" },
        };

        var outcome = _install.Import(ImportKind.Deelnemers, "deelnemers.csv", TrajectoryRow.File(row));

        AssertRefused(outcome, 2, column, "U+202E", "tekstrichtingsteken");
        Assert.Equal(0, _install.Count("trajectories"));
    }

    [Fact]
    public void A_certificate_name_refuses_them()
    {
        _install.WithStandardStores();

        var outcome = _install.Import(ImportKind.Certificaten, "certificaten.csv", CertificateRow.File(new CertificateRow { Name = "HACCP\u0007" }));

        AssertRefused(outcome, 2, "certificaat", "U+0007", "besturingsteken");
        Assert.Equal(0, _install.Count("certificates"));
    }

    [Fact]
    public void A_sales_code_refuses_them()
    {
        _install.WithStandardStores();

        var outcome = _install.Import(ImportKind.Verkopen, "verkopen.csv", SaleRow.File(new SaleRow { Practice = "WINKEL\u0007" }));

        AssertRefused(outcome, 2, "praktijk", "U+0007", "besturingsteken");
        Assert.Equal(0, _install.Count("sales"));
    }

    [Fact]
    public void In_a_workbook_an_override_and_a_line_break_typed_in_a_cell_are_refused_with_row_and_column()
    {
        var path = Workbook.Write(Path.Combine(_install.Folder, "winkels.xlsx"),
        [
            ["organisatie", "winkel", "winkelnaam", "praktijk", "praktijknaam", "soort"],
            ["Kringloop Oost", "OST", "Oost Centrum", "WINKEL", "Winkelvloer", "winkel"],
            ["Kringloop Oost", "OS2", "Oost \u202Ertnec", "WINKEL", "Winkelvloer", "winkel"],
            ["Kringloop Oost", "OS3", "Oost Noord", "REST", "Restaurant\nDe Pan", "horeca"],
        ]);
        var before = _install.Snapshot();

        var outcome = _install.Import(ImportKind.Winkels, path);

        Assert.Equal(
            [
                "rij 3, kolom winkelnaam: teken U+202E (tekstrichtingsteken) is niet toegestaan (haal het teken weg; het is vaak onzichtbaar meegekopieerd)",
                "rij 4, kolom praktijknaam: teken U+000A (besturingsteken) is niet toegestaan (haal het teken weg; het is vaak onzichtbaar meegekopieerd)",
            ],
            ImportAssert.Refused(outcome).Select(p => p.ToString()));
        Assert.Equal(before, _install.Snapshot());
    }

    [Fact]
    public void Letters_accents_and_symbols_of_real_names_are_imported()
    {
        const string name = "Kringloop ‘t Hôf — Café & Fietsen (’s-Hertogenbosch) № 1 😀";

        _install.ImportOk(ImportKind.Winkels, "winkels.csv", $"{StandardStores.Header}\n{name};OST;{name};Den Bosch;WINKEL;{name};winkel;100");

        Assert.Equal([$"{name}|{name}"], _install.Lines("SELECT o.name, s.name FROM stores s JOIN organisations o ON o.id = s.organisation_id"));
    }

    public void Dispose() => _install.Dispose();
}
