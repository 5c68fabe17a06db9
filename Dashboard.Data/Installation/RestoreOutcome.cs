using Dashboard.Data.Storage;

namespace Dashboard.Data.Installation;

/// <summary>
/// A restore that was done: the backup's manifest, the folder the replaced files were moved to (null when there was
/// nothing to replace), and the schema version the copy had before it was brought up to this build's.
/// </summary>
public sealed record RestoreOutcome(BackupManifest Manifest, string? ReplacedFolder, int MigratedFrom)
{
    public bool Migrated => MigratedFrom < Database.SchemaVersion;
}
