using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Dashboard.Data.Storage;

/// <summary>
/// A statement prepared once and run many times with values bound by position, straight through SQLite's C API, for an
/// import's bulk writes: <see cref="SqliteCommand.ExecuteNonQuery"/> costs per run a data reader, and per value a boxed
/// object, a binder and a look-up of the parameter by its name — more than SQLite's own work for a row. It runs on the
/// given connection, inside whatever transaction that connection has open.
/// </summary>
public sealed class SqliteStatement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;
    private readonly Dictionary<string, byte[]> _texts = [];

    public SqliteStatement(SqliteConnection connection, string sql)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("the connection is not open");
        Check(raw.sqlite3_prepare_v2(_db, sql, out _statement));
    }

    /// <summary>Binds the value of ?<paramref name="index"/> (1-based).</summary>
    public void Bind(int index, long value) => raw.sqlite3_bind_int64(_statement, index, value);

    public void Bind(int index, long? value)
    {
        if (value is { } v)
        {
            raw.sqlite3_bind_int64(_statement, index, v);
        }
        else
        {
            raw.sqlite3_bind_null(_statement, index);
        }
    }

    public void Bind(int index, ReadOnlySpan<byte> utf8) => raw.sqlite3_bind_text(_statement, index, utf8);

    /// <summary>Binds one of a few texts that come back row after row (a code): each is encoded once.</summary>
    public void BindCode(int index, string code)
    {
        if (!_texts.TryGetValue(code, out var utf8))
        {
            _texts[code] = utf8 = Encoding.UTF8.GetBytes(code);
        }
        raw.sqlite3_bind_text(_statement, index, utf8);
    }

    /// <summary>Runs the statement with the values bound; throws what Microsoft.Data.Sqlite would (a full disk, a read-only file).</summary>
    public void Execute()
    {
        var result = raw.sqlite3_step(_statement);
        raw.sqlite3_reset(_statement);
        if (result != raw.SQLITE_DONE)
        {
            Check(result);
        }
    }

    public void Dispose() => _statement.Dispose();

    private void Check(int result) => SqliteException.ThrowExceptionForRC(result, _db);
}
