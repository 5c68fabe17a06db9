using System.Collections.Concurrent;
using System.Data.Common;
using System.Runtime.ExceptionServices;
using Dashboard.Data.Storage;

namespace Dashboard.Data.Imports.Sales;

/// <summary>
/// Inserts a file's sales rows on a thread of its own, so that reading and checking the next rows overlaps SQLite's work on
/// the previous ones: each takes about half of a large import, and a server has two cores (docs/prestaties.md#sectorschaal). Rows go over in
/// batches through a few reused arrays, so the reader waits when the writer falls behind and memory stays flat. From the
/// first batch until <see cref="Finish"/> the connection is the writer's: the import must not use it meanwhile. What
/// writing throws (a full disk) is thrown again to the reader at its next batch, or by <see cref="Finish"/>.
/// </summary>
internal sealed class SalesRowWriter : IDisposable
{
    /// <summary>One checked sales row, as it goes into the table.</summary>
    public readonly record struct Row(long PracticeId, DateOnly Date, string Category, long RevenueCents, long? Items, long? WeightGrams, long? Transactions);

    private const int BatchSize = 4096;
    private const int Batches = 4;

    private readonly SqliteStatement _insert;
    private readonly BlockingCollection<(Row[] Rows, int Count)> _toWrite = new();
    private readonly BlockingCollection<Row[]> _free = new();
    private readonly Thread _writer;
    private Row[] _batch;
    private int _count;
    private volatile ExceptionDispatchInfo? _failure;
    private volatile bool _abandoned;

    public SalesRowWriter(DbConnection connection, long batchId)
    {
        _insert = new SqliteStatement(connection,
            """
            INSERT INTO sales (batch_id, practice_id, sale_date, category, revenue_cents, items, weight_g, transactions)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
            """);
        _insert.Bind(1, batchId); // a binding stays until it is bound again
        for (var i = 0; i < Batches; i++)
        {
            _free.Add(new Row[BatchSize]);
        }
        _batch = _free.Take();
        _writer = new Thread(Write) { IsBackground = true, Name = "sales import writer" };
        _writer.Start();
    }

    public void Insert(in Row row)
    {
        _batch[_count++] = row;
        if (_count == BatchSize)
        {
            HandOver();
        }
    }

    /// <summary>Writes what is still buffered and returns when every row is in the table.</summary>
    public void Finish()
    {
        if (_count > 0)
        {
            HandOver();
        }
        _toWrite.CompleteAdding();
        _writer.Join();
        _failure?.Throw();
    }

    /// <summary>After <see cref="Finish"/>, or instead of it when the import stops early: rows not yet written are dropped.</summary>
    public void Dispose()
    {
        _abandoned = true;
        _toWrite.CompleteAdding();
        _writer.Join();
        _insert.Dispose();
        _toWrite.Dispose();
        _free.Dispose();
    }

    private void HandOver()
    {
        _failure?.Throw();
        _toWrite.Add((_batch, _count));
        _count = 0;
        _batch = _free.Take();
    }

    private void Write()
    {
        Span<byte> isoDate = stackalloc byte[10];
        foreach (var (rows, count) in _toWrite.GetConsumingEnumerable())
        {
            try
            {
                for (var i = 0; i < count && _failure is null && !_abandoned; i++)
                {
                    var row = rows[i];
                    _insert.Bind(2, row.PracticeId);
                    _insert.Bind(3, IsoDate.Utf8(row.Date, isoDate));
                    _insert.BindCode(4, row.Category);
                    _insert.Bind(5, row.RevenueCents);
                    _insert.Bind(6, row.Items);
                    _insert.Bind(7, row.WeightGrams);
                    _insert.Bind(8, row.Transactions);
                    _insert.Execute();
                }
            }
            catch (Exception failure)
            {
                _failure = ExceptionDispatchInfo.Capture(failure);
            }
            _free.Add(rows); // also after a failure: the reader may be waiting for an array
        }
    }
}
