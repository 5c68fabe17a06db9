using System.Data.Common;

namespace Dashboard.Data.Storage;

/// <summary>
/// Counters in meta that a write raises inside its own transaction, so that a cache of what was read knows when to read
/// again: <see cref="Data"/> for every write of participants or sales (the indicators' snapshot), <see cref="Settings"/>
/// for every change of the settings the figures use. One short query tells a cache it is still current — on
/// PostgreSQL, where every query is a round trip to the server, instead of reading what it caches.
/// </summary>
public static class DataVersion
{
    public const string Data = "data_version";
    public const string Settings = "settings_version";

    public static void Bump(DbConnection connection, DbTransaction transaction, string counter = Data) =>
        connection.Execute(
            "INSERT INTO meta (key, value) VALUES (@key, '1') ON CONFLICT (key) DO UPDATE SET value = CAST(CAST(meta.value AS INTEGER) + 1 AS TEXT)",
            transaction, ("@key", counter));

    public static long Read(DbConnection connection, DbTransaction? transaction = null, string counter = Data) =>
        connection.Scalar<long?>("SELECT CAST(value AS INTEGER) FROM meta WHERE key = @key", transaction, ("@key", counter)) ?? 0;
}
