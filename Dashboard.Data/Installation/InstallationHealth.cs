using System.Data.Common;
using Dashboard.Data.Imports;
using Dashboard.Data.Imports.Privacy;
using Dashboard.Data.Storage;

namespace Dashboard.Data.Installation;

/// <summary>
/// Whether this server can do its work (README, "Health and metrics"): the database answers, its schema is the one this
/// build writes, and the participant key file is the one the database's participants were stored with — or there are no
/// participants yet, so the first import may still make the key. Cheap enough to be asked every few seconds.
/// </summary>
public sealed class InstallationHealth(Database database, InstallationFiles files)
{
    public HealthStatus Check()
    {
        // Opening a SQLite file that is gone would create an empty one.
        if (database.Provider == DatabaseProvider.Sqlite && !File.Exists(database.Path))
        {
            return HealthStatus.DatabaseUnreachable;
        }
        DbConnection connection;
        try
        {
            connection = database.Open();
        }
        catch (Exception unreachable) when (unreachable is DbException or IOException or TimeoutException or InvalidOperationException)
        {
            return HealthStatus.DatabaseUnreachable;
        }
        using (connection)
        {
            try
            {
                var version = database.Provider == DatabaseProvider.Sqlite
                    ? connection.Scalar<long>("PRAGMA user_version;")
                    : connection.Scalar<long?>("SELECT MAX(version) FROM schema_version") ?? 0;
                if (version != Database.SchemaVersion)
                {
                    return HealthStatus.SchemaNotThisVersion;
                }
            }
            catch (DbException)
            {
                // PostgreSQL without the version table: a database this app never migrated.
                return HealthStatus.SchemaNotThisVersion;
            }
            try
            {
                return KeyMatches(connection) ? HealthStatus.Healthy : HealthStatus.KeyFileDoesNotMatch;
            }
            catch (DbException)
            {
                return HealthStatus.DatabaseUnreachable;
            }
        }
    }

    private bool KeyMatches(DbConnection connection)
    {
        var hasParticipants = connection.Scalar<long>(
            "SELECT CASE WHEN EXISTS (SELECT 1 FROM trajectories) OR EXISTS (SELECT 1 FROM certificates) THEN 1 ELSE 0 END") == 1;
        if (!hasParticipants)
        {
            return true;
        }
        try
        {
            return ParticipantKey.StoredFingerprint(connection) is { } stored && ParticipantKey.Load(files.KeyFile)?.Fingerprint == stored;
        }
        catch (Exception unreadable) when (unreadable is ImportRefusedException or IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
