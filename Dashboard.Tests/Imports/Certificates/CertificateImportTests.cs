using Dashboard.Data.Imports;
using Dashboard.Data.Storage;
using Dashboard.Tests.Imports.Trajectories;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Imports.Certificates;

public class CertificateImportTests
{
    private static ImportOutcome Import(TestInstallation install, IEnumerable<CertificateRow> rows, bool replace = false) =>
        install.Import(ImportKind.Certificaten, "certificaten.csv", CertificateRow.File(rows), replace);

    private static readonly CertificateRow[] Earned =
    [
        new() { Participant = "A-001", Date = "01-06-2025", Kind = "branchecertificaat", Name = "HACCP" },
        new() { Participant = "A-001", Date = "01-06-2025", Kind = "branchecertificaat", Name = "VCA" },
        new() { Participant = "A-002", Date = "15-07-2025", Kind = "praktijkverklaring", Name = "" },
        new() { Participant = "A-003", Date = "20-08-2025", Kind = "mbo_certificaat", Name = "Logistiek", Practice = "WINKEL" },
    ];

    private const string Stored =
        "SELECT s.code, p.code, c.certificate_date, c.kind, c.name FROM certificates c JOIN practices p ON p.id = c.practice_id JOIN stores s ON s.id = p.store_id ORDER BY c.certificate_date, c.name";

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void Imports_certificates_with_canonical_kinds(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider).WithStandardStores();

        var outcome = ImportAssert.Succeeded(Import(install, [Earned[0] with { Kind = "Branche Certificaat" }, Earned[1], Earned[2] with { Kind = "PRAKTIJK-VERKLARING" }, Earned[3]]));

        Assert.Equal(
            ["AAN|REST|2025-06-01|branchecertificaat|HACCP", "AAN|REST|2025-06-01|branchecertificaat|VCA", "AAN|REST|2025-07-15|praktijkverklaring|", "AAN|WINKEL|2025-08-20|mbo_certificaat|Logistiek"],
            install.Lines(Stored));
        Assert.Equal(4, outcome.Summary!.Added);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void Re_importing_updates_and_never_duplicates(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider).WithStandardStores();
        ImportAssert.Succeeded(Import(install, Earned));
        var ids = install.Lines("SELECT id FROM certificates ORDER BY id");

        var same = ImportAssert.Succeeded(Import(install, Earned));
        Assert.Equal((0, 0, 4), (same.Summary!.Added, same.Summary.Updated, same.Summary.Unchanged));

        var moved = ImportAssert.Succeeded(Import(install, [Earned[2] with { Practice = "WINKEL" }, Earned[3]]));
        Assert.Equal((0, 1, 1), (moved.Summary!.Added, moved.Summary.Updated, moved.Summary.Unchanged));
        Assert.Equal(ids, install.Lines("SELECT id FROM certificates ORDER BY id"));
        Assert.Equal("WINKEL", install.Query<string>("SELECT p.code FROM certificates c JOIN practices p ON p.id = c.practice_id WHERE c.kind = 'praktijkverklaring'"));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void Replace_removes_the_stored_certificates_of_the_named_stores_that_are_not_in_the_file(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider).WithStandardStores();
        ImportAssert.Succeeded(Import(install,
        [
            .. Earned,
            new CertificateRow { Participant = "B-001", Store = "BLE", Practice = "FIETS" },
            new CertificateRow { Participant = "Z-001", Store = "ZWO", Practice = "TEXT" },
        ]));
        var otherStores = install.Lines("SELECT c.* FROM certificates c JOIN practices p ON p.id = c.practice_id JOIN stores s ON s.id = p.store_id WHERE s.code <> 'AAN' ORDER BY c.id");

        var outcome = ImportAssert.Succeeded(Import(install, [Earned[0], Earned[2] with { Date = "16-07-2025" }], replace: true));

        Assert.Equal(["AAN|REST|2025-06-01|branchecertificaat|HACCP", "AAN|REST|2025-07-16|praktijkverklaring|"],
            install.Lines(Stored.Replace("ORDER BY", "WHERE s.code = 'AAN' ORDER BY")));
        Assert.Equal(otherStores, install.Lines("SELECT c.* FROM certificates c JOIN practices p ON p.id = c.practice_id JOIN stores s ON s.id = p.store_id WHERE s.code <> 'AAN' ORDER BY c.id"));
        Assert.Equal((1, 0, 1, 3), (outcome.Summary!.Added, outcome.Summary.Updated, outcome.Summary.Unchanged, outcome.Summary.Removed));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void The_same_certificate_twice_in_a_file_is_a_duplicate_row(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider).WithStandardStores();

        var outcome = Import(install, [Earned[0], Earned[1], Earned[0] with { Practice = "WINKEL", Date = "1-6-2025" }]);

        var problem = ImportAssert.RefusedAt(outcome, 4, "soort");
        Assert.Equal("dubbele rij", problem.Kind);
        Assert.Contains("rij 2", problem.Message);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void An_unknown_kind_suggests_the_nearest(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider).WithStandardStores();
        var problem = ImportAssert.RefusedAt(Import(install, [Earned[0], Earned[1] with { Kind = "mbo-diplomaa" }]), 3, "soort");
        Assert.Equal("bedoelt u 'mbo_diploma'?", problem.Suggestion);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void A_certificate_dated_after_today_is_refused(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider).WithStandardStores();
        var problem = ImportAssert.RefusedAt(Import(install, [Earned[0] with { Date = "16-11-2026" }]), 2, "datum");
        Assert.Equal("in de toekomst", problem.Kind);
        ImportAssert.Succeeded(Import(install, [Earned[0] with { Date = "15-11-2026" }]));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void An_unknown_store_or_practice_is_refused(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider).WithStandardStores();
        ImportAssert.RefusedAt(Import(install, [Earned[0] with { Store = "XYZ" }]), 2, "winkel");
        ImportAssert.RefusedAt(Import(install, [Earned[0] with { Practice = "TEXT" }]), 2, "praktijk");
    }

    [Theory]
    [InlineData("987654321")]
    [InlineData("987 654 321")]
    public void A_nine_digit_participant_code_is_refused_without_echoing_it(string code)
    {
        using var install = new TestInstallation().WithStandardStores();

        var outcome = Import(install, [Earned[0], Earned[1] with { Participant = code }]);

        ImportAssert.RefusedAt(outcome, 3, "deelnemer");
        TrajectoryImportTests.AssertNotEchoed(outcome.Report, code);
        Assert.Equal(0, install.Count("certificates"));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void A_large_file_with_one_bad_row_leaves_every_table_unchanged(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider).WithStandardStores();
        ImportAssert.Succeeded(Import(install, Earned));
        var before = install.Snapshot();
        var rows = Enumerable.Range(1, 3000).Select(i => new CertificateRow { Participant = $"C-{i:0000}" }).ToArray();
        rows[1499] = rows[1499] with { Date = "31-02-2025" };

        ImportAssert.RefusedAt(Import(install, rows, replace: true), 1501, "datum");

        Assert.Equal(before, install.Snapshot());
    }
}
