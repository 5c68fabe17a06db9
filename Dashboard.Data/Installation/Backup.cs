using System.Data.Common;
using Dashboard.Data.Imports;
using Dashboard.Data.Imports.Privacy;
using Dashboard.Data.Storage;

namespace Dashboard.Data.Installation;

/// <summary>
/// Writes a backup while the server runs and may be importing: the database, the participant key file, the
/// cookie-signing keys when there are any, and a <see cref="BackupManifest"/>.
/// </summary>
/// <remarks>
/// The database is copied with <c>VACUUM INTO</c>, not with the online backup API
/// (<c>DbConnection.BackupDatabase</c>). Both read inside one read transaction, which in WAL mode is a snapshot
/// of the last commit: an import running meanwhile writes on into the WAL without waiting for the backup, and the
/// copy holds either all of its transaction or none of it (every import is one transaction). VACUUM INTO is one
/// statement on the installation's own connection, writes a fresh, compacted file with no -wal beside it, and
/// refuses to overwrite an existing file; the backup API needs a second open database as its destination and
/// copies free pages too. SQLite does not fsync VACUUM INTO's output, so it is flushed here before it counts.
///
/// A crash halfway never leaves something that looks like a complete backup: everything is written into a hidden
/// sibling folder (".&lt;naam&gt;.onvolledig-…"), the manifest last, and only then is that folder renamed to the
/// requested name — one rename on the same file system.
/// </remarks>
public static class Backup
{
    public static BackupManifest Create(InstallationFiles installation, string outFolder, TimeProvider clock)
    {
        var target = Path.GetFullPath(outFolder).TrimEnd(Path.DirectorySeparatorChar);
        if (!File.Exists(installation.DatabaseFile))
        {
            throw new BackupRefusedException($"Er is geen database om te bewaren: '{installation.DatabaseFile}' bestaat niet.");
        }
        if (File.Exists(target) || Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any())
        {
            throw new BackupRefusedException($"'{target}' bestaat al en is niet leeg. Kies een nieuwe map voor elke back-up.");
        }
        var parent = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(parent);
        var working = Path.Combine(parent, $".{Path.GetFileName(target)}.onvolledig-{Guid.NewGuid():N}");
        CreatePrivateFolder(working);
        try
        {
            var manifest = Write(installation, working, clock);
            if (Directory.Exists(target))
            {
                Directory.Delete(target);
            }
            Directory.Move(working, target);
            return manifest;
        }
        catch
        {
            Directory.Delete(working, recursive: true);
            throw;
        }
    }

    private static BackupManifest Write(InstallationFiles installation, string folder, TimeProvider clock)
    {
        var createdAt = clock.GetUtcNow();
        var copy = Path.Combine(folder, BackupManifest.DatabaseFile);
        using (var connection = new Database(installation.DatabaseFile).Open())
        {
            connection.Execute("VACUUM INTO @file;", null, ("@file", copy));
        }
        CopyFacts facts;
        using (var connection = DatabaseCopy.Open(copy))
        {
            // A backup is one file on its own, readable without a -wal or -shm; restore switches it back to WAL.
            connection.Execute("PRAGMA journal_mode = DELETE;");
            var verdict = DatabaseCopy.IntegrityCheck(connection);
            if (verdict != "ok")
            {
                throw new BackupRefusedException($"De kopie van de database is niet in orde (integrity_check: {verdict}). Er is geen back-up gemaakt.");
            }
            facts = DatabaseCopy.Facts(connection);
        }
        MakePrivate(copy);
        FlushToDisk(copy);

        var files = new List<string> { BackupManifest.DatabaseFile };
        if (File.Exists(installation.KeyFile))
        {
            RefuseAnotherKey(installation.KeyFile, facts.KeyFingerprint);
            CopyPrivate(installation.KeyFile, Path.Combine(folder, BackupManifest.KeyFile));
            files.Add(BackupManifest.KeyFile);
        }
        else if (facts.KeyFingerprint is not null)
        {
            throw new BackupRefusedException(
                $"Het sleutelbestand voor deelnemerscodes ontbreekt ('{installation.KeyFile}'), terwijl de database er een vingerafdruk van bewaart. " +
                "Zonder die sleutel is een back-up niet terug te zetten; zet het sleutelbestand eerst terug of stel het juiste pad in (Privacy:KeyFile).");
        }
        if (installation.CookieKeysFolder is { } cookieKeys && Directory.Exists(cookieKeys))
        {
            var copied = Path.Combine(folder, BackupManifest.CookieKeysFolder);
            CreatePrivateFolder(copied);
            foreach (var key in Directory.EnumerateFiles(cookieKeys))
            {
                CopyPrivate(key, Path.Combine(copied, Path.GetFileName(key)));
                files.Add($"{BackupManifest.CookieKeysFolder}/{Path.GetFileName(key)}");
            }
        }

        var manifest = new BackupManifest(createdAt, facts.SchemaVersion, facts.KeyFingerprint, facts.RowCounts,
            files.ToDictionary(f => f, f => BackupManifest.Sha256(Path.Combine(folder, f)), StringComparer.Ordinal));
        manifest.Write(folder);
        MakePrivate(Path.Combine(folder, BackupManifest.FileName));
        FlushToDisk(Path.Combine(folder, BackupManifest.FileName));
        return manifest;
    }

    /// <summary>
    /// The key file is read after the database snapshot. An import may create the key between the two (the copy then
    /// knows no key yet, which is fine), but a key that differs from the one the copy knows is the wrong file.
    /// </summary>
    private static void RefuseAnotherKey(string keyFile, string? storedFingerprint)
    {
        string fingerprint;
        try
        {
            fingerprint = ParticipantKey.Load(keyFile)!.Fingerprint;
        }
        catch (ImportRefusedException damaged)
        {
            throw new BackupRefusedException(damaged.Message);
        }
        if (storedFingerprint is not null && fingerprint != storedFingerprint)
        {
            throw new BackupRefusedException(
                $"Het sleutelbestand '{keyFile}' hoort niet bij deze database (andere vingerafdruk). Er is geen back-up gemaakt.");
        }
    }

    private static void CopyPrivate(string source, string destination)
    {
        File.Copy(source, destination);
        MakePrivate(destination);
        FlushToDisk(destination);
    }

    /// <summary>
    /// Every file of a backup is its owner's alone, whatever the umask it was made under (cron's is usually 022): a copy
    /// taken off the server with its modes (rsync -a, tar) stays as private as the folder it came from.
    /// </summary>
    private static void MakePrivate(string path)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    /// <summary>A folder only its owner can read: a backup holds the participant key.</summary>
    internal static void CreatePrivateFolder(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
        }
        else
        {
            Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    private static void FlushToDisk(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.ReadWrite);
        stream.Flush(flushToDisk: true);
    }
}
