using System.Text.Json.Nodes;
using Dashboard.Data.Administration;
using Dashboard.Data.Imports;
using Dashboard.Data.Imports.Privacy;
using Dashboard.Data.Installation;
using Dashboard.Data.Storage;
using Dashboard.Tests.Installation.Demo;
using Dashboard.Tests.Storage;
using Dashboard.Tests.TestSupport;
using Microsoft.Data.Sqlite;

namespace Dashboard.Tests.Installation;

/// <summary>A restore puts back exactly what was backed up, keeps what it replaces, and refuses any copy it cannot trust.</summary>
public sealed class RestoreTests : IDisposable
{
    private readonly TestInstallation _install = new TestInstallation().WithStandardStores();
    private readonly TemporaryFolder _backups = new();
    private readonly string _backup;
    private readonly List<string> _backedUpFigures;

    public RestoreTests()
    {
        _install.ImportOk(ImportKind.Deelnemers, "deelnemers.csv", TrajectoryRow.File(Enumerable.Range(1, 12).Select(TrajectoryRow.Number)));
        _install.ImportOk(ImportKind.Verkopen, "verkopen-2025.csv",
            SaleRow.File(SaleRow.Days("AAN", "WINKEL", new DateOnly(2025, 1, 1), new DateOnly(2025, 3, 31))));
        _backedUpFigures = AllFigures.Of(_install.Database);
        _backup = _backups.Sub("nacht");
        Backup.Create(Files, _backup, _install.Clock);
        // Life goes on after the backup.
        _install.ImportOk(ImportKind.Verkopen, "verkopen-2025-q2.csv",
            SaleRow.File(SaleRow.Days("ZWO", "WINKEL", new DateOnly(2025, 4, 1), new DateOnly(2025, 6, 30))));
        _install.ImportOk(ImportKind.Deelnemers, "deelnemers-2.csv", TrajectoryRow.File(Enumerable.Range(13, 5).Select(TrajectoryRow.Number)));
    }

    private InstallationFiles Files => new(_install.Database.Path, _install.KeyFile, Path.Combine(_install.Folder, "cookie-sleutels"));

    private string BackupFile(string name) => Path.Combine(_backup, name);

    [Fact]
    public void A_good_restore_brings_back_the_same_figures_and_keeps_the_replaced_files_aside()
    {
        var lastFigures = AllFigures.Of(_install.Database);
        var lastSales = _install.Count("sales");
        var key = File.ReadAllBytes(_install.KeyFile);
        Assert.NotEqual(_backedUpFigures, lastFigures);

        var outcome = Restore.Run(_backup, Files, _install.Clock);

        Assert.Equal(_backedUpFigures, AllFigures.Of(new Database(_install.Database.Path)));
        Assert.Equal(12, _install.Count("trajectories"));
        Assert.Equal(Path.Combine(_install.Folder, "vervangen-2026-11-15T120000"), outcome.ReplacedFolder);
        Assert.Equal(key, File.ReadAllBytes(Path.Combine(outcome.ReplacedFolder!, "impact.key")));
        var replaced = new Database(Path.Combine(outcome.ReplacedFolder!, "impact.db"));
        Assert.Equal(lastFigures, AllFigures.Of(replaced));
        using (var connection = replaced.Open())
        {
            Assert.Equal(lastSales, connection.Scalar<long>("SELECT COUNT(*) FROM sales"));
        }
        Assert.False(outcome.Migrated);
        Assert.Empty(Directory.EnumerateDirectories(_install.Folder, ".herstel-*"));
    }

    [Fact]
    public void The_follow_ups_come_back_with_their_trajectories()
    {
        _install.ImportOk(ImportKind.Deelnemers, "afgelopen.csv", TrajectoryRow.File(TrajectoryRow.Number(1).Ended("31-08-2025"), TrajectoryRow.Number(2).Ended("31-08-2025")));
        _install.ImportOk(ImportKind.Nametingen, "nametingen.csv", FollowUpRow.File(new FollowUpRow(), new FollowUpRow { Participant = "A-002", Situation = "uitkering" }));
        const string followUps = "SELECT f.follow_up_date, f.situation, f.record_key, t.start_date FROM follow_ups f JOIN trajectories t ON t.id = f.trajectory_id ORDER BY f.id";
        var stored = _install.Lines(followUps);
        var backup = _backups.Sub("met-nametingen");
        Backup.Create(Files, backup, _install.Clock);
        _install.ImportOk(ImportKind.Nametingen, "later.csv", FollowUpRow.File(new FollowUpRow { Situation = "opleiding" }), replace: true);

        Restore.Run(backup, Files, _install.Clock);

        Assert.Equal(2, stored.Count);
        Assert.Equal(stored, _install.Lines(followUps));
    }

    [Fact]
    public void A_login_that_ended_after_the_backup_does_not_come_back_with_it_nor_does_any_other()
    {
        var users = new UserStore(_install.Database, _install.Clock);
        var sessions = new SessionStore(_install.Database, _install.Clock);
        var id = users.Create(new UserDraft("anna", "Anna", Role.Beheerder, true, new HashSet<long>()), "hash", mustChangePassword: false);
        var loggedOut = sessions.Start(id);
        var open = sessions.Start(id);
        var backup = _backups.Sub("met-sessies");
        Backup.Create(Files, backup, _install.Clock);
        sessions.End(loggedOut);

        Restore.Run(backup, Files, _install.Clock);

        Assert.False(sessions.IsCurrent(loggedOut, id, used: false));
        Assert.False(sessions.IsCurrent(open, id, used: false));
        Assert.Equal("anna", users.Find(id)!.UserName);
    }

    [Fact]
    public void The_restored_key_is_the_one_the_restored_participants_were_stored_with()
    {
        Restore.Run(_backup, Files, _install.Clock);

        // Re-importing the same people finds them again instead of storing them twice.
        _install.ImportOk(ImportKind.Deelnemers, "deelnemers.csv", TrajectoryRow.File(Enumerable.Range(1, 12).Select(TrajectoryRow.Number)));
        Assert.Equal(12, _install.Count("trajectories"));
        using var connection = _install.Database.Open();
        Assert.Equal(ParticipantKey.Load(_install.KeyFile)!.Fingerprint, ParticipantKey.StoredFingerprint(connection));
    }

    [Fact]
    public void A_second_restore_in_the_same_second_keeps_the_first_replaced_files_too()
    {
        var first = Restore.Run(_backup, Files, _install.Clock);
        var second = Restore.Run(_backup, Files, _install.Clock);

        Assert.Equal(first.ReplacedFolder + "-2", second.ReplacedFolder);
        Assert.True(File.Exists(Path.Combine(first.ReplacedFolder!, "impact.db")));
    }

    [Fact]
    public void A_copy_from_an_older_version_is_migrated()
    {
        // Make the backup look like one from before the users, the audit log, the sessions, the record keys, the value map, the
        // investments, the sector, the follow-ups, the stories, the annotations, the share links and the day totals existed (schema 3).
        Tamper("impact.db", path =>
        {
            using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
            connection.Open();
            connection.Execute("DROP TABLE sales_daily; DROP TABLE share_link_stories; DROP TABLE share_link_organisations; DROP TABLE share_links; DROP TABLE known_login_addresses; DROP TABLE login_throttle; DROP TABLE sessions; DROP TABLE user_organisations; DROP TABLE users; DROP TABLE audit_log; " +
                               "DROP TABLE stories; DROP TABLE annotations; DROP TABLE follow_ups; DROP TABLE investments; DROP TABLE organisation_contacts; ALTER TABLE organisations DROP COLUMN takes_part; ALTER TABLE practices DROP COLUMN active_since; " +
                               "DELETE FROM settings WHERE key = 'sector_min_others'; DROP TABLE value_map_rows; DROP TABLE value_map_settings; DROP TABLE data_protection_keys; DROP TABLE participants; ALTER TABLE trajectories DROP COLUMN record_key; ALTER TABLE certificates DROP COLUMN record_key; PRAGMA user_version = 3;");
        });
        RewriteManifest(m =>
        {
            m["schemaVersion"] = 3;
            var counts = m["rowCounts"]!.AsObject();
            counts.Remove("known_login_addresses");
            counts.Remove("login_throttle");
            counts.Remove("sessions");
            counts.Remove("user_organisations");
            counts.Remove("users");
            counts.Remove("audit_log");
            counts.Remove("participants");
            counts.Remove("data_protection_keys");
            counts.Remove("value_map_rows");
            counts.Remove("value_map_settings");
            counts.Remove("investments");
            counts.Remove("follow_ups");
            counts.Remove("stories");
            counts.Remove("annotations");
            counts.Remove("organisation_contacts");
            counts.Remove("share_links");
            counts.Remove("share_link_organisations");
            counts.Remove("share_link_stories");
            counts.Remove("sales_daily");
            counts["settings"] = (long)counts["settings"]! - 1;
        });

        var outcome = Restore.Run(_backup, Files, _install.Clock);

        Assert.True(outcome.Migrated);
        Assert.Equal(3, outcome.MigratedFrom);
        Assert.Equal(Database.SchemaVersion, _install.Query<long>("PRAGMA user_version"));
        Assert.Equal(0, _install.Count("audit_log"));
        Assert.Equal(_backedUpFigures, AllFigures.Of(new Database(_install.Database.Path)));
    }

    public static TheoryData<string, string> Refusals => new()
    {
        { "bytes flipped in the copied database", "is veranderd of beschadigd: de controlesom klopt niet" },
        { "bytes flipped and the checksum made to match", "De database in de back-up is beschadigd" },
        { "another installation's key", "hoort niet bij de database in de back-up (andere vingerafdruk)" },
        { "the key left out", "bevat geen sleutelbestand" },
        { "row counts that differ from the manifest", "klopt niet met manifest.json" },
        { "a newer schema version", "nieuwer dan deze versie van het dashboard" },
        { "no manifest", "dit is geen volledige back-up" },
        { "a manifest naming a file outside the backup", "niet in een back-up hoort" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void A_copy_that_cannot_be_trusted_is_refused_and_nothing_changes(string damage, string message)
    {
        Damage(damage);
        var snapshot = _install.Snapshot();
        var key = File.ReadAllBytes(_install.KeyFile);
        var entries = Directory.EnumerateFileSystemEntries(_install.Folder).Order().ToList();

        var refused = Assert.Throws<BackupRefusedException>(() => Restore.Run(_backup, Files, _install.Clock));

        Assert.Contains(message, refused.Message);
        Assert.Equal(snapshot, _install.Snapshot());
        Assert.Equal(key, File.ReadAllBytes(_install.KeyFile));
        Assert.Equal(entries, Directory.EnumerateFileSystemEntries(_install.Folder).Order());
    }

    [Fact]
    public void While_another_connection_has_the_database_open_the_restore_is_refused_and_nothing_changes()
    {
        var snapshot = _install.Snapshot();
        var entries = Directory.EnumerateFileSystemEntries(_install.Folder).Order().ToList();
        using (var server = _install.Database.Open())
        {
            server.Scalar<long>("SELECT COUNT(*) FROM sales");

            var refused = Assert.Throws<BackupRefusedException>(() => Restore.Run(_backup, Files, _install.Clock));

            Assert.Contains("is in gebruik, waarschijnlijk door de draaiende server", refused.Message);
        }
        Assert.Equal(snapshot, _install.Snapshot());
        Assert.Equal(entries, Directory.EnumerateFileSystemEntries(_install.Folder).Order());
    }

    private void Damage(string damage)
    {
        switch (damage)
        {
            case "bytes flipped in the copied database":
                FlipBytes(BackupFile("impact.db"));
                break;
            case "bytes flipped and the checksum made to match":
                Tamper("impact.db", FlipBytes);
                break;
            case "another installation's key":
                Tamper("impact.key", path => File.WriteAllText(path, Convert.ToBase64String(Enumerable.Repeat((byte)7, 32).ToArray())));
                break;
            case "the key left out":
                File.Delete(BackupFile("impact.key"));
                RewriteManifest(m => m["files"]!.AsObject().Remove("impact.key"));
                break;
            case "row counts that differ from the manifest":
                RewriteManifest(m => m["rowCounts"]!["sales"] = 1);
                break;
            case "a newer schema version":
                Tamper("impact.db", path =>
                {
                    using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
                    connection.Open();
                    connection.Execute($"PRAGMA user_version = {Database.SchemaVersion + 1};");
                });
                RewriteManifest(m => m["schemaVersion"] = Database.SchemaVersion + 1);
                break;
            case "no manifest":
                File.Delete(BackupFile(BackupManifest.FileName));
                break;
            case "a manifest naming a file outside the backup":
                RewriteManifest(m => m["files"]!["../impact.db"] = "00");
                break;
            default:
                throw new ArgumentException(damage);
        }
    }

    /// <summary>Flips bytes in the middle of every page after the first few, where table rows live.</summary>
    private static void FlipBytes(string path)
    {
        var bytes = File.ReadAllBytes(path);
        for (var page = 4096 * 3; page < bytes.Length; page += 4096)
        {
            for (var i = page + 100; i < page + 400; i++)
            {
                bytes[i] ^= 0x5A;
            }
        }
        File.WriteAllBytes(path, bytes);
    }

    /// <summary>Changes a file of the backup and makes the manifest's checksum match again, as someone covering their tracks would.</summary>
    private void Tamper(string name, Action<string> change)
    {
        change(BackupFile(name));
        RewriteManifest(m => m["files"]![name] = BackupManifest.Sha256(BackupFile(name)));
    }

    private void RewriteManifest(Action<JsonObject> change)
    {
        var path = BackupFile(BackupManifest.FileName);
        var manifest = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        change(manifest);
        File.WriteAllText(path, manifest.ToJsonString());
    }

    public void Dispose()
    {
        _install.Dispose();
        _backups.Dispose();
    }
}
