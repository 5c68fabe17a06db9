using System.Data.Common;

namespace Dashboard.Data.Storage;

/// <summary>
/// A counter in meta that every write of participants or sales raises inside its own transaction, so a
/// cache of what was read (the indicators' snapshot) knows when to read again.
/// </summary>
public static class DataVersion
{
    private const string Key = "data_version";

    public static void Bump(DbConnection connection, DbTransaction transaction) =>
        connection.Execute(
            "INSERT INTO meta (key, value) VALUES (@key, '1') ON CONFLICT (key) DO UPDATE SET value = CAST(CAST(meta.value AS INTEGER) + 1 AS TEXT)",
            transaction, ("@key", Key));

    public static long Read(DbConnection connection, DbTransaction? transaction = null) =>
        connection.Scalar<long?>("SELECT CAST(value AS INTEGER) FROM meta WHERE key = @key", transaction, ("@key", Key)) ?? 0;
}
