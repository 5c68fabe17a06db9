using System.Data.Common;
using System.Globalization;
using Dashboard.Data.Imports;
using Dashboard.Data.Imports.Privacy;
using Dashboard.Data.Storage;
using Microsoft.Data.Sqlite;

namespace Dashboard.Data.Installation;

/// <summary>
/// Puts a backup made by <see cref="Backup"/> in place of an installation's files, after checking it; refuses,
/// changing nothing, when the copy is damaged, differs from its manifest, is newer than this build, or comes with a
/// key file that is not the one its database was written with. The replaced files are kept in a dated folder
/// beside the database ("vervangen-2026-11-28T031500"), and a copy from an older build is migrated.
/// </summary>
/// <remarks>
/// Run it with the server stopped. A server that still has the database open is refused: the restore needs an
/// exclusive lock on the database, which SQLite cannot give while another connection holds it. That check cannot
/// see a server that has closed its idle connections, and such a server would keep serving cached figures, so the
/// operator stops the server first and starts it again afterwards.
///
/// Every file is first copied from the backup to a staging folder beside the database and checked there, so what
/// is checked is exactly what is put in place, the backup folder itself is never opened for writing, and the
/// final moves are renames on one file system. When a move fails, the moves done so far are undone.
/// </remarks>
public static class Restore
{
    public static RestoreOutcome Run(string backupFolder, InstallationFiles installation, TimeProvider clock)
    {
        var source = Path.GetFullPath(backupFolder);
        if (!Directory.Exists(source))
        {
            throw new BackupRefusedException($"De back-upmap '{source}' bestaat niet.");
        }
        var manifest = BackupManifest.Read(source);
        var databaseFolder = Path.GetDirectoryName(Path.GetFullPath(installation.DatabaseFile))!;
        Directory.CreateDirectory(databaseFolder);
        var staging = Path.Combine(databaseFolder, $".herstel-{Guid.NewGuid():N}");
        Backup.CreatePrivateFolder(staging);
        try
        {
            Stage(source, manifest, staging);
            var schemaVersion = Check(staging, manifest);
            RefuseWhileInUse(installation.DatabaseFile);
            var replaced = PutInPlace(staging, manifest, installation, clock);
            var database = new Database(installation.DatabaseFile);
            database.Migrate();
            EndSessions(database);
            return new RestoreOutcome(manifest, replaced, schemaVersion);
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }

    /// <summary>
    /// Nobody stays signed in across a restore: the copy's sessions may since have been ended by a logout or a new
    /// password, and restoring them would bring such a login back to life with the cookie keys that come along.
    /// </summary>
    private static void EndSessions(Database database)
    {
        using var connection = database.Open();
        connection.Execute("DELETE FROM sessions");
    }

    /// <summary>Copies every file the manifest names and compares its checksum; a missing or changed file refuses the backup.</summary>
    private static void Stage(string source, BackupManifest manifest, string staging)
    {
        foreach (var (name, checksum) in manifest.Files)
        {
            var from = Path.Combine(source, name);
            if (!File.Exists(from))
            {
                throw new BackupRefusedException($"De back-up is onvolledig: '{name}' ontbreekt in '{source}'.");
            }
            var to = Path.Combine(staging, name);
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(from, to);
            if (!string.Equals(BackupManifest.Sha256(to), checksum, StringComparison.OrdinalIgnoreCase))
            {
                throw new BackupRefusedException(
                    $"'{name}' in de back-up is veranderd of beschadigd: de controlesom klopt niet met {BackupManifest.FileName}.");
            }
        }
    }

    /// <summary>The staged copy's own checks; returns its schema version.</summary>
    private static int Check(string staging, BackupManifest manifest)
    {
        CopyFacts facts;
        try
        {
            using var connection = DatabaseCopy.Open(Path.Combine(staging, BackupManifest.DatabaseFile));
            var verdict = DatabaseCopy.IntegrityCheck(connection);
            if (verdict != "ok")
            {
                throw new BackupRefusedException($"De database in de back-up is beschadigd (integrity_check: {verdict}).");
            }
            facts = DatabaseCopy.Facts(connection);
        }
        catch (SqliteException damaged)
        {
            throw new BackupRefusedException($"De database in de back-up is beschadigd: {damaged.Message}");
        }
        if (facts.SchemaVersion > Database.SchemaVersion)
        {
            throw new BackupRefusedException(
                $"De back-up heeft schemaversie {facts.SchemaVersion}, nieuwer dan deze versie van het dashboard ({Database.SchemaVersion}). " +
                "Zet hem terug met de versie van het dashboard die hem gemaakt heeft, of een nieuwere.");
        }
        if (facts.SchemaVersion != manifest.SchemaVersion || facts.KeyFingerprint != manifest.KeyFingerprint
            || !facts.RowCounts.OrderBy(c => c.Key, StringComparer.Ordinal).SequenceEqual(manifest.RowCounts.OrderBy(c => c.Key, StringComparer.Ordinal)))
        {
            throw new BackupRefusedException(
                $"De database in de back-up klopt niet met {BackupManifest.FileName} (schemaversie, sleutel of aantallen rijen verschillen).");
        }
        RefuseAnotherKey(staging, manifest, facts.KeyFingerprint);
        return facts.SchemaVersion;
    }

    private static void RefuseAnotherKey(string staging, BackupManifest manifest, string? storedFingerprint)
    {
        if (!manifest.HasKey)
        {
            if (storedFingerprint is not null)
            {
                throw new BackupRefusedException(
                    "De back-up bevat geen sleutelbestand voor deelnemerscodes, terwijl de database er een gebruikt. Zonder die sleutel kan hij niet terug.");
            }
            return;
        }
        string fingerprint;
        try
        {
            fingerprint = ParticipantKey.Load(Path.Combine(staging, BackupManifest.KeyFile))!.Fingerprint;
        }
        catch (ImportRefusedException damaged)
        {
            throw new BackupRefusedException(damaged.Message);
        }
        if (storedFingerprint is not null && fingerprint != storedFingerprint)
        {
            throw new BackupRefusedException(
                "Het sleutelbestand in de back-up hoort niet bij de database in de back-up (andere vingerafdruk). " +
                "Met die sleutel zouden alle deelnemers bij een volgende import dubbel worden opgeslagen.");
        }
    }

    /// <summary>
    /// Refuses while another connection has the database open: in WAL mode every open connection holds a shared lock,
    /// so an exclusive one is only granted to the last. When granted, the WAL is checkpointed into the file, so what is
    /// kept aside is complete in one file.
    /// </summary>
    private static void RefuseWhileInUse(string databaseFile)
    {
        if (!File.Exists(databaseFile))
        {
            return;
        }
        // This process's own idle pooled connections are not the server's.
        SqliteConnection.ClearAllPools();
        using var probe = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = databaseFile,
            Mode = SqliteOpenMode.ReadWrite,
            Pooling = false,
            DefaultTimeout = 2,
        }.ToString());
        try
        {
            probe.Open();
            probe.Execute("PRAGMA locking_mode = EXCLUSIVE;");
            probe.Execute("BEGIN EXCLUSIVE; SELECT COUNT(*) FROM sqlite_master; COMMIT;");
            probe.Execute("PRAGMA wal_checkpoint(TRUNCATE);");
        }
        catch (SqliteException busy) when (busy.SqliteErrorCode is 5 or 6) // SQLITE_BUSY, SQLITE_LOCKED
        {
            throw new BackupRefusedException(
                $"De database '{databaseFile}' is in gebruik, waarschijnlijk door de draaiende server. " +
                "Stop de server, zet dan de back-up terug en start de server daarna weer.");
        }
    }

    /// <summary>Moves the current files aside and the staged ones in; undoes the moves done so far when one fails.</summary>
    private static string? PutInPlace(string staging, BackupManifest manifest, InstallationFiles installation, TimeProvider clock)
    {
        var databaseFile = Path.GetFullPath(installation.DatabaseFile);
        var keyFile = Path.GetFullPath(installation.KeyFile);
        var current = new List<string> { databaseFile, databaseFile + "-wal", databaseFile + "-shm", keyFile }.Where(File.Exists).ToList();
        var cookieKeys = manifest.HasCookieKeys && installation.CookieKeysFolder is { } folder && Directory.Exists(folder) ? folder : null;
        string? aside = null;
        var moves = new List<(string From, string To)>();
        try
        {
            if (current.Count > 0 || cookieKeys is not null)
            {
                aside = AsideFolder(Path.GetDirectoryName(databaseFile)!, clock);
                foreach (var file in current)
                {
                    Move(file, Path.Combine(aside, Path.GetFileName(file)), moves);
                }
                if (cookieKeys is not null)
                {
                    Move(cookieKeys, Path.Combine(aside, Path.GetFileName(cookieKeys)), moves);
                }
            }
            Move(Path.Combine(staging, BackupManifest.DatabaseFile), databaseFile, moves);
            if (manifest.HasKey)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(keyFile)!);
                Move(Path.Combine(staging, BackupManifest.KeyFile), keyFile, moves);
            }
            if (manifest.HasCookieKeys && installation.CookieKeysFolder is { } cookieTarget)
            {
                Move(Path.Combine(staging, BackupManifest.CookieKeysFolder), cookieTarget, moves);
            }
            return aside;
        }
        catch
        {
            foreach (var (from, to) in Enumerable.Reverse(moves))
            {
                Move(to, from, null);
            }
            if (aside is not null && !Directory.EnumerateFileSystemEntries(aside).Any())
            {
                Directory.Delete(aside);
            }
            throw;
        }
    }

    private static void Move(string from, string to, List<(string From, string To)>? moves)
    {
        if (Directory.Exists(from))
        {
            Directory.Move(from, to);
        }
        else
        {
            File.Move(from, to);
        }
        moves?.Add((from, to));
    }

    private static string AsideFolder(string databaseFolder, TimeProvider clock)
    {
        var name = Database.AsideFolderPrefix + clock.GetLocalNow().ToString("yyyy-MM-dd'T'HHmmss", CultureInfo.InvariantCulture);
        var path = Path.Combine(databaseFolder, name);
        for (var n = 2; Directory.Exists(path) || File.Exists(path); n++)
        {
            path = Path.Combine(databaseFolder, $"{name}-{n}");
        }
        Backup.CreatePrivateFolder(path);
        return path;
    }
}
