using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Dashboard.Data.Storage;

/// <summary>
/// The few helpers every store class uses, on ADO.NET's base types so that they serve either database
/// (docs/installatie-en-beheer.md#database): a command with named parameters (written <c>@name</c>, which both SQLite and
/// PostgreSQL read), run once; a transaction that writes or one that only reads.
/// </summary>
public static class DbExtensions
{
    public static DbCommand Command(this DbConnection connection, string sql, DbTransaction? transaction = null,
        params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        Set(command, parameters);
        return command;
    }

    public static int Execute(this DbConnection connection, string sql, DbTransaction? transaction = null,
        params (string Name, object? Value)[] parameters)
    {
        using var command = connection.Command(sql, transaction, parameters);
        return command.ExecuteNonQuery();
    }

    public static T Scalar<T>(this DbConnection connection, string sql, DbTransaction? transaction = null,
        params (string Name, object? Value)[] parameters)
    {
        using var command = connection.Command(sql, transaction, parameters);
        var value = command.ExecuteScalar();
        return value is null or DBNull ? default! : (T)Convert.ChangeType(value, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T));
    }

    public static List<T> Query<T>(this DbConnection connection, string sql, Func<DbDataReader, T> map,
        DbTransaction? transaction = null, params (string Name, object? Value)[] parameters)
    {
        using var command = connection.Command(sql, transaction, parameters);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(map(reader));
        }
        return rows;
    }

    /// <summary>
    /// A transaction that will write, and waits for any other such transaction first, so that what it checks before it
    /// writes (the last administrator, the login attempts of a name) is still so when it commits. SQLite takes its write
    /// lock at once (BEGIN IMMEDIATE), so two writers queue instead of one failing halfway. PostgreSQL lets writers run side
    /// by side, each seeing only what others committed before its statement (READ COMMITTED): there a lock held until the
    /// transaction ends, on every server, makes them take turns. An import does not wait for these short writes, nor they
    /// for it (<see cref="BeginDataWrite"/>).
    /// </summary>
    public static DbTransaction BeginWrite(this DbConnection connection) =>
        connection is SqliteConnection sqlite ? sqlite.BeginTransaction(deferred: false) : Locked(connection, WriteLock, ShortWriteWait);

    /// <summary>
    /// A transaction that will write the data the figures come from — an import, an undo, an erasure, the demo — and waits
    /// for any other such transaction first, on every server. On SQLite every writer does (<see cref="BeginWrite"/>); on
    /// PostgreSQL two imports of overlapping sales on two servers would otherwise both find no overlap and both be stored.
    /// </summary>
    public static DbTransaction BeginDataWrite(this DbConnection connection) =>
        connection is SqliteConnection sqlite ? sqlite.BeginTransaction(deferred: false) : Locked(connection, DataWriteLock, null);

    /// <summary>The keys of PostgreSQL's advisory locks: <see cref="BeginWrite"/>'s and <see cref="BeginDataWrite"/>'s (beside <see cref="Database.SetUpLock"/>).</summary>
    public const long WriteLock = 0x1D_A5_B0_A2_D2, DataWriteLock = 0x1D_A5_B0_A2_D1;

    /// <summary>
    /// How long a short writer waits for the one before it (SQLite's busy timeout is as long): short writes take
    /// milliseconds, so a minute means one is stuck, and a login should fail rather than hang.
    /// </summary>
    private static readonly TimeSpan ShortWriteWait = TimeSpan.FromSeconds(60);

    /// <summary>A transaction that holds the advisory lock until it ends: commit, rollback, or a connection that breaks.</summary>
    private static DbTransaction Locked(DbConnection connection, long key, TimeSpan? wait)
    {
        var transaction = connection.BeginTransaction();
        try
        {
            WaitFor(connection, "pg_advisory_xact_lock", key, transaction, wait);
            return transaction;
        }
        catch
        {
            transaction.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Takes a PostgreSQL advisory lock (<paramref name="function"/>: pg_advisory_lock or pg_advisory_xact_lock), waiting
    /// up to <paramref name="wait"/>, or as long as it takes when none is given — another server's import may hold it for
    /// minutes — rather than the command timeout's 30 s.
    /// </summary>
    internal static void WaitFor(DbConnection connection, string function, long key, DbTransaction? transaction = null, TimeSpan? wait = null)
    {
        using var command = connection.Command($"SELECT {function}(@lock)", transaction, ("@lock", key));
        command.CommandTimeout = wait is { } limit ? (int)limit.TotalSeconds : 0;
        command.ExecuteNonQuery();
    }

    /// <summary>Releases a session-level advisory lock taken with <see cref="WaitFor"/> (pg_advisory_lock).</summary>
    internal static void Release(DbConnection connection, long key) =>
        connection.Execute("SELECT pg_advisory_unlock(@lock)", null, ("@lock", key));

    /// <summary>
    /// A transaction that only reads: one consistent view of the data, no write lock. On PostgreSQL a repeatable read, so
    /// that every statement in it sees the data as of its first (READ COMMITTED would show each statement's own moment).
    /// </summary>
    public static DbTransaction BeginRead(this DbConnection connection) =>
        connection is SqliteConnection sqlite ? sqlite.BeginTransaction(deferred: true) : connection.BeginTransaction(IsolationLevel.RepeatableRead);

    public static string? GetStringOrNull(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static long? GetInt64OrNull(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetInt64(ordinal);

    public static double? GetDoubleOrNull(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetDouble(ordinal);

    /// <summary>
    /// Sets a reused command's parameters, adding those it does not have yet. A yes/no is stored as 1 or 0, as the schema
    /// keeps it in an integer column on both providers.
    /// </summary>
    public static void Set(DbCommand command, params (string Name, object? Value)[] values)
    {
        foreach (var (name, given) in values)
        {
            var value = given is bool yes ? (yes ? 1L : 0L) : given;
            if (command.Parameters.Contains(name))
            {
                command.Parameters[name].Value = value ?? DBNull.Value;
            }
            else
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                parameter.Value = value ?? DBNull.Value;
                command.Parameters.Add(parameter);
            }
        }
    }
}
