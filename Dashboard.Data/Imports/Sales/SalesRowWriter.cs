using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Data.Common;
using System.Runtime.ExceptionServices;
using System.Runtime.InteropServices;
using System.Text;
using Dashboard.Data.Storage;
using Npgsql;

namespace Dashboard.Data.Imports.Sales;

/// <summary>
/// Inserts a file's sales rows on a thread of its own (SQLite: a statement per row; PostgreSQL: binary COPY), so that
/// reading and checking the next rows overlaps the database's work on
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

    private readonly IRowSink _sink;
    private readonly BlockingCollection<(Row[] Rows, int Count)> _toWrite = new();
    private readonly BlockingCollection<Row[]> _free = new();
    private readonly Thread _writer;
    private Row[] _batch;
    private int _count;
    private volatile ExceptionDispatchInfo? _failure;
    private volatile bool _abandoned;

    public SalesRowWriter(DbConnection connection, long batchId)
    {
        _sink = connection is NpgsqlConnection postgreSql ? new CopySink(postgreSql, batchId) : new StatementSink(connection, batchId);
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
        _sink.Dispose();
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
        foreach (var (rows, count) in _toWrite.GetConsumingEnumerable())
        {
            try
            {
                for (var i = 0; i < count && _failure is null && !_abandoned; i++)
                {
                    _sink.Write(rows[i]);
                }
            }
            catch (Exception failure)
            {
                _failure = ExceptionDispatchInfo.Capture(failure);
            }
            _free.Add(rows); // also after a failure: the reader may be waiting for an array
        }
        if (_failure is null && !_abandoned)
        {
            try
            {
                _sink.Complete();
            }
            catch (Exception failure)
            {
                _failure = ExceptionDispatchInfo.Capture(failure);
            }
        }
    }

    /// <summary>Where the writer thread puts rows: one table, inside the import's transaction.</summary>
    private interface IRowSink : IDisposable
    {
        void Write(in Row row);

        /// <summary>Every row is written: the last ones reach the table.</summary>
        void Complete();
    }

    /// <summary>SQLite: one statement bound by position, run per row (see <see cref="SqliteStatement"/>).</summary>
    private sealed class StatementSink : IRowSink
    {
        private readonly SqliteStatement _insert;
        private readonly byte[] _isoDate = new byte[10];

        public StatementSink(DbConnection connection, long batchId)
        {
            _insert = new SqliteStatement(connection,
                """
                INSERT INTO sales (batch_id, practice_id, sale_date, category, revenue_cents, items, weight_g, transactions)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
                """);
            _insert.Bind(1, batchId); // a binding stays until it is bound again
        }

        public void Write(in Row row)
        {
            _insert.Bind(2, row.PracticeId);
            _insert.Bind(3, IsoDate.Utf8(row.Date, _isoDate));
            _insert.BindCode(4, row.Category);
            _insert.Bind(5, row.RevenueCents);
            _insert.Bind(6, row.Items);
            _insert.Bind(7, row.WeightGrams);
            _insert.Bind(8, row.Transactions);
            _insert.Execute();
        }

        public void Complete()
        {
        }

        public void Dispose() => _insert.Dispose();
    }

    /// <summary>
    /// PostgreSQL: binary COPY inside the import's transaction — nothing is visible before the commit, and a COPY that is
    /// cancelled (an import stopped halfway) leaves nothing. Rows are written in PostgreSQL's binary COPY format
    /// (docs/installatie-en-beheer.md#postgresql) into a buffer of our own and sent in blocks: Npgsql's per-value writer
    /// cost the client as much as reading and checking the file. It begins with the first row, on the writer's thread:
    /// until then the import may still use the connection.
    /// </summary>
    private sealed class CopySink(NpgsqlConnection connection, long batchId) : IRowSink
    {
        private const short Fields = 8;

        /// <summary>The format's signature, then a flags word and the length of a header extension, both 0.</summary>
        private static ReadOnlySpan<byte> Header => [(byte)'P', (byte)'G', (byte)'C', (byte)'O', (byte)'P', (byte)'Y', (byte)'\n', 0xFF, (byte)'\r', (byte)'\n', 0,
            0, 0, 0, 0, 0, 0, 0, 0];

        private readonly byte[] _buffer = new byte[1 << 16];
        private readonly Dictionary<string, byte[]> _categories = new(StringComparer.Ordinal);
        private NpgsqlRawCopyStream? _copy;
        private int _used;

        public void Write(in Row row)
        {
            if (_copy is null)
            {
                _copy = connection.BeginRawBinaryCopy(
                    "COPY sales (batch_id, practice_id, sale_date, category, revenue_cents, items, weight_g, transactions) FROM STDIN (FORMAT BINARY)");
                Header.CopyTo(_buffer);
                _used = Header.Length;
            }
            var category = CategoryBytes(row.Category);
            // Eight fields at most 12 bytes each (a length and a bigint), the date 10 and the category longer.
            if (_used + 2 + Fields * 12 + category.Length > _buffer.Length)
            {
                Send();
            }
            var span = _buffer.AsSpan(_used);
            BinaryPrimitives.WriteInt16BigEndian(span, Fields);
            var at = 2;
            at += Bigint(span[at..], batchId);
            at += Bigint(span[at..], row.PracticeId);
            BinaryPrimitives.WriteInt32BigEndian(span[at..], 10);
            IsoDate.Utf8(row.Date, span[(at + 4)..]);
            at += 14;
            BinaryPrimitives.WriteInt32BigEndian(span[at..], category.Length);
            category.CopyTo(span[(at + 4)..]);
            at += 4 + category.Length;
            at += Bigint(span[at..], row.RevenueCents);
            at += Bigint(span[at..], row.Items);
            at += Bigint(span[at..], row.WeightGrams);
            at += Bigint(span[at..], row.Transactions);
            _used += at;
        }

        /// <summary>A bigint field: its length and its value, or the length -1 for NULL.</summary>
        private static int Bigint(Span<byte> span, long? value)
        {
            if (value is not { } v)
            {
                BinaryPrimitives.WriteInt32BigEndian(span, -1);
                return 4;
            }
            BinaryPrimitives.WriteInt32BigEndian(span, 8);
            BinaryPrimitives.WriteInt64BigEndian(span[4..], v);
            return 12;
        }

        private byte[] CategoryBytes(string category)
        {
            ref var bytes = ref CollectionsMarshal.GetValueRefOrAddDefault(_categories, category, out _);
            return bytes ??= Encoding.UTF8.GetBytes(category);
        }

        private void Send()
        {
            _copy!.Write(_buffer, 0, _used);
            _used = 0;
        }

        /// <summary>Sends the last rows and the trailer, and ends the COPY, which also gives the connection back for other commands.</summary>
        public void Complete()
        {
            if (_copy is null)
            {
                return;
            }
            BinaryPrimitives.WriteInt16BigEndian(_buffer.AsSpan(_used), -1);
            _used += 2;
            Send();
            var copy = _copy;
            _copy = null;
            copy.Dispose();
        }

        /// <summary>Before <see cref="Complete"/>: the COPY is cancelled and its rows discarded.</summary>
        public void Dispose()
        {
            if (_copy is null)
            {
                return;
            }
            var copy = _copy;
            _copy = null;
            try
            {
                copy.Cancel();
            }
            finally
            {
                copy.Dispose();
            }
        }
    }
}
