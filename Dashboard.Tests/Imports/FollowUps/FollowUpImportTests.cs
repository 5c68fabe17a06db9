using Dashboard.Data.Administration;
using Dashboard.Data.Imports;
using Dashboard.Data.Imports.Privacy;
using Dashboard.Data.Imports.Reports;
using Dashboard.Data.Storage;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Imports.FollowUps;

/// <summary>`nametingen` (docs/importbestanden.md#nametingen): one row per ended trajectory and date of the follow-up.</summary>
public class FollowUpImportTests
{
    /// <summary>
    /// Three ended trajectories — A-001 at AAN/REST and A-002 at AAN/WINKEL ended 31 August 2025, A-003 at ZWO/TEXT ended
    /// 30 September 2025 — and A-004's, still running.
    /// </summary>
    private static TestInstallation Installed(DatabaseProvider provider)
    {
        var install = new TestInstallation(provider: provider).WithStandardStores();
        install.ImportOk(ImportKind.Deelnemers, "deelnemers.csv", TrajectoryRow.File(
            TrajectoryRow.Number(1).Ended("31-08-2025"),
            TrajectoryRow.Number(2).Ended("31-08-2025") with { Practice = "WINKEL" },
            TrajectoryRow.Number(3).Ended("30-09-2025", outcome: "opleiding") with { Store = "ZWO", Practice = "TEXT", Start = "01-03-2025" },
            TrajectoryRow.Number(4)));
        return install;
    }

    private static ImportOutcome Import(TestInstallation install, IEnumerable<FollowUpRow> rows, bool replace = false) =>
        install.Import(ImportKind.Nametingen, "nametingen.csv", FollowUpRow.File(rows), replace);

    /// <summary>Months after the end as DATEDIF counts them: 6, 12, 1 (in neither window) and 6.</summary>
    private static readonly FollowUpRow[] Called =
    [
        new() { Date = "01-03-2026", Situation = "betaald_werk" },
        new() { Date = "31-08-2026", Situation = "opleiding" },
        new() { Participant = "A-002", Practice = "WINKEL", Date = "15-10-2025", Situation = "uitkering" },
        new() { Participant = "A-003", Store = "ZWO", Practice = "TEXT", Start = "01-03-2025", Date = "01-04-2026", Situation = "anders" },
    ];

    private const string Stored =
        "SELECT s.code, p.code, t.start_date, t.end_date, f.follow_up_date, f.situation FROM follow_ups f JOIN trajectories t ON t.id = f.trajectory_id " +
        "JOIN practices p ON p.id = f.practice_id JOIN stores s ON s.id = p.store_id ORDER BY s.code, p.code, f.follow_up_date";

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void Imports_follow_ups_of_ended_trajectories_at_the_trajectorys_practice_with_a_record_key(DatabaseProvider provider)
    {
        using var install = Installed(provider);

        var outcome = ImportAssert.Succeeded(Import(install, [Called[0] with { Situation = "Betaald Werk" }, Called[1], Called[2], Called[3] with { Date = "1-4-26" }]));

        Assert.Equal(
        [
            "AAN|REST|2025-02-01|2025-08-31|2026-03-01|betaald_werk", "AAN|REST|2025-02-01|2025-08-31|2026-08-31|opleiding",
            "AAN|WINKEL|2025-02-01|2025-08-31|2025-10-15|uitkering", "ZWO|TEXT|2025-03-01|2025-09-30|2026-04-01|anders",
        ], install.Lines(Stored));
        Assert.Equal(0, install.Query<long>("SELECT COUNT(*) FROM follow_ups f JOIN trajectories t ON t.id = f.trajectory_id WHERE f.practice_id <> t.practice_id"));
        Assert.All(install.Rows("SELECT record_key FROM follow_ups", r => r.GetInt64(0)), key => Assert.InRange(key, 0, 255));
        Assert.Equal((4, 0, 0), (outcome.Summary!.Added, outcome.Summary.Updated, outcome.Summary.Unchanged));
        // 15 October 2025 is one month after the end: stored, but in neither window.
        Assert.Equal("4 nametingen: 4 nieuw, 0 bijgewerkt, 0 ongewijzigd; 1 nameting valt buiten de 6- en de 12-maandsnameting (opgeslagen, maar in geen cijfer)",
            outcome.Summary.Description);
        Assert.Equal(["nametingen"], install.Lines("SELECT kind FROM import_batches WHERE id = " + outcome.BatchId));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void English_headers_in_a_comma_file_and_a_summary_without_the_line_when_every_follow_up_is_in_a_window(DatabaseProvider provider)
    {
        using var install = Installed(provider);

        var outcome = ImportAssert.Succeeded(install.Import(ImportKind.Nametingen, "follow-ups.csv",
            "Participant,Store,Practice,Start_Date,Follow_Up_Date,Situation\nA-001,AAN,REST,2025-02-01,2026-03-01,betaald_werk_intern"));

        Assert.Equal(["AAN|REST|2025-02-01|2025-08-31|2026-03-01|betaald_werk_intern"], install.Lines(Stored));
        Assert.Equal("1 nameting: 1 nieuw, 0 bijgewerkt, 0 ongewijzigd", outcome.Summary!.Description);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void Re_importing_updates_the_situation_and_keeps_the_row_and_its_record_key(DatabaseProvider provider)
    {
        using var install = Installed(provider);
        ImportAssert.Succeeded(Import(install, Called));
        const string keys = "SELECT id, follow_up_date, record_key FROM follow_ups ORDER BY id";
        var before = install.Lines(keys);

        var same = ImportAssert.Succeeded(Import(install, Called));
        var changed = ImportAssert.Succeeded(Import(install, [Called[0] with { Situation = "onbekend" }, Called[1]]));

        Assert.Equal((0, 0, 4), (same.Summary!.Added, same.Summary.Updated, same.Summary.Unchanged));
        Assert.Equal((0, 1, 1), (changed.Summary!.Added, changed.Summary.Updated, changed.Summary.Unchanged));
        Assert.Equal(before, install.Lines(keys));
        Assert.Equal("onbekend", install.Query<string>("SELECT situation FROM follow_ups WHERE follow_up_date = '2026-03-01'"));
        Assert.Equal(4, install.Count("follow_ups"));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void Replace_makes_the_file_the_complete_list_for_the_stores_it_names(DatabaseProvider provider)
    {
        using var install = Installed(provider);
        ImportAssert.Succeeded(Import(install, Called));

        // The file names AAN only: its two other follow-ups go, at both practices; ZWO's stays.
        var outcome = ImportAssert.Succeeded(Import(install, [Called[0] with { Situation = "opleiding" }], replace: true));

        Assert.Equal(["AAN|REST|2025-02-01|2025-08-31|2026-03-01|opleiding", "ZWO|TEXT|2025-03-01|2025-09-30|2026-04-01|anders"], install.Lines(Stored));
        Assert.Equal((0, 1, 0, 2), (outcome.Summary!.Added, outcome.Summary.Updated, outcome.Summary.Unchanged, outcome.Summary.Removed));
        Assert.Equal("1 nameting: 0 nieuw, 1 bijgewerkt, 0 ongewijzigd, 2 verwijderd (vervangen)", outcome.Summary.Description);
        Assert.Equal(4, install.Count("trajectories"));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void A_follow_up_of_a_trajectory_that_is_not_stored_names_it_and_suggests_the_participants_file(DatabaseProvider provider)
    {
        using var install = Installed(provider);

        var wrongStart = ImportAssert.RefusedAt(Import(install, [Called[0], Called[1] with { Start = "3-2-2025" }]), 3, "startdatum");
        var nobody = ImportAssert.RefusedAt(Import(install, [Called[0] with { Participant = "B-012", Store = "ble", Practice = "Fiets" }]), 2, "startdatum");

        Assert.Equal("onbekend traject", wrongStart.Kind);
        Assert.Equal("er is geen traject van deelnemer A-001 bij winkel AAN, praktijk REST met startdatum 03-02-2025", wrongStart.Message);
        Assert.Equal("importeer eerst het deelnemersbestand met dit traject, of controleer de startdatum: die moet gelijk zijn aan die in het deelnemersbestand",
            wrongStart.Suggestion);
        Assert.Equal("er is geen traject van deelnemer B-012 bij winkel BLE, praktijk FIETS met startdatum 01-02-2025", nobody.Message);
        Assert.Equal(0, install.Count("follow_ups"));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void A_follow_up_of_a_trajectory_that_has_not_ended_is_refused(DatabaseProvider provider)
    {
        using var install = Installed(provider);

        var problem = ImportAssert.RefusedAt(Import(install, [Called[0], Called[0] with { Participant = "A-004" }]), 3, "startdatum");

        Assert.Equal("traject loopt nog", problem.Kind);
        Assert.Equal("het traject van deelnemer A-004 bij winkel AAN, praktijk REST met startdatum 01-02-2025 is nog niet afgelopen (het heeft geen einddatum); " +
                     "een nameting hoort bij een afgelopen traject", problem.Message);
        Assert.Equal("importeer eerst het deelnemersbestand met de einddatum van dit traject", problem.Suggestion);
        Assert.Equal(0, install.Count("follow_ups"));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void The_follow_up_date_must_lie_after_the_end_of_the_trajectory(DatabaseProvider provider)
    {
        using var install = Installed(provider);

        var onTheEnd = ImportAssert.RefusedAt(Import(install, [Called[0] with { Date = "31-08-2025" }]), 2, "meetdatum");
        var before = ImportAssert.RefusedAt(Import(install, [Called[3] with { Date = "01-06-2025" }]), 2, "meetdatum");
        ImportAssert.Succeeded(Import(install, [Called[0] with { Date = "01-09-2025" }]));

        Assert.Equal("niet na einde traject", onTheEnd.Kind);
        Assert.Equal("meetdatum 31-08-2025 ligt niet na het einde van het traject van deelnemer A-001 bij winkel AAN, praktijk REST met startdatum " +
                     "01-02-2025: dat eindigde op 31-08-2025; een nameting komt na het einde", onTheEnd.Message);
        Assert.Contains("dat eindigde op 30-09-2025", before.Message);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void A_follow_up_in_the_future_is_refused(DatabaseProvider provider)
    {
        using var install = Installed(provider);

        var problem = ImportAssert.RefusedAt(Import(install, [Called[0] with { Date = "16-11-2026" }]), 2, "meetdatum");

        Assert.Equal("in de toekomst", problem.Kind);
        Assert.Equal("16-11-2026 ligt na vandaag (15-11-2026); een nameting telt pas als ze gedaan is", problem.Message);
        ImportAssert.Succeeded(Import(install, [Called[0] with { Date = "15-11-2026" }]));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void The_same_trajectory_and_date_twice_in_a_file_is_a_duplicate_row_naming_the_first(DatabaseProvider provider)
    {
        using var install = Installed(provider);

        var outcome = Import(install, [Called[0], Called[1], Called[0] with { Store = "aan", Date = "1-3-2026", Situation = "anders" }]);

        var problem = ImportAssert.RefusedAt(outcome, 4, "meetdatum");
        Assert.Equal("dubbele rij", problem.Kind);
        Assert.Equal("dezelfde nameting (deelnemer, winkel, praktijk, startdatum en meetdatum) staat al in rij 2", problem.Message);
        Assert.Equal(0, install.Count("follow_ups"));
    }

    /// <summary>A bad value in one column, and the kind of problem it is.</summary>
    public static TheoryData<DatabaseProvider, string, string, string> BadFields() => Providers.Each(
        ("deelnemer", "", "verplicht veld leeg"),
        ("deelnemer", "123456789", "mogelijk BSN"),
        ("winkel", "XYZ", "onbekende winkel"),
        ("praktijk", "TEXT", "onbekende praktijk"),
        ("startdatum", "", "verplicht veld leeg"),
        ("startdatum", "begin 2025", "ongeldige datum"),
        ("meetdatum", "", "verplicht veld leeg"),
        ("meetdatum", "31-02-2026", "ongeldige datum"),
        ("situatie", "", "verplicht veld leeg"),
        ("situatie", "werk", "onbekende code"));

    [Theory]
    [MemberData(nameof(BadFields))]
    public void A_bad_field_is_a_problem_of_its_row_and_column_and_nothing_is_stored(DatabaseProvider provider, string column, string value, string kind)
    {
        using var install = Installed(provider);
        ImportAssert.Succeeded(Import(install, [Called[3]]));
        var before = install.Snapshot();
        var bad = column switch
        {
            "deelnemer" => Called[1] with { Participant = value },
            "winkel" => Called[1] with { Store = value },
            "praktijk" => Called[1] with { Practice = value },
            "startdatum" => Called[1] with { Start = value },
            "meetdatum" => Called[1] with { Date = value },
            _ => Called[1] with { Situation = value },
        };

        var problem = ImportAssert.RefusedAt(Import(install, [Called[0], bad, Called[2]], replace: true), 3, column);

        Assert.Equal(kind, problem.Kind);
        Assert.Equal(before, install.Snapshot());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void A_scoped_importer_is_refused_at_another_organisations_store_and_sees_only_its_own_batches(DatabaseProvider provider)
    {
        using var install = Installed(provider);
        var aanDeMaas = install.ScopeOf(StandardStores.AanDeMaas);
        ImportAssert.Succeeded(install.Import(ImportKind.Nametingen, "zwolle.csv", FollowUpRow.File(Called[3])));
        var before = install.Snapshot();

        var outcome = install.Import(ImportKind.Nametingen, "gemengd.csv", FollowUpRow.File(Called[0], Called[3] with { Situation = "onbekend" }), aanDeMaas, replace: true);

        var problem = ImportAssert.RefusedAt(outcome, 3, "winkel");
        Assert.Equal(ImportProblem.OutsideScope, problem.Kind);
        Assert.Equal(before, install.Snapshot());

        var own = ImportAssert.Succeeded(install.Import(ImportKind.Nametingen, "eigen.csv", FollowUpRow.File(Called[..3]), aanDeMaas));
        var history = new ImportHistory(install.Database);
        Assert.Equal([own.BatchId!.Value], history.List(aanDeMaas).Where(b => b.Kind == ImportKind.Nametingen).Select(b => b.Id));
        Assert.Equal(2, history.List(install.ScopeOf(StandardStores.AanDeMaas, StandardStores.Zwolle)).Count(b => b.Kind == ImportKind.Nametingen));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void A_file_of_another_kind_is_recognised_by_its_columns(DatabaseProvider provider)
    {
        using var install = Installed(provider);

        var message = ImportAssert.FileRefused(install.Import(ImportKind.Certificaten, "nametingen.csv", FollowUpRow.File(Called)));

        Assert.Contains("nametingenbestand", message);
        Assert.Equal(ImportKind.Nametingen, ImportLayouts.Guess(FollowUpRow.Header.Split(';')));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void A_trajectory_that_a_replace_of_trajectories_removes_takes_its_follow_ups_along(DatabaseProvider provider)
    {
        using var install = Installed(provider);
        ImportAssert.Succeeded(Import(install, Called));

        // AAN's complete list is now A-001's and A-004's trajectories: A-002's goes, and with it its follow-up.
        ImportAssert.Succeeded(install.Import(ImportKind.Deelnemers, "deelnemers-aan.csv",
            TrajectoryRow.File(TrajectoryRow.Number(1).Ended("31-08-2025"), TrajectoryRow.Number(4)), replace: true));

        Assert.Equal(
        [
            "AAN|REST|2025-02-01|2025-08-31|2026-03-01|betaald_werk", "AAN|REST|2025-02-01|2025-08-31|2026-08-31|opleiding",
            "ZWO|TEXT|2025-03-01|2025-09-30|2026-04-01|anders",
        ], install.Lines(Stored));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void Erasing_a_participant_deletes_the_follow_ups_of_their_trajectories_and_says_how_many(DatabaseProvider provider)
    {
        using var install = Installed(provider);
        ImportAssert.Succeeded(Import(install, Called));
        var erasure = new ParticipantErasure(install.Database, install.KeyFile);

        var preview = erasure.Preview(StandardStores.AanDeMaas, "A-001", AccessScope.Everything);
        var outcome = erasure.Erase(StandardStores.AanDeMaas, "A-001");

        Assert.Equal((1, 0, 2), (preview.Trajectories, preview.Certificates, preview.FollowUps));
        Assert.True(outcome.Succeeded, outcome.Message);
        Assert.Equal((1, 0, 2), (outcome.Trajectories, outcome.Certificates, outcome.FollowUps));
        Assert.Equal("De deelnemer is gewist bij Kringloop Aan de Maas: 1 traject, 2 nametingen en 0 certificaten verwijderd. " +
                     "Alle cijfers zijn zonder deze deelnemer herberekend.", outcome.Message);
        Assert.Equal(["AAN|WINKEL|2025-02-01|2025-08-31|2025-10-15|uitkering", "ZWO|TEXT|2025-03-01|2025-09-30|2026-04-01|anders"], install.Lines(Stored));
    }
}
