using Dashboard.Data.Imports;
using Dashboard.Data.Imports.Privacy;
using Dashboard.Data.Installation;
using Dashboard.Data.Storage;
using Dashboard.Data.Stories;
using Dashboard.Tests.Installation.Demo;
using Dashboard.Tests.Storage;
using Dashboard.Tests.TestSupport;
using Microsoft.Data.Sqlite;

namespace Dashboard.Tests.Installation;

/// <summary>A backup is a consistent copy of a live installation, also in the middle of an import, and never half a backup.</summary>
public sealed class BackupTests : IDisposable
{
    private readonly TestInstallation _install = new TestInstallation().WithStandardStores();
    private readonly TemporaryFolder _backups = new();

    private InstallationFiles Files => new(_install.Database.Path, _install.KeyFile, Path.Combine(_install.Folder, "cookie-sleutels"));

    private void ImportParticipantsAndSales()
    {
        _install.ImportOk(ImportKind.Deelnemers, "deelnemers.csv", TrajectoryRow.File(Enumerable.Range(1, 12).Select(TrajectoryRow.Number)));
        _install.ImportOk(ImportKind.Verkopen, "verkopen-2025.csv",
            SaleRow.File(SaleRow.Days("AAN", "WINKEL", new DateOnly(2025, 1, 1), new DateOnly(2025, 3, 31))));
    }

    /// <summary>Three years of daily sales in every practice: over 20,000 rows, written in one transaction.</summary>
    private string LargeSalesFile()
    {
        var rows = new[] { ("AAN", "WINKEL"), ("AAN", "REST"), ("BLE", "FIETS"), ("ZWO", "WINKEL"), ("ZWO", "TEXT") }
            .SelectMany((p, i) => SaleRow.Days(p.Item1, p.Item2, new DateOnly(2022, 1, 1), new DateOnly(2024, 12, 31), variant: i + 1));
        return _install.WriteFile("verkopen-groot.csv", SaleRow.File(rows));
    }

    [Fact]
    public async Task A_backup_taken_during_an_import_restores_to_the_figures_of_before_or_after_never_between()
    {
        ImportParticipantsAndSales();
        var before = AllFigures.Of(_install.Database);
        var file = LargeSalesFile();
        using var writing = new ManualResetEventSlim();
        using var firstBackupTaken = new ManualResetEventSlim();
        // The import pauses once, with thousands of rows written but not committed, until the first backup is complete.
        var progress = new Pause(p => p is { Phase: ImportPhase.Checking, RowsWritten: > 0 }, writing, firstBackupTaken);

        var import = Task.Run(() => _install.Importer.Import(new ImportRequest(ImportKind.Verkopen, file), progress));
        Assert.True(writing.Wait(TimeSpan.FromMinutes(2)), "the import never started writing");
        var backups = new List<string> { TakeBackup(0) };
        firstBackupTaken.Set();
        while (!import.IsCompleted && backups.Count < 20)
        {
            backups.Add(TakeBackup(backups.Count));
        }
        ImportAssert.Succeeded(await import);
        backups.Add(TakeBackup(backups.Count));
        var after = AllFigures.Of(_install.Database);
        Assert.NotEqual(before, after);

        var restored = backups.Select(Restored).ToList();
        Assert.All(restored, r => Assert.Equal("ok", r.Integrity));
        Assert.All(restored, r => Assert.True(r.Figures.SequenceEqual(before) || r.Figures.SequenceEqual(after),
            $"a backup restored to figures that are neither before nor after the import:\n{string.Join("\n", r.Figures)}"));
        Assert.Equal(before, restored[0].Figures);
        Assert.Equal(after, restored[^1].Figures);
    }

    private string TakeBackup(int n)
    {
        var folder = _backups.Sub($"backup-{n}");
        Backup.Create(Files, folder, _install.Clock);
        return folder;
    }

    private (string Integrity, List<string> Figures) Restored(string backup)
    {
        var target = _backups.Sub("hersteld-" + Path.GetFileName(backup));
        var database = Path.Combine(target, "impact.db");
        Restore.Run(backup, new InstallationFiles(database, Path.Combine(target, "impact.key")), _install.Clock);
        using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        connection.Open();
        using var check = connection.CreateCommand();
        check.CommandText = "PRAGMA integrity_check;";
        return ((string)check.ExecuteScalar()!, AllFigures.Of(new Database(database)));
    }

    [Fact]
    public void A_backup_holds_the_database_the_key_and_the_cookie_keys_with_a_manifest_of_their_checksums_and_row_counts()
    {
        ImportParticipantsAndSales();
        _install.ImportOk(ImportKind.Investeringen, "investeringen.csv", InvestmentRow.File(new InvestmentRow(), new InvestmentRow { Funder = "fonds" }));
        _install.ImportOk(ImportKind.Deelnemers, "afgelopen.csv", TrajectoryRow.File(TrajectoryRow.Number(1).Ended("31-08-2025")));
        _install.ImportOk(ImportKind.Nametingen, "nametingen.csv", FollowUpRow.File(new FollowUpRow(), new FollowUpRow { Date = "01-09-2026" }));
        new StoryStore(_install.Database, _install.Clock).Save(new StoryDraft(_install.Query<long>("SELECT MIN(id) FROM practices"))
        {
            Title = "Sanne", Text = "Sanne werkt nu in de winkel.", Date = TestInstallation.Today, ConsentDate = TestInstallation.Today,
        });
        Directory.CreateDirectory(Files.CookieKeysFolder!);
        File.WriteAllText(Path.Combine(Files.CookieKeysFolder!, "key-1.xml"), "<key/>");
        var folder = _backups.Sub("nacht");

        var manifest = Backup.Create(Files, folder, _install.Clock);

        Assert.Equal(["cookie-sleutels/key-1.xml", "impact.db", "impact.key", "manifest.json"],
            Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')).Order());
        Assert.Equal(manifest, BackupManifest.Read(folder) with { RowCounts = manifest.RowCounts, Files = manifest.Files });
        Assert.Equal(Database.SchemaVersion, manifest.SchemaVersion);
        Assert.Equal(ParticipantKey.Load(_install.KeyFile)!.Fingerprint, manifest.KeyFingerprint);
        Assert.Equal(_install.Count("sales"), manifest.RowCounts["sales"]);
        Assert.Equal(12, manifest.RowCounts["trajectories"]);
        Assert.Equal(2, manifest.RowCounts["investments"]);
        Assert.Equal(2, manifest.RowCounts["follow_ups"]);
        Assert.Equal(1, manifest.RowCounts["stories"]);
        Assert.Equal(_install.Clock.GetUtcNow(), manifest.CreatedAt);
        Assert.All(manifest.Files, f => Assert.Equal(BackupManifest.Sha256(Path.Combine(folder, f.Key)), f.Value));
        Assert.Equal(File.ReadAllBytes(_install.KeyFile), File.ReadAllBytes(Path.Combine(folder, "impact.key")));
    }

    [Fact]
    public void Every_file_of_a_backup_is_readable_by_its_owner_only_also_under_crons_umask()
    {
        ImportParticipantsAndSales();
        Directory.CreateDirectory(Files.CookieKeysFolder!);
        File.WriteAllText(Path.Combine(Files.CookieKeysFolder!, "key-1.xml"), "<key/>");
        var folder = _backups.Sub("nacht");

        Backup.Create(Files, folder, _install.Clock);

        if (OperatingSystem.IsWindows())
        {
            return; // file modes are Unix's
        }
        var modes = new Dictionary<string, UnixFileMode>();
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            modes[Path.GetRelativePath(folder, file)] = File.GetUnixFileMode(file);
        }
        Assert.Equal(4, modes.Count);
        Assert.All(modes, file => Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, file.Value));
    }

    [Fact]
    public void A_folder_that_exists_and_is_not_empty_is_refused_and_left_alone()
    {
        var folder = _backups.Sub("bezet");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "iets.txt"), "van iemand anders");

        var refused = Assert.Throws<BackupRefusedException>(() => Backup.Create(Files, folder, _install.Clock));

        Assert.Contains("bestaat al en is niet leeg", refused.Message);
        Assert.Equal(["iets.txt"], Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName));
    }

    [Fact]
    public void An_existing_empty_folder_is_used()
    {
        var folder = _backups.Sub("leeg");
        Directory.CreateDirectory(folder);

        Backup.Create(Files, folder, _install.Clock);

        Assert.True(File.Exists(Path.Combine(folder, BackupManifest.FileName)));
    }

    [Fact]
    public void A_backup_that_fails_halfway_leaves_nothing_that_looks_like_a_backup()
    {
        ImportParticipantsAndSales();
        // Another installation's key: found only after the database has been copied.
        File.Delete(_install.KeyFile);
        File.WriteAllText(_install.KeyFile, Convert.ToBase64String(new byte[32]));
        var folder = _backups.Sub("mislukt");

        var refused = Assert.Throws<BackupRefusedException>(() => Backup.Create(Files, folder, _install.Clock));

        Assert.Contains("hoort niet bij deze database", refused.Message);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_backups.Path));
    }

    [Fact]
    public void Without_the_key_file_a_database_with_participants_is_not_backed_up()
    {
        ImportParticipantsAndSales();
        File.Delete(_install.KeyFile);

        var refused = Assert.Throws<BackupRefusedException>(() => Backup.Create(Files, _backups.Sub("zonder-sleutel"), _install.Clock));

        Assert.Contains("sleutelbestand voor deelnemerscodes ontbreekt", refused.Message);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_backups.Path));
    }

    public void Dispose()
    {
        _install.Dispose();
        _backups.Dispose();
    }

    /// <summary>Reports synchronously on the importing thread, and holds it once when <paramref name="when"/> first holds.</summary>
    private sealed class Pause(Func<ImportProgress, bool> when, ManualResetEventSlim reached, ManualResetEventSlim resume) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value)
        {
            if (!reached.IsSet && when(value))
            {
                reached.Set();
                resume.Wait(TimeSpan.FromMinutes(2));
            }
        }
    }
}
