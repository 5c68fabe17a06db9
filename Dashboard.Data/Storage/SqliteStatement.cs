using System.Data.Common;
using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Dashboard.Data.Storage;

/// <summary>
/// A statement prepared once and run many times with values bound by position, straight through SQLite's C API, for an
/// import's bulk writes and the reading of a month's raw sales rows: <see cref="SqliteCommand.ExecuteNonQuery"/> costs per
/// run a data reader, and per value a boxed object, a binder and a look-up of the parameter by its name, and a data
/// reader costs per column more than SQLite's own work for a row. It runs on the given connection, inside whatever
/// transaction that connection has open. SQLite only: on PostgreSQL the same work goes through COPY.
/// </summary>
public sealed class SqliteStatement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;
    private readonly Dictionary<string, byte[]> _texts = [];

    public SqliteStatement(DbConnection connection, string sql)
    {
        _db = (connection as SqliteConnection ?? throw new NotSupportedException("A statement through SQLite's C API needs a SQLite connection."))
            .Handle ?? throw new InvalidOperationException("the connection is not open");
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

    public void BindBlob(int index, ReadOnlySpan<byte> bytes) => raw.sqlite3_bind_blob(_statement, index, bytes);

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

    /// <summary>Steps to the next row of a query; false after the last one (and the statement is reset for another run).</summary>
    public bool Read()
    {
        var result = raw.sqlite3_step(_statement);
        if (result == raw.SQLITE_ROW)
        {
            return true;
        }
        raw.sqlite3_reset(_statement);
        if (result != raw.SQLITE_DONE)
        {
            Check(result);
        }
        return false;
    }

    /// <summary>The value of column <paramref name="index"/> (0-based) of the current row.</summary>
    public long Int64(int index) => raw.sqlite3_column_int64(_statement, index);

    public long? Int64OrNull(int index) =>
        raw.sqlite3_column_type(_statement, index) == raw.SQLITE_NULL ? null : raw.sqlite3_column_int64(_statement, index);

    /// <summary>The bytes of a column of the current row, valid until the next step.</summary>
    public ReadOnlySpan<byte> Blob(int index) => raw.sqlite3_column_blob(_statement, index);

    /// <summary>The text of a column that holds one of a few codes, decoded once per code.</summary>
    public string Code(int index)
    {
        var utf8 = raw.sqlite3_column_blob(_statement, index);
        foreach (var (code, bytes) in _texts)
        {
            if (utf8.SequenceEqual(bytes))
            {
                return code;
            }
        }
        var text = string.Intern(Encoding.UTF8.GetString(utf8));
        _texts[text] = utf8.ToArray();
        return text;
    }

    public void Dispose() => _statement.Dispose();

    private void Check(int result) => SqliteException.ThrowExceptionForRC(result, _db);
}
