using System.IO.Compression;
using System.Text;
using Dashboard.Data.Administration;
using Dashboard.Data.Annotations;
using Dashboard.Data.Exports;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Data;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Data.Figures.Results;
using Dashboard.Data.Figures.Settings;
using Dashboard.Data.Figures.Targets;
using Dashboard.Data.Figures.TheoryOfChange;
using Dashboard.Data.Imports;
using Dashboard.Data.Imports.Privacy;
using Dashboard.Data.Installation.Demo;
using Dashboard.Data.Storage;
using Dashboard.Data.Stories;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Imports.Privacy;

/// <summary>
/// The record keys of cell-key perturbation (docs/privacy-en-toegang.md#afwijkingen-tegen-aftrekken), as an operator would
/// check them in the database: every trajectory, certificate and participant gets one key 0–255 when first stored, from
/// the importer's generator (the demo sector's from its files); a re-import keeps it, replace and erasure take it away
/// with the record, an older database gets keys when it is migrated, and no export ever carries one. No test writes a
/// drawn key down: it reads the keys back, or compares two runs.
/// </summary>
public sealed class RecordKeysTests : IDisposable
{
    private readonly TestInstallation _install = new TestInstallation().WithStandardStores();

    /// <summary>The practices of the standard stores: participant n has their trajectories at practice n mod 5.</summary>
    private static readonly (string Store, string Practice)[] Practices =
        [("AAN", "WINKEL"), ("AAN", "REST"), ("BLE", "FIETS"), ("ZWO", "WINKEL"), ("ZWO", "TEXT")];

    /// <summary>Participant <paramref name="n"/>'s trajectory at their practice, running from <paramref name="start"/>.</summary>
    private static TrajectoryRow Trajectory(int n, string start = "01-02-2025") =>
        TrajectoryRow.Number(n) with { Store = Practices[n % 5].Store, Practice = Practices[n % 5].Practice, Start = start };

    /// <summary>48 trajectories of 40 participants: A-001 … A-040 from February 2025, and A-001 … A-008 a second one from September.</summary>
    private static List<TrajectoryRow> Trajectories() =>
        [.. Enumerable.Range(1, 40).Select(n => Trajectory(n)), .. Enumerable.Range(1, 8).Select(n => Trajectory(n, "01-09-2025"))];

    /// <summary>
    /// Ten certificates: A-001 … A-009 at their practices, and one of a participant with the code A-001 at Zwolle who has no
    /// trajectory — another person than A-001 at Aan de Maas (a code is a participant within its organisation).
    /// </summary>
    private static List<CertificateRow> Certificates() =>
    [
        .. Enumerable.Range(1, 9).Select(n => new CertificateRow { Participant = $"A-{n:000}", Store = Practices[n % 5].Store, Practice = Practices[n % 5].Practice }),
        new CertificateRow { Participant = "A-001", Store = "ZWO", Practice = "TEXT", Kind = "mbo_certificaat", Name = "" },
    ];

    private static void ImportBoth(TestInstallation install)
    {
        install.ImportOk(ImportKind.Deelnemers, "deelnemers.csv", TrajectoryRow.File(Trajectories()));
        install.ImportOk(ImportKind.Certificaten, "certificaten.csv", CertificateRow.File(Certificates()));
    }

    /// <summary>Every key of a table, in the order the records were stored.</summary>
    private static List<long> Keys(TestInstallation install, string table) =>
        install.Rows($"SELECT record_key FROM {table} ORDER BY id", r => r.GetInt64(0));

    /// <summary>Every record's key of a table by its id.</summary>
    private static Dictionary<long, long> KeysById(TestInstallation install, string table) =>
        install.Rows($"SELECT id, record_key FROM {table}", r => (Id: r.GetInt64(0), Key: r.GetInt64(1))).ToDictionary(r => r.Id, r => r.Key);

    /// <summary>The participants' keys in the order of their first trajectory: comparable across installations, whose pseudonyms differ.</summary>
    private static List<long> ParticipantKeys(TestInstallation install) => install.Rows(
        """
        SELECT p.record_key FROM participants p
        JOIN (SELECT organisation_id, participant, MIN(id) AS first FROM trajectories GROUP BY organisation_id, participant) t
          USING (organisation_id, participant)
        ORDER BY t.first
        """, r => r.GetInt64(0));

    /// <summary>Every participant's key by organisation and pseudonym.</summary>
    private static Dictionary<string, long> ParticipantKeysByName(TestInstallation install) =>
        install.Rows("SELECT organisation_id || '/' || participant, record_key FROM participants", r => (Name: r.GetString(0), Key: r.GetInt64(1)))
            .ToDictionary(r => r.Name, r => r.Key);

    private static string Participant(TestInstallation install, string organisation, string code)
    {
        var id = install.Query<long>($"SELECT id FROM organisations WHERE name = '{organisation}'");
        return $"{id}/{ParticipantKey.Load(install.KeyFile)!.Pseudonymize(id, code)}";
    }

    /// <summary>
    /// The participants that trajectories and certificates name, each exactly once in participants with a key 0–255, and
    /// no other row there.
    /// </summary>
    private static void EveryParticipantHasOneKey(TestInstallation install)
    {
        const string named = "SELECT organisation_id, participant FROM trajectories UNION SELECT organisation_id, participant FROM certificates";
        Assert.Equal(0, install.Query<long>(
            $"""
            SELECT COUNT(*) FROM ({named}) n
            WHERE (SELECT COUNT(*) FROM participants p WHERE p.organisation_id = n.organisation_id AND p.participant = n.participant) <> 1
            """));
        Assert.Equal(install.Query<long>($"SELECT COUNT(*) FROM ({named}) AS n"), install.Count("participants"));
        Assert.All(install.Rows("SELECT record_key FROM participants", r => r.GetInt64(0)), key => Assert.InRange(key, 0, 255));
    }

    private static void KeysAreInRangeAndNotAllEqual(IReadOnlyList<long> keys)
    {
        Assert.All(keys, key => Assert.InRange(key, 0, 255));
        Assert.True(keys.Distinct().Count() > 1, $"all {keys.Count} keys are {keys[0]}");
    }

    [Fact]
    public void Every_imported_trajectory_and_certificate_has_a_key_from_0_to_255_and_the_keys_differ()
    {
        ImportBoth(_install);

        var trajectories = Keys(_install, "trajectories");
        var certificates = Keys(_install, "certificates");
        Assert.Equal(48, trajectories.Count);
        Assert.Equal(10, certificates.Count);
        KeysAreInRangeAndNotAllEqual(trajectories);
        KeysAreInRangeAndNotAllEqual(certificates);
        KeysAreInRangeAndNotAllEqual([.. trajectories, .. certificates]);
    }

    [Fact]
    public void Every_participant_of_a_trajectory_or_certificate_has_exactly_one_key()
    {
        ImportBoth(_install);

        // 40 people at their own organisations, and the other A-001 at Zwolle who only has a certificate; A-001 … A-009
        // have a certificate beside their trajectories, and A-001 … A-008 two trajectories: still one key each.
        Assert.Equal(41, _install.Count("participants"));
        EveryParticipantHasOneKey(_install);
        Assert.True(ParticipantKeysByName(_install).Values.Distinct().Count() > 1, "every participant has the same key");
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void Two_installations_importing_the_same_file_with_the_same_seed_store_the_same_keys(DatabaseProvider provider)
    {
        using var other = new TestInstallation(provider: provider).WithStandardStores();

        ImportBoth(_install);
        ImportBoth(other);

        Assert.Equal(Keys(_install, "trajectories"), Keys(other, "trajectories"));
        Assert.Equal(Keys(_install, "certificates"), Keys(other, "certificates"));
        Assert.Equal(ParticipantKeys(_install), ParticipantKeys(other));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void The_keys_come_from_the_importers_generator_another_seed_draws_other_keys(DatabaseProvider provider)
    {
        using var other = new TestInstallation(provider: provider).WithStandardStores();
        var importer = new Importer(other.Database, other.KeyFile, other.Clock, ImportLimits.Default,
            RecordKeys.Seeded(TestInstallation.RecordKeySeed + 1));

        ImportBoth(_install);
        ImportAssert.Succeeded(importer.Import(new ImportRequest(ImportKind.Deelnemers, other.WriteFile("deelnemers.csv", TrajectoryRow.File(Trajectories())))));
        ImportAssert.Succeeded(importer.Import(new ImportRequest(ImportKind.Certificaten, other.WriteFile("certificaten.csv", CertificateRow.File(Certificates())))));

        Assert.NotEqual(Keys(_install, "trajectories"), Keys(other, "trajectories"));
        Assert.NotEqual(Keys(_install, "certificates"), Keys(other, "certificates"));
        Assert.NotEqual(ParticipantKeys(_install), ParticipantKeys(other));
        // The same records all the same: only the keys differ.
        Assert.Equal(_install.Lines("SELECT start_date, end_date, hours_per_week FROM trajectories ORDER BY id"),
            other.Lines("SELECT start_date, end_date, hours_per_week FROM trajectories ORDER BY id"));
    }

    [Fact]
    public void A_re_import_that_updates_a_trajectory_keeps_its_key()
    {
        ImportBoth(_install);
        var before = KeysById(_install, "trajectories");
        var participants = ParticipantKeysByName(_install);
        // A-005 left in September with a job: the monthly export now has an end date and an outcome for that row.
        var ended = Trajectories().Select(t => t.Participant == "A-005" && t.Start == "01-02-2025" ? t.Ended("30-09-2025") : t);

        var outcome = _install.ImportOk(ImportKind.Deelnemers, "deelnemers-oktober.csv", TrajectoryRow.File(ended));

        Assert.Equal((0, 1, 47), (outcome.Summary!.Added, outcome.Summary.Updated, outcome.Summary.Unchanged));
        Assert.Equal(["2025-09-30|betaald_werk"], _install.Lines("SELECT end_date, outcome FROM trajectories WHERE end_date IS NOT NULL"));
        Assert.Equal(before, KeysById(_install, "trajectories"));
        Assert.Equal(participants, ParticipantKeysByName(_install));
    }

    [Fact]
    public void A_re_import_with_one_extra_row_keeps_the_old_keys_and_gives_the_new_record_a_key()
    {
        ImportBoth(_install);
        var before = KeysById(_install, "trajectories");
        var participants = ParticipantKeysByName(_install);

        var outcome = _install.ImportOk(ImportKind.Deelnemers, "deelnemers-oktober.csv", TrajectoryRow.File([.. Trajectories(), Trajectory(41)]));

        Assert.Equal((1, 0, 48), (outcome.Summary!.Added, outcome.Summary.Updated, outcome.Summary.Unchanged));
        var after = KeysById(_install, "trajectories");
        Assert.Equal(before, after.Where(p => before.ContainsKey(p.Key)).ToDictionary());
        var added = Assert.Single(after.Keys.Except(before.Keys));
        Assert.InRange(after[added], 0, 255);
        // A-041 is a new participant: a key of their own beside the unchanged ones.
        var participantsAfter = ParticipantKeysByName(_install);
        Assert.Equal(participants, participantsAfter.Where(p => participants.ContainsKey(p.Key)).ToDictionary());
        Assert.InRange(participantsAfter[Participant(_install, StandardStores.AanDeMaas, "A-041")], 0, 255);
        EveryParticipantHasOneKey(_install);
    }

    [Fact]
    public void A_new_trajectory_of_a_known_participant_gets_a_key_and_the_participant_keeps_theirs()
    {
        ImportBoth(_install);
        var before = KeysById(_install, "trajectories");
        var a002 = Participant(_install, StandardStores.AanDeMaas, "A-002");
        var participants = ParticipantKeysByName(_install);

        // A-002 (bicycle workshop at BLE) also starts on the shop floor at AAN in November.
        _install.ImportOk(ImportKind.Deelnemers, "deelnemers-november.csv",
            TrajectoryRow.File(TrajectoryRow.Number(2) with { Store = "AAN", Practice = "WINKEL", Start = "01-11-2025" }));

        var added = Assert.Single(KeysById(_install, "trajectories"), p => !before.ContainsKey(p.Key));
        Assert.InRange(added.Value, 0, 255);
        Assert.Equal(participants, ParticipantKeysByName(_install));
        Assert.Equal(3, _install.Query<long>($"SELECT COUNT(*) FROM trajectories WHERE organisation_id || '/' || participant = '{a002}'"));
    }

    [Fact]
    public void Replace_removes_the_trajectories_of_a_participant_the_file_no_longer_has_and_their_key_with_them()
    {
        ImportBoth(_install);
        var trajectories = KeysById(_install, "trajectories");
        var participants = ParticipantKeysByName(_install);
        var a012 = Participant(_install, StandardStores.AanDeMaas, "A-012");
        var a007 = Participant(_install, StandardStores.AanDeMaas, "A-007");
        // Both at BLE: A-012 with one trajectory, A-007 with two and a certificate.
        var gone = _install.Rows(
            $"SELECT id FROM trajectories WHERE organisation_id || '/' || participant IN ('{a012}', '{a007}')", r => r.GetInt64(0));
        Assert.Equal(3, gone.Count);

        var outcome = _install.ImportOk(ImportKind.Deelnemers, "deelnemers-compleet.csv",
            TrajectoryRow.File(Trajectories().Where(t => t.Participant is not ("A-012" or "A-007"))), replace: true);

        Assert.Equal(3, outcome.Summary!.Removed);
        Assert.Equal(trajectories.Where(p => !gone.Contains(p.Key)).ToDictionary(), KeysById(_install, "trajectories"));
        // A-012 had nothing else: their key goes. A-007 still has a certificate, so keeps theirs.
        var expected = participants.Where(p => p.Key != a012).ToDictionary();
        Assert.Equal(expected, ParticipantKeysByName(_install));
        Assert.True(ParticipantKeysByName(_install).ContainsKey(a007));
        EveryParticipantHasOneKey(_install);
    }

    [Fact]
    public void Erasure_removes_the_participants_key_and_leaves_the_same_code_at_another_organisation()
    {
        ImportBoth(_install);
        var participants = ParticipantKeysByName(_install);
        var erased = Participant(_install, StandardStores.AanDeMaas, "A-001");
        var atZwolle = Participant(_install, StandardStores.Zwolle, "A-001");
        var certificates = KeysById(_install, "certificates");

        var outcome = new ParticipantErasure(_install.Database, _install.KeyFile).Erase(StandardStores.AanDeMaas, "A-001");

        Assert.True(outcome.Succeeded, outcome.Message);
        Assert.Equal((2, 1), (outcome.Trajectories, outcome.Certificates));
        Assert.Equal(participants.Where(p => p.Key != erased).ToDictionary(), ParticipantKeysByName(_install));
        Assert.Equal(participants[atZwolle], ParticipantKeysByName(_install)[atZwolle]);
        Assert.Equal(0, _install.Query<long>($"SELECT COUNT(*) FROM participants WHERE organisation_id || '/' || participant = '{erased}'"));
        Assert.Equal(9, KeysById(_install, "certificates").Count);
        Assert.All(KeysById(_install, "certificates"), p => Assert.Equal(certificates[p.Key], p.Value));
        EveryParticipantHasOneKey(_install);
    }

    /// <summary>Writes the demo sector's files into the installation's folder: the same rows every time.</summary>
    private static string DemoFiles(TestInstallation install)
    {
        var folder = Path.Combine(install.Folder, "demo");
        DemoSectorGenerator.Write(folder);
        return folder;
    }

    /// <summary>Seeds the demo sector from <paramref name="folder"/> with <paramref name="importer"/>, as a first start does.</summary>
    private static void SeedDemo(TestInstallation install, Importer importer, string folder) =>
        Assert.All(new DemoSeeder(install.Database, importer).Seed(folder), i => ImportAssert.Succeeded(i.Outcome));

    /// <summary>An importer of <paramref name="install"/> whose own keys come from another seed than the test installations'.</summary>
    private static Importer OtherImporter(TestInstallation install) =>
        new(install.Database, install.KeyFile, install.Clock, ImportLimits.Default, RecordKeys.Seeded(TestInstallation.RecordKeySeed + 1));

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void The_demo_sector_has_the_same_keys_on_every_installation_whatever_the_installations_own_generator(DatabaseProvider provider)
    {
        using var first = new TestInstallation(provider: provider);
        using var second = new TestInstallation(provider: provider);

        // Each writes the demo files itself; the first installation's importer draws from the test seed, the second's
        // from another: the demo draws from its files.
        SeedDemo(first, first.Importer, DemoFiles(first));
        SeedDemo(second, OtherImporter(second), DemoFiles(second));

        Assert.True(first.Count("trajectories") > 1000, "the whole demo sector");
        Assert.Equal(Keys(first, "trajectories"), Keys(second, "trajectories"));
        Assert.Equal(ParticipantKeys(first), ParticipantKeys(second));
        KeysAreInRangeAndNotAllEqual(Keys(first, "trajectories"));
        EveryParticipantHasOneKey(first);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void The_demo_sectors_certificates_draw_their_keys_from_their_file_not_from_the_installation(DatabaseProvider provider)
    {
        using var first = new TestInstallation(provider: provider);
        using var second = new TestInstallation(provider: provider);
        var folder = DemoFiles(first);

        SeedDemo(first, first.Importer, folder);
        SeedDemo(second, OtherImporter(second), folder);

        Assert.True(first.Count("certificates") > 1000, "the whole demo sector");
        Assert.Equal(Keys(first, "certificates"), Keys(second, "certificates"));
        KeysAreInRangeAndNotAllEqual(Keys(first, "certificates"));
    }

    /// <summary>
    /// What docs/privacy-en-toegang.md#afwijkingen-tegen-aftrekken promises ("zodat hij op elke installatie dezelfde
    /// afgeschermde cijfers toont") for demo files written anew, as `demo --out` and the test fixture write them.
    /// </summary>
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void The_demo_sector_written_twice_has_the_same_certificate_keys(DatabaseProvider provider)
    {
        using var first = new TestInstallation(provider: provider);
        using var second = new TestInstallation(provider: provider);

        SeedDemo(first, first.Importer, DemoFiles(first));
        SeedDemo(second, second.Importer, DemoFiles(second));

        Assert.Equal(Keys(first, "certificates"), Keys(second, "certificates"));
    }

    [Fact]
    public void Secure_keys_fall_in_0_to_255_and_take_many_values()
    {
        var keys = RecordKeys.Secure();

        var drawn = Enumerable.Range(0, 2000).Select(_ => keys.Next()).ToList();

        Assert.All(drawn, key => Assert.InRange(key, 0, 255));
        // 2,000 draws of 256 values leave on average 256 × (255/256)^2000 ≈ 0.1 unused: 200 is far below what chance gives.
        Assert.True(drawn.Distinct().Count() >= 200, $"only {drawn.Distinct().Count()} distinct keys in 2,000 draws");
    }

    [Fact]
    public void A_database_from_before_the_keys_gets_a_key_for_every_record_and_participant_when_migrated()
    {
        ImportBoth(_install);
        using (var connection = _install.Database.Open())
        {
            // Schema 8, as a database of the previous version has it.
            connection.Execute(
                """
                DROP TABLE sales_daily;
                DROP TABLE share_link_stories;
                DROP TABLE share_link_organisations;
                DROP TABLE share_links;
                DROP TABLE participants;
                DROP TABLE data_protection_keys;
                DROP TABLE value_map_rows;
                DROP TABLE value_map_settings;
                DROP TABLE stories;
                DROP TABLE annotations;
                DROP TABLE follow_ups;
                DROP TABLE investments;
                DROP TABLE organisation_contacts;
                ALTER TABLE organisations DROP COLUMN takes_part;
                ALTER TABLE practices DROP COLUMN active_since;
                DELETE FROM settings WHERE key = 'sector_min_others';
                ALTER TABLE trajectories DROP COLUMN record_key;
                ALTER TABLE certificates DROP COLUMN record_key;
                PRAGMA user_version = 8;
                """);
        }
        Assert.DoesNotContain("record_key", _install.Query<string>("SELECT sql FROM sqlite_master WHERE name = 'trajectories'"));

        _install.Database.Migrate();

        Assert.Equal(Database.SchemaVersion, _install.Query<long>("PRAGMA user_version;"));
        KeysAreInRangeAndNotAllEqual(Keys(_install, "trajectories"));
        KeysAreInRangeAndNotAllEqual(Keys(_install, "certificates"));
        Assert.Equal(41, _install.Count("participants"));
        EveryParticipantHasOneKey(_install);
        // And the figures can be computed again, for a protected viewer too.
        var service = new IndicatorService(new SnapshotCache(_install.Database), new SettingsStore(_install.Database));
        Assert.Equal(FigureStatus.Ok, service.Calculate(new IndicatorFilter(Period.Year(2025)), null, ViewerProfile.Protected).Total[IndicatorCode.P1].Status);
    }

    private Exporter Exporter() => new(new IndicatorService(new SnapshotCache(_install.Database), new SettingsStore(_install.Database)),
        new TargetStore(_install.Database), new TheoryOfChangeStore(_install.Database), new AnnotationStore(_install.Database), new StoryStore(_install.Database));

    private static ExportRequest Overzicht(ViewerProfile profile) =>
        new(ExportView.Overzicht, new IndicatorFilter(Period.Year(2025)), profile, new DateOnly(2026, 11, 15));

    /// <summary>Every part of a workbook as text: the sheets, shared strings, properties and whatever else it holds.</summary>
    private static string WorkbookText(byte[] xlsx)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx), ZipArchiveMode.Read);
        return string.Join("\n", zip.Entries.Select(entry =>
        {
            using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
            return entry.FullName + "\n" + reader.ReadToEnd();
        }));
    }

    [Fact]
    public void No_export_carries_a_key_and_a_protected_export_is_the_same_to_the_byte_every_time()
    {
        ImportBoth(_install);

        foreach (var profile in new[] { ViewerProfile.Protected, ViewerProfile.Exact })
        {
            var csv = Encoding.UTF8.GetString(Exporter().Render(Overzicht(profile), ExportFormat.Csv).Bytes);
            var xlsx = WorkbookText(Exporter().Render(Overzicht(profile), ExportFormat.Xlsx).Bytes);

            Assert.DoesNotContain("record_key", csv, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("record_key", xlsx, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("Winkel", csv, StringComparison.OrdinalIgnoreCase); // the export has its rows at all
        }
        // Twice from one service, and once more from a new one, as after a restart: the same perturbed figures.
        var exporter = Exporter();
        var first = exporter.Render(Overzicht(ViewerProfile.Protected), ExportFormat.Csv).Bytes;
        Assert.Equal(first, exporter.Render(Overzicht(ViewerProfile.Protected), ExportFormat.Csv).Bytes);
        Assert.Equal(first, Exporter().Render(Overzicht(ViewerProfile.Protected), ExportFormat.Csv).Bytes);
    }

    public void Dispose() => _install.Dispose();
}
