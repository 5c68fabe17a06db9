using System.Text;
using Dashboard.Data.Administration;
using Dashboard.Data.Administration.Audit;
using Dashboard.Data.Domain;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Data;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Data.Figures.Settings;
using Dashboard.Data.Imports.Privacy;
using Dashboard.Data.Storage;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Imports.Privacy;

/// <summary>
/// Erasure on request (docs/privacy-en-toegang.md#wissen-op-verzoek): the participant's trajectories and certificates at that organisation go and every
/// figure follows; nothing else changes; what cannot be erased is refused with nothing changed. On each provider, but for
/// what is left in SQLite's files (PostgreSQL's vacuum: <see cref="PostgreSqlErasureTests"/>).
/// </summary>
public sealed class ParticipantErasureTests : IDisposable
{
    private TestInstallation _install = null!;
    private ParticipantErasure _erasure = null!;

    /// <summary>The case's installation with the erasure sector on <paramref name="provider"/> (xUnit makes a new instance for every case).</summary>
    private void Install(DatabaseProvider provider)
    {
        _install = new TestInstallation(provider: provider);
        ErasureSector.Import(_install);
        _erasure = new ParticipantErasure(_install.Database, _install.KeyFile);
    }

    private long Organisation(string name) => _install.Query<long>($"SELECT id FROM organisations WHERE name = '{name}'");

    private string Pseudonym(string organisation, string code) => ParticipantKey.Load(_install.KeyFile)!.Pseudonymize(Organisation(organisation), code);

    private long Rows(string table, string organisation, string code) =>
        _install.Query<long>($"SELECT COUNT(*) FROM {table} WHERE participant = '{Pseudonym(organisation, code)}'");

    /// <summary>The periods and profiles checked: 2025, the two years together, and October 2025 alone.</summary>
    private static readonly Period[] Periods = [Period.Year(2025), new(new DateOnly(2024, 1, 1), new DateOnly(2025, 12, 31)), Period.Month(2025, 10)];

    /// <summary>Every figure of every breakdown, for both profiles, as lines "period · profile · breakdown · group · code = status value (rows)".</summary>
    private static List<string> AllFigures(IndicatorService service)
    {
        var lines = new List<string>();
        foreach (var period in Periods)
        {
            foreach (var profile in new[] { ViewerProfile.Exact, ViewerProfile.Protected })
            {
                foreach (var breakdown in Enum.GetValues<Dimension>().Cast<Dimension?>().Prepend(null))
                {
                    var table = service.Calculate(new IndicatorFilter(period), breakdown, profile);
                    foreach (var group in table.Groups.Prepend(table.Total))
                    {
                        lines.AddRange(group.Figures.Values.Select(f =>
                            $"{period} · {profile} · {breakdown?.ToString() ?? "totaal"} · {group.Key} · {f.Code} = {f.Status} {f.Value} ({f.SourceRows})"));
                    }
                }
            }
        }
        return lines;
    }

    private static bool Exact(string line) => line.Contains($" · {ViewerProfile.Exact} · ", StringComparison.Ordinal);

    private static IndicatorService Service(TestInstallation install) =>
        new(new SnapshotCache(install.Database), new SettingsStore(install.Database));

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void Every_figure_becomes_what_it_would_have_been_had_the_participant_never_been_imported(DatabaseProvider provider)
    {
        Install(provider);
        var service = Service(_install);
        var before = AllFigures(service); // fills the snapshot cache, which the erasure must invalidate
        decimal? Total(IndicatorCode code) => service.Calculate(new IndicatorFilter(Period.Year(2025)), null, ViewerProfile.Exact).Total[code].Value;
        var (p1, p2, p3, p4, p9) = (Total(IndicatorCode.P1), Total(IndicatorCode.P2), Total(IndicatorCode.P3), Total(IndicatorCode.P4), Total(IndicatorCode.P9));
        var p8 = Total(IndicatorCode.P8);

        var outcome = _erasure.Erase(StandardStores.AanDeMaas, ErasureSector.Erased);

        Assert.True(outcome.Succeeded, outcome.Message);
        using var never = new TestInstallation(provider: provider);
        ErasureSector.Import(never, withoutErased: true);
        var after = AllFigures(service);
        // The installation that never had them drew other record keys, so only its exact figures are the same; the
        // protected ones are those of the records that stayed, with their own keys: what a fresh look at the data gives.
        Assert.Equal(AllFigures(Service(never)).Where(Exact), after.Where(Exact));
        Assert.Equal(AllFigures(Service(_install)), after);
        Assert.NotEqual(before, after);
        // By hand, for 2025: one person with two trajectories started in 2025, one ended in paid work, two certificates.
        Assert.Equal(p1 - 1, Total(IndicatorCode.P1));
        Assert.Equal(p2 - 2, Total(IndicatorCode.P2));
        Assert.Equal(p3 - 1, Total(IndicatorCode.P3));
        Assert.Equal(p4 - 1, Total(IndicatorCode.P4));
        Assert.Equal(p9 - 2, Total(IndicatorCode.P9));
        // Hours: 30 a week from 3 February to 30 September, and 32 a week from 1 October to the end of the year.
        var hours = 30m * (new DateOnly(2025, 9, 30).DayNumber - new DateOnly(2025, 2, 3).DayNumber + 1) / 7
                    + 32m * (new DateOnly(2025, 12, 31).DayNumber - new DateOnly(2025, 10, 1).DayNumber + 1) / 7;
        Assert.Equal(decimal.Round(p8!.Value - hours, 6), decimal.Round(Total(IndicatorCode.P8)!.Value, 6));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void Only_that_participants_rows_go_and_every_other_row_of_every_table_stays_as_it_was(DatabaseProvider provider)
    {
        Install(provider);
        var hash = Pseudonym(StandardStores.AanDeMaas, ErasureSector.Erased);
        var (trajectories, certificates, participants) = (_install.Count("trajectories"), _install.Count("certificates"), _install.Count("participants"));
        var version = _install.Query<long>("SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'data_version'");
        static List<string> Others(IEnumerable<string> snapshot, string hash) => snapshot
            .Where(l => !l.Contains(hash, StringComparison.Ordinal))
            .Where(l => !l.StartsWith("trajectories (", StringComparison.Ordinal) && !l.StartsWith("certificates (", StringComparison.Ordinal)
                        && !l.StartsWith("participants (", StringComparison.Ordinal))
            .Where(l => !l.StartsWith("meta: data_version|", StringComparison.Ordinal)).ToList();
        var before = _install.Snapshot();

        var outcome = _erasure.Erase(StandardStores.AanDeMaas, ErasureSector.Erased);

        Assert.True(outcome.Succeeded, outcome.Message);
        Assert.Equal((2, 2), (outcome.Trajectories, outcome.Certificates));
        Assert.Equal(StandardStores.AanDeMaas, outcome.Organisation);
        Assert.Equal("De deelnemer is gewist bij Kringloop Aan de Maas: 2 trajecten en 2 certificaten verwijderd. Alle cijfers zijn zonder deze deelnemer herberekend.",
            outcome.Message);
        var after = _install.Snapshot();
        Assert.Equal(Others(before, hash), Others(after, hash));
        Assert.DoesNotContain(after, l => l.Contains(hash, StringComparison.Ordinal));
        Assert.Equal((trajectories - 2, certificates - 2), (_install.Count("trajectories"), _install.Count("certificates")));
        Assert.Equal(participants - 1, _install.Count("participants")); // their record key goes with them
        Assert.Equal(version + 1, _install.Query<long>("SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'data_version'"));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void The_same_code_at_another_organisation_is_another_person_and_stays(DatabaseProvider provider)
    {
        Install(provider);
        Assert.Equal((1, 1), (Rows("trajectories", StandardStores.Zwolle, ErasureSector.Erased), Rows("certificates", StandardStores.Zwolle, ErasureSector.Erased)));

        Assert.True(_erasure.Erase(StandardStores.AanDeMaas, ErasureSector.Erased).Succeeded);

        Assert.Equal((0, 0), (Rows("trajectories", StandardStores.AanDeMaas, ErasureSector.Erased), Rows("certificates", StandardStores.AanDeMaas, ErasureSector.Erased)));
        Assert.Equal((1, 1), (Rows("trajectories", StandardStores.Zwolle, ErasureSector.Erased), Rows("certificates", StandardStores.Zwolle, ErasureSector.Erased)));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void The_code_is_read_as_the_import_reads_a_cell_with_spaces_around_it_and_the_organisation_in_any_case(DatabaseProvider provider)
    {
        Install(provider);
        var outcome = _erasure.Erase("kringloop aan de maas", $"  {ErasureSector.Erased} ");

        Assert.True(outcome.Succeeded, outcome.Message);
        Assert.Equal(StandardStores.AanDeMaas, outcome.Organisation);
        Assert.Equal(0, Rows("trajectories", StandardStores.AanDeMaas, ErasureSector.Erased));
    }

    public static TheoryData<DatabaseProvider, string, string, string> NotThere => Providers.Each(
        (StandardStores.AanDeMaas, "B-999", "Geen deelnemer met deze code bij Kringloop Aan de Maas. Er is niets gewist."),
        (StandardStores.AanDeMaas, "Z-001", "Geen deelnemer met deze code bij Kringloop Aan de Maas. Er is niets gewist."),
        (StandardStores.AanDeMaas, "a-003", "Geen deelnemer met deze code bij Kringloop Aan de Maas. Er is niets gewist."),
        ("Kringloop Nergens", ErasureSector.Erased, "Er is geen organisatie 'Kringloop Nergens'. Er is niets gewist."),
        (StandardStores.AanDeMaas, "   ", "Vul de deelnemerscode in die de organisatie zelf gebruikt."));

    [Theory]
    [MemberData(nameof(NotThere))]
    public void What_is_not_there_is_refused_with_nothing_changed_and_nothing_told_about_other_organisations(
        DatabaseProvider provider, string organisation, string code, string message)
    {
        Install(provider);
        var before = _install.Snapshot();

        var outcome = _erasure.Erase(organisation, code);

        Assert.False(outcome.Succeeded);
        Assert.Equal(message, outcome.Message);
        Assert.Equal(before, _install.Snapshot());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void A_code_longer_than_any_import_accepts_is_refused_unread_and_a_long_organisation_is_not_echoed_whole(DatabaseProvider provider)
    {
        Install(provider);
        var before = _install.Snapshot();

        var erased = _erasure.Erase(StandardStores.AanDeMaas, new string('A', 10_000));
        var previewed = _erasure.Preview(StandardStores.AanDeMaas, new string('A', 41), Data.Administration.AccessScope.Everything);
        var unknown = _erasure.Erase(new string('K', 10_000), ErasureSector.Erased);

        Assert.Equal("Deze deelnemerscode is te lang: 10.000 tekens, hoogstens 40. Zo'n code kan niet geïmporteerd zijn; er is niets gewist.", erased.Message);
        Assert.Equal("Deze deelnemerscode is te lang: 41 tekens, hoogstens 40. Zo'n code kan niet geïmporteerd zijn; er is niets gewist.", previewed.Message);
        Assert.False(erased.Succeeded || previewed.Succeeded || unknown.Succeeded);
        Assert.True(unknown.Message.Length < 250, $"a refusal of {unknown.Message.Length} characters");
        Assert.Equal(before, _install.Snapshot());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void Without_the_key_file_or_with_another_one_a_code_cannot_be_looked_up_and_nothing_changes(DatabaseProvider provider)
    {
        Install(provider);
        var before = _install.Snapshot();
        var key = File.ReadAllText(_install.KeyFile);
        File.Delete(_install.KeyFile);

        var missing = _erasure.Erase(StandardStores.AanDeMaas, ErasureSector.Erased);

        File.WriteAllText(_install.KeyFile, Convert.ToBase64String(new byte[32]));
        var other = _erasure.Erase(StandardStores.AanDeMaas, ErasureSector.Erased);

        Assert.False(missing.Succeeded);
        Assert.StartsWith($"Het sleutelbestand voor deelnemerscodes ontbreekt ('{_install.KeyFile}')", missing.Message);
        Assert.False(other.Succeeded);
        Assert.StartsWith($"Het sleutelbestand '{_install.KeyFile}' hoort niet bij deze database", other.Message);
        Assert.Equal(before, _install.Snapshot());
        File.WriteAllText(_install.KeyFile, key);
        Assert.True(_erasure.Erase(StandardStores.AanDeMaas, ErasureSector.Erased).Succeeded);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void To_a_scoped_user_another_organisation_and_one_that_does_not_exist_read_the_same(DatabaseProvider provider)
    {
        Install(provider);
        var zwolle = AccessScope.Of([Organisation(StandardStores.Zwolle)]);

        var outside = _erasure.Erase("kringloop aan de maas", ErasureSector.Erased, zwolle);
        var unknown = _erasure.Erase("kringloop aan de mass", ErasureSector.Erased, zwolle);

        Assert.Equal(outside.Message.Replace("kringloop aan de maas", "…"), unknown.Message.Replace("kringloop aan de mass", "…"));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void A_scoped_user_erases_only_in_their_own_organisations(DatabaseProvider provider)
    {
        Install(provider);
        var zwolle = AccessScope.Of([Organisation(StandardStores.Zwolle)]);
        var before = _install.Snapshot();

        var outside = _erasure.Erase(StandardStores.AanDeMaas, ErasureSector.Erased, zwolle);
        var preview = _erasure.Preview(StandardStores.AanDeMaas, ErasureSector.Erased, zwolle);

        Assert.False(outside.Succeeded);
        Assert.Equal("Geen toegang: u kunt alleen deelnemers wissen van uw eigen organisatie(s), en 'Kringloop Aan de Maas' is daar geen van. Er is niets gewist.", outside.Message);
        Assert.Equal(outside.Message, preview.Message);
        Assert.Equal(before, _install.Snapshot());
        Assert.Equal([StandardStores.Zwolle], _erasure.Organisations(zwolle));
        Assert.Equal([StandardStores.AanDeMaas, StandardStores.Zwolle], _erasure.Organisations(AccessScope.Everything));

        var inside = _erasure.Erase(StandardStores.Zwolle, ErasureSector.Erased, zwolle);

        Assert.True(inside.Succeeded, inside.Message);
        Assert.Equal((1, 1), (inside.Trajectories, inside.Certificates));
        Assert.Equal(2, Rows("trajectories", StandardStores.AanDeMaas, ErasureSector.Erased));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void The_preview_tells_what_would_go_and_changes_nothing(DatabaseProvider provider)
    {
        Install(provider);
        var before = _install.Snapshot();

        var preview = _erasure.Preview(StandardStores.AanDeMaas, ErasureSector.Erased, AccessScope.Everything);
        var nobody = _erasure.Preview(StandardStores.AanDeMaas, "B-999", AccessScope.Everything);

        Assert.True(preview.Succeeded);
        Assert.Equal((2, 2, StandardStores.AanDeMaas), (preview.Trajectories, preview.Certificates, preview.Organisation));
        Assert.False(nobody.Succeeded);
        Assert.Equal("Geen deelnemer met deze code bij Kringloop Aan de Maas. Er is niets gewist.", nobody.Message);
        Assert.Equal(before, _install.Snapshot());
    }

    /// <summary>SQLite only: it reads the database file itself (on PostgreSQL: <see cref="PostgreSqlErasureTests"/>).</summary>
    [Fact]
    public void No_copy_of_the_erased_rows_is_left_in_the_database_files()
    {
        Install(DatabaseProvider.Sqlite);
        var hash = Encoding.ASCII.GetBytes(Pseudonym(StandardStores.AanDeMaas, ErasureSector.Erased));
        var other = Encoding.ASCII.GetBytes(Pseudonym(StandardStores.Zwolle, ErasureSector.Erased));
        // As on a server that has run a while, the log has been copied into the file — with the row the replace deleted
        // (the first start date) and its index entry left behind in free space, beside the live rows.
        _install.Query<long>("PRAGMA wal_checkpoint(TRUNCATE)");
        Assert.True(FilesContain(hash), "the pseudonym should be in the files before the erasure");

        Assert.True(_erasure.Erase(StandardStores.AanDeMaas, ErasureSector.Erased).Succeeded);

        Assert.False(FilesContain(hash), "a copy of the erased participant's pseudonym is left in the database files");
        Assert.True(FilesContain(other));
        Assert.Equal("ok", _install.Query<string>("PRAGMA integrity_check"));
    }

    private bool FilesContain(byte[] bytes) =>
        new[] { "", "-wal", "-journal" }.Select(suffix => _install.Database.Path + suffix).Where(File.Exists)
            .Any(path => Read(path).AsSpan().IndexOf(bytes) >= 0);

    private static byte[] Read(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void The_audit_entry_names_the_organisation_and_the_counts_never_the_code_or_its_pseudonym(DatabaseProvider provider)
    {
        Install(provider);
        var hash = Pseudonym(StandardStores.AanDeMaas, ErasureSector.Erased);
        var log = new AuditLog(_install.Database, _install.Clock);

        var service = new ErasureService(_erasure, log);

        service.Erase(Actors.Beheerder(), StandardStores.AanDeMaas, ErasureSector.Erased);
        service.Erase(Actors.Beheerder(), StandardStores.AanDeMaas, ErasureSector.Erased);

        var entries = log.Read(new AuditQuery { Action = AuditAction.Wissen });
        Assert.Equal(2, entries.Count);
        Assert.Equal(("beheerder", "deelnemer · Kringloop Aan de Maas", "gelukt: 2 trajecten en 2 certificaten gewist"),
            (entries[1].UserName, entries[1].Subject, entries[1].Outcome));
        Assert.Equal("geweigerd: Geen deelnemer met deze code bij Kringloop Aan de Maas. Er is niets gewist.", entries[0].Outcome);
        var everything = string.Join("\n", _install.Lines("SELECT * FROM audit_log"));
        Assert.DoesNotContain(ErasureSector.Erased, everything, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("003", everything);
        Assert.DoesNotContain(hash[..8], everything);
        Assert.Equal("Deelnemer gewist", AuditAction.Wissen.Label(culture: Language.Dutch));
        Assert.Equal("Participant erased", AuditAction.Wissen.Label(culture: Language.English));
    }

    /// <summary>
    /// SQLite only: a restore puts the replaced files aside beside the database file; on PostgreSQL the server's own tools
    /// restore (docs/installatie-en-beheer.md#postgresql) and nothing is put aside.
    /// </summary>
    [Fact]
    public void Files_a_restore_put_aside_beside_the_database_are_named_as_copies_that_may_still_hold_the_participant()
    {
        Install(DatabaseProvider.Sqlite);
        Assert.Equal(0, _erasure.Erase(StandardStores.Zwolle, "Z-001").KeptAsideCopies);
        Directory.CreateDirectory(Path.Combine(_install.Folder, "vervangen-2026-11-01T120000"));

        var outcome = _erasure.Erase(StandardStores.AanDeMaas, ErasureSector.Erased);

        Assert.True(outcome.Succeeded);
        Assert.Equal(1, outcome.KeptAsideCopies);
        Assert.EndsWith("Let op: naast de database staan 1 map(pen) met bij een herstel opzij gezette oude gegevens (vervangen-…), " +
                        "waarin deze deelnemer nog kan staan. Verwijder die als u ze niet meer nodig hebt.", outcome.Message);
    }

    public void Dispose() => _install?.Dispose();
}
