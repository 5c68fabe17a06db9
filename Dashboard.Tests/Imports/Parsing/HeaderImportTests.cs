using Dashboard.Data.Imports;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Imports.Parsing;

/// <summary>The header rules as a user meets them: a real file imported into a real database.</summary>
public class HeaderImportTests
{
    [Fact]
    public void A_file_with_english_headers_in_any_spelling_imports()
    {
        using var install = new TestInstallation();
        install.WithStandardStores();
        var content = """
            Participant;STORE;practice;Target Group;age-group;Scheme;trajectory_type;Start Date;END_DATE;hours per week;Outcome;Ladder-Start;ladder end
            A-001;AAN;REST;zonder werk;tot27;wajong;werkervaring;01-02-2025;30-06-2025;24;betaald werk;2;5
            """;

        install.ImportOk(ImportKind.Deelnemers, "participants.csv", content);

        Assert.Equal(["zonder_werk|tot27|wajong|2025-02-01|2025-06-30|24|betaald_werk|2|5"],
            install.Lines("SELECT target_group, age_group, scheme, start_date, end_date, hours_per_week, outcome, ladder_start, ladder_end FROM trajectories"));
    }

    [Fact]
    public void Unknown_extra_columns_are_a_warning_and_the_import_succeeds()
    {
        using var install = new TestInstallation();
        install.WithStandardStores();
        var content = "datum;winkel;praktijk;categorie;omzet;kassa;opmerking\n01-03-2025;AAN;WINKEL;meubels;45;3;mooie kast";

        var outcome = install.ImportOk(ImportKind.Verkopen, "verkopen.csv", content);

        Assert.Equal(1, install.Count("sales"));
        var warning = Assert.Single(outcome.Report.Warnings);
        Assert.Contains("'kassa'", warning);
        Assert.Contains("'opmerking'", warning);
        Assert.Contains(outcome.Report.Lines(), l => l.StartsWith("Let op: ", StringComparison.Ordinal) && l.Contains("'opmerking'"));
    }

    [Fact]
    public void A_very_long_unknown_header_is_quoted_by_its_start_and_hundreds_are_counted_not_listed()
    {
        using var install = new TestInstallation();
        install.WithStandardStores();
        var unknown = Enumerable.Range(1, 499).Select(i => $"extra{i}").Prepend(new string('k', 30_000));
        var content = $"datum;winkel;praktijk;categorie;omzet;{string.Join(';', unknown)}\n01-03-2025;AAN;WINKEL;meubels;45";

        var outcome = install.ImportOk(ImportKind.Verkopen, "verkopen.csv", content);

        var warning = Assert.Single(outcome.Report.Warnings);
        Assert.True(warning.Length < 1_000, $"a warning of {warning.Length} characters");
        Assert.Contains($"'{new string('k', 39)}…'", warning);
        Assert.EndsWith("'extra19' en nog 480", warning);
    }

    [Fact]
    public void A_column_given_twice_refuses_the_file_and_changes_nothing()
    {
        using var install = new TestInstallation();
        install.WithStandardStores();
        var before = install.Snapshot();

        var outcome = install.Import(ImportKind.Verkopen, "verkopen.csv", "datum;winkel;praktijk;categorie;omzet;Omzet\n01-03-2025;AAN;WINKEL;meubels;45;45");

        var problem = ImportAssert.RefusedAt(outcome, 1, "omzet");
        Assert.Equal("kolom dubbel", problem.Kind);
        Assert.Equal(before, install.Snapshot());
    }

    [Fact]
    public void A_missing_required_column_is_a_problem_at_row_1_naming_it()
    {
        using var install = new TestInstallation();
        install.WithStandardStores();
        var before = install.Snapshot();

        var outcome = install.Import(ImportKind.Deelnemers, "deelnemers.csv",
            "deelnemer;winkel;praktijk;doelgroep;traject;einddatum;uren_per_week\nA-001;AAN;REST;overig;werkervaring;;24");

        var problem = ImportAssert.RefusedAt(outcome, 1, "startdatum");
        Assert.Equal("rij 1, kolom startdatum: de verplichte kolom 'startdatum' ontbreekt in de kopregel (Engels: 'start_date')", problem.ToString());
        Assert.Equal(before, install.Snapshot());
    }

    public static TheoryData<ImportKind, string, string> IdentifierColumns => new()
    {
        { ImportKind.Deelnemers, "naam", TrajectoryRow.Header + ";naam\n" + new TrajectoryRow() + ";Jan Jansen" },
        { ImportKind.Deelnemers, "BSN", "BSN;" + TrajectoryRow.Header + "\n123456782;" + new TrajectoryRow() },
        { ImportKind.Deelnemers, "Geboortedatum", TrajectoryRow.Header + ";Geboortedatum\n" + new TrajectoryRow() + ";01-01-1990" },
        { ImportKind.Deelnemers, "telefoonnummer", TrajectoryRow.Header + ";telefoonnummer\n" + new TrajectoryRow() + ";0612345678" },
        { ImportKind.Certificaten, "e-mail", CertificateRow.Header + ";e-mail\n" + new CertificateRow() + ";jan@example.org" },
        { ImportKind.Certificaten, "Achternaam", CertificateRow.Header + ";Achternaam\n" + new CertificateRow() + ";Jansen" },
        { ImportKind.Verkopen, "iban", SaleRow.Header + ";iban\n" + new SaleRow() + ";NL91ABNA0417164300" },
        { ImportKind.Winkels, "adres", StandardStores.Header + ";adres\nKringloop Oost;OOS;Oost;Oss;WINKEL;Winkel;winkel;;Markt 1" },
    };

    [Theory]
    [MemberData(nameof(IdentifierColumns))]
    public void A_direct_identifier_column_refuses_the_whole_file_naming_it_and_nothing_is_written(ImportKind kind, string column, string content)
    {
        using var install = new TestInstallation();
        install.WithStandardStores();
        var before = install.Snapshot();

        var message = ImportAssert.FileRefused(install.Import(kind, "bestand.csv", content));

        Assert.Contains($"'{column}'", message);
        Assert.Equal(before, install.Snapshot());
        Assert.False(File.Exists(install.KeyFile));
    }

    [Fact]
    public void Winkelnaam_and_praktijknaam_are_not_identifiers()
    {
        using var install = new TestInstallation();
        install.WithStandardStores();
        Assert.Equal(5, install.Count("practices"));
        Assert.Contains("Restaurant De Pan", install.Lines("SELECT name FROM practices"));
    }
}
