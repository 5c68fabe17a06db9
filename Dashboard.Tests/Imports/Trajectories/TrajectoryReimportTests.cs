using Dashboard.Data.Imports;
using Dashboard.Data.Storage;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Imports.Trajectories;

/// <summary>The monthly workflow (docs/importbestanden.md#deelnemers): the same trajectories exported again update, never duplicate; replace fixes a store's list.</summary>
public class TrajectoryReimportTests
{
    private static ImportOutcome Import(TestInstallation install, IEnumerable<TrajectoryRow> rows, bool replace = false) =>
        install.Import(ImportKind.Deelnemers, "deelnemers.csv", TrajectoryRow.File(rows), replace);

    private static readonly TrajectoryRow[] January =
    [
        new() { Participant = "A-001", Start = "06-01-2025" },
        new() { Participant = "A-002", Start = "13-01-2025", TargetGroup = "nieuwkomer" },
        new() { Participant = "A-003", Start = "20-01-2025", Practice = "WINKEL", Hours = "16" },
        new() { Participant = "A-004", Start = "27-01-2025", Type = "leerwerk" },
    ];

    private const string Stored =
        "SELECT participant, practice_id, start_date, COALESCE(CAST(end_date AS TEXT), '-'), COALESCE(CAST(outcome AS TEXT), '-'), COALESCE(CAST(ladder_end AS TEXT), '-'), hours_per_week FROM trajectories ORDER BY start_date";

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void Importing_the_same_file_again_changes_and_duplicates_nothing(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider).WithStandardStores();
        ImportAssert.Succeeded(Import(install, January));
        var before = install.Lines("SELECT id, participant, practice_id, start_date, end_date, hours_per_week FROM trajectories ORDER BY id");

        var again = ImportAssert.Succeeded(Import(install, January));

        Assert.Equal(before, install.Lines("SELECT id, participant, practice_id, start_date, end_date, hours_per_week FROM trajectories ORDER BY id"));
        Assert.Equal((0, 0, 4, 0), (again.Summary!.Added, again.Summary.Updated, again.Summary.Unchanged, again.Summary.Removed));
        Assert.Equal("4 trajecten: 0 nieuw, 0 bijgewerkt, 4 ongewijzigd", again.Summary.Description);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void A_re_export_with_end_dates_filled_in_updates_those_trajectories(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider).WithStandardStores();
        ImportAssert.Succeeded(Import(install, January));

        var reExport = January.ToArray();
        reExport[0] = reExport[0].Ended("30-06-2025", "betaald_werk", "5");
        reExport[2] = reExport[2].Ended("31-03-2025", "uitval", "2");
        var outcome = ImportAssert.Succeeded(Import(install, [.. reExport, new TrajectoryRow { Participant = "A-005", Start = "03-02-2025" }]));

        Assert.Equal((1, 2, 2), (outcome.Summary!.Added, outcome.Summary.Updated, outcome.Summary.Unchanged));
        Assert.Equal(5, install.Count("trajectories"));
        Assert.Equal(
            ["2025-01-06|2025-06-30|betaald_werk|5", "2025-01-13|-|-|-", "2025-01-20|2025-03-31|uitval|2", "2025-01-27|-|-|-", "2025-02-03|-|-|-"],
            install.Lines("SELECT start_date, COALESCE(CAST(end_date AS TEXT), '-'), COALESCE(CAST(outcome AS TEXT), '-'), COALESCE(CAST(ladder_end AS TEXT), '-') FROM trajectories ORDER BY start_date"));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void A_changed_attribute_is_an_update_of_the_same_trajectory(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider).WithStandardStores();
        ImportAssert.Succeeded(Import(install, January));
        var ids = install.Lines("SELECT id FROM trajectories ORDER BY id");

        var outcome = ImportAssert.Succeeded(Import(install, [January[1] with { Hours = "20", TargetGroup = "zonder_werk", Scheme = "" }]));

        Assert.Equal((0, 1, 0), (outcome.Summary!.Added, outcome.Summary.Updated, outcome.Summary.Unchanged));
        Assert.Equal(ids, install.Lines("SELECT id FROM trajectories ORDER BY id"));
        Assert.Equal("20|zonder_werk|-", install.Lines("SELECT hours_per_week, target_group, COALESCE(CAST(scheme AS TEXT), '-') FROM trajectories WHERE start_date = '2025-01-13'").Single());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void Without_replace_a_corrected_start_date_is_a_new_trajectory_and_the_old_one_stays(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider).WithStandardStores();
        ImportAssert.Succeeded(Import(install, January));

        ImportAssert.Succeeded(Import(install, [January[1] with { Start = "14-01-2025" }]));

        Assert.Equal(5, install.Count("trajectories"));
    }

    /// <summary>
    /// Stored: AAN (REST, WINKEL) and BLE of Aan de Maas, and ZWO of Zwolle. The replacing file names only AAN:
    /// AAN's trajectories not in the file go (also those of AAN's other practice); BLE and ZWO stay as they were.
    /// </summary>
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void Replace_removes_the_stored_trajectories_of_the_named_stores_that_are_not_in_the_file(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider).WithStandardStores();
        ImportAssert.Succeeded(Import(install,
        [
            .. January,
            new TrajectoryRow { Participant = "B-001", Store = "BLE", Practice = "FIETS", Start = "06-01-2025" },
            new TrajectoryRow { Participant = "A-001", Store = "ZWO", Practice = "WINKEL", Start = "06-01-2025" },
        ]));
        var otherStores = install.Lines("SELECT t.* FROM trajectories t JOIN practices p ON p.id = t.practice_id JOIN stores s ON s.id = p.store_id WHERE s.code <> 'AAN' ORDER BY t.id");

        var outcome = ImportAssert.Succeeded(Import(install,
        [
            January[0],
            January[1] with { Start = "14-01-2025" }, // the corrected start date
            January[3].Ended("31-05-2025", "opleiding"),
        ], replace: true));

        Assert.Equal(["2025-01-06|-", "2025-01-14|-", "2025-01-27|2025-05-31"],
            install.Lines("SELECT t.start_date, COALESCE(CAST(t.end_date AS TEXT), '-') FROM trajectories t JOIN practices p ON p.id = t.practice_id JOIN stores s ON s.id = p.store_id WHERE s.code = 'AAN' ORDER BY t.start_date"));
        Assert.Equal(otherStores, install.Lines("SELECT t.* FROM trajectories t JOIN practices p ON p.id = t.practice_id JOIN stores s ON s.id = p.store_id WHERE s.code <> 'AAN' ORDER BY t.id"));
        Assert.Equal((1, 1, 1, 2), (outcome.Summary!.Added, outcome.Summary.Updated, outcome.Summary.Unchanged, outcome.Summary.Removed));
        Assert.EndsWith("2 verwijderd (vervangen)", outcome.Summary.Description);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void A_refused_replace_removes_nothing(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider).WithStandardStores();
        ImportAssert.Succeeded(Import(install, January));
        var before = install.Snapshot();

        ImportAssert.Refused(Import(install, [January[0], January[1] with { Hours = "99" }], replace: true));

        Assert.Equal(before, install.Snapshot());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void A_trajectory_is_kept_by_organisation_a_code_at_two_organisations_is_two_participants(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider).WithStandardStores();

        ImportAssert.Succeeded(Import(install,
            [new TrajectoryRow { Store = "AAN" }, new TrajectoryRow { Store = "BLE", Practice = "FIETS" }, new TrajectoryRow { Store = "ZWO", Practice = "WINKEL" }]));

        Assert.Equal(
            ["Kringloop Aan de Maas|1|2", "Kringloop Zwolle|1|1"],
            install.Lines("SELECT o.name, COUNT(DISTINCT t.participant), COUNT(*) FROM trajectories t JOIN organisations o ON o.id = t.organisation_id GROUP BY o.name ORDER BY o.name"));
        Assert.Equal(2, install.Query<long>("SELECT COUNT(DISTINCT participant) FROM trajectories"));
    }
}
