using System.Globalization;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Dashboard.Data.Import.Sales;

/// <summary>
/// The INSERT of one sales row, prepared once and bound with typed values straight through SQLite's C API. A file
/// holds up to millions of rows, and <see cref="SqliteCommand.ExecuteNonQuery"/> costs per row a data reader, a
/// boxed value and a binder object per parameter and a look-up of each parameter's index by its name — more than
/// SQLite's own work for the row. The statement runs on the import's connection, inside its transaction.
/// </summary>
internal sealed class SalesRowWriter : IDisposable
{
    private const int Practice = 2, Date = 3, Category = 4, Revenue = 5, Items = 6, Weight = 7, Transactions = 8;

    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _insert;
    private readonly Dictionary<string, byte[]> _categories = [];

    public SalesRowWriter(SqliteConnection connection, long batchId)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("the connection is not open");
        Check(raw.sqlite3_prepare_v2(_db,
            """
            INSERT INTO sales (batch_id, practice_id, sale_date, category, revenue_cents, items, weight_g, transactions)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
            """, out _insert));
        raw.sqlite3_bind_int64(_insert, 1, batchId);
    }

    public void Insert(long practiceId, DateOnly date, string category, long revenueCents, long? items, long? weightGrams, long? transactions)
    {
        Span<byte> isoDate = stackalloc byte[10];
        date.TryFormat(isoDate, out var length, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        raw.sqlite3_bind_int64(_insert, Practice, practiceId);
        raw.sqlite3_bind_text(_insert, Date, isoDate[..length]);
        raw.sqlite3_bind_text(_insert, Category, Utf8(category));
        raw.sqlite3_bind_int64(_insert, Revenue, revenueCents);
        BindNullable(Items, items);
        BindNullable(Weight, weightGrams);
        BindNullable(Transactions, transactions);
        var result = raw.sqlite3_step(_insert);
        raw.sqlite3_reset(_insert);
        if (result != raw.SQLITE_DONE)
        {
            Check(result);
        }
    }

    public void Dispose() => _insert.Dispose();

    private void BindNullable(int index, long? value)
    {
        if (value is { } v)
        {
            raw.sqlite3_bind_int64(_insert, index, v);
        }
        else
        {
            raw.sqlite3_bind_null(_insert, index);
        }
    }

    /// <summary>A category is one of a few canonical codes: each is encoded once.</summary>
    private byte[] Utf8(string category)
    {
        if (!_categories.TryGetValue(category, out var bytes))
        {
            _categories[category] = bytes = System.Text.Encoding.UTF8.GetBytes(category);
        }
        return bytes;
    }

    /// <summary>Throws what Microsoft.Data.Sqlite would throw, so a full disk or a read-only file is reported as from any other write.</summary>
    private void Check(int result) => SqliteException.ThrowExceptionForRC(result, _db);
}
