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
    /// A transaction that will write: on SQLite it takes the write lock at once (BEGIN IMMEDIATE), so two writers queue
    /// instead of one failing halfway.
    /// </summary>
    public static DbTransaction BeginWrite(this DbConnection connection) =>
        connection is SqliteConnection sqlite ? sqlite.BeginTransaction(deferred: false) : connection.BeginTransaction();

    /// <summary>
    /// A transaction that will write the data the figures come from — an import, an undo, an erasure, the demo — and waits
    /// for any other such transaction first, on every server. On SQLite every writer does (<see cref="BeginWrite"/>); on
    /// PostgreSQL, where writers do not wait for each other and READ COMMITTED shows each only what was committed before,
    /// two imports of overlapping sales on two servers would both find no overlap and both be stored: a lock held until the
    /// transaction ends (commit, rollback or a broken connection) makes them take turns.
    /// </summary>
    public static DbTransaction BeginDataWrite(this DbConnection connection)
    {
        var transaction = connection.BeginWrite();
        if (connection is not SqliteConnection)
        {
            connection.Execute("SELECT pg_advisory_xact_lock(@lock)", transaction, ("@lock", DataWriteLock));
        }
        return transaction;
    }

    /// <summary>The key of <see cref="BeginDataWrite"/>'s lock (beside <see cref="Database.SetUpLock"/>).</summary>
    public const long DataWriteLock = 0x1D_A5_B0_A2_D1;

    /// <summary>A transaction that only reads: one consistent view of the data, no write lock.</summary>
    public static DbTransaction BeginRead(this DbConnection connection) =>
        connection is SqliteConnection sqlite ? sqlite.BeginTransaction(deferred: true) : connection.BeginTransaction();

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
