using Dashboard.Data.Storage;
using Microsoft.Data.Sqlite;

namespace Dashboard.Data.Import.Sales;

/// <summary>The INSERT of sales rows, prepared once for a whole file (see <see cref="SqliteStatement"/> for why not a command).</summary>
internal sealed class SalesRowWriter : IDisposable
{
    private readonly SqliteStatement _insert;

    public SalesRowWriter(SqliteConnection connection, long batchId)
    {
        _insert = new SqliteStatement(connection,
            """
            INSERT INTO sales (batch_id, practice_id, sale_date, category, revenue_cents, items, weight_g, transactions)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
            """);
        _insert.Bind(1, batchId); // a binding stays until it is bound again
    }

    public void Insert(long practiceId, DateOnly date, string category, long revenueCents, long? items, long? weightGrams, long? transactions)
    {
        Span<byte> isoDate = stackalloc byte[10];
        _insert.Bind(2, practiceId);
        _insert.Bind(3, IsoDate.Utf8(date, isoDate));
        _insert.BindCode(4, category);
        _insert.Bind(5, revenueCents);
        _insert.Bind(6, items);
        _insert.Bind(7, weightGrams);
        _insert.Bind(8, transactions);
        _insert.Execute();
    }

    public void Dispose() => _insert.Dispose();
}
