using Dashboard.Data.Imports.Privacy;
using Dashboard.Data.Storage;
using Microsoft.Data.Sqlite;

namespace Dashboard.Data.Installation;

/// <summary>What a backup records about a copied database and a restore checks again.</summary>
internal sealed record CopyFacts(int SchemaVersion, string? KeyFingerprint, IReadOnlyDictionary<string, long> RowCounts);

/// <summary>
/// A database file that is not the installation's: a backup's copy. Opened without pooling, so no idle connection
/// keeps it open once checked, and without creating it when it is missing.
/// </summary>
internal static class DatabaseCopy
{
    public static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWrite,
            Pooling = false,
        }.ToString());
        connection.Open();
        return connection;
    }

    /// <summary>PRAGMA integrity_check's verdict: "ok", or the problems it found.</summary>
    public static string IntegrityCheck(SqliteConnection connection) =>
        string.Join("; ", connection.Query("PRAGMA integrity_check;", r => r.GetString(0)).Take(5));

    public static CopyFacts Facts(SqliteConnection connection)
    {
        var tables = connection.Query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
            r => r.GetString(0));
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            counts[table] = connection.Scalar<long>($"SELECT COUNT(*) FROM \"{table.Replace("\"", "\"\"")}\"");
        }
        return new CopyFacts((int)connection.Scalar<long>("PRAGMA user_version;"), ParticipantKey.StoredFingerprint(connection), counts);
    }
}
