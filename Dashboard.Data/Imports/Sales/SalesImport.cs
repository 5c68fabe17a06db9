using System.Data.Common;
using System.Runtime.InteropServices;
using Dashboard.Data.Domain;
using Dashboard.Data.Figures.Data;
using Dashboard.Data.Imports.Parsing;
using Dashboard.Data.Imports.Reports;
using Dashboard.Data.Storage;
using Microsoft.Data.Sqlite;

namespace Dashboard.Data.Imports.Sales;

/// <summary>
/// `verkopen` (docs/importbestanden.md#verkopen): receipt lines, receipts or day totals — all additive, with no natural key. For
/// each store and practice the file covers the range from its first to its last date; a file that overlaps
/// stored sales there is refused unless it replaces them, and what it replaces is kept with its batch so
/// that undoing it brings them back. Totals per day and per month go to sales_daily and sales_monthly in the same transaction.
/// </summary>
internal sealed class SalesImport : FileImport
{
    public static readonly ImportColumn Date = new("datum", "date", true, ColumnValue.Date);
    public static readonly ImportColumn Store = new("winkel", "store", true, ColumnValue.Identifier);
    public static readonly ImportColumn Practice = new("praktijk", "practice", true, ColumnValue.Identifier);
    public static readonly ImportColumn Category = new("categorie", "category", true, ColumnValue.Code, Codes.SalesCategories);
    public static readonly ImportColumn Revenue = new("omzet", "revenue", true, ColumnValue.Number);
    public static readonly ImportColumn Items = new("aantal", "items", false, ColumnValue.WholeNumber);
    public static readonly ImportColumn Weight = new("gewicht_kg", "weight_kg", false, ColumnValue.Number);
    public static readonly ImportColumn Transactions = new("transacties", "transactions", false, ColumnValue.WholeNumber);

    public static readonly IReadOnlyList<ImportColumn> Columns = [Date, Store, Practice, Category, Revenue, Items, Weight, Transactions];


    private sealed class Range(string store, string practice, DateOnly first)
    {
        public string Store { get; } = store;
        public string Practice { get; } = practice;
        public DateOnly First { get; set; } = first;
        public DateOnly Last { get; set; } = first;
        public int Rows { get; set; }
        public int Replaced { get; set; }
    }

    private readonly Dictionary<long, Range> _ranges = [];
    /// <summary>The file's totals per practice, month and category, day by day (index = day of the month): summed here beside
    /// the parsing and written at the end, to sales_daily as they are and to sales_monthly added up.</summary>
    private readonly Dictionary<(long Practice, DateOnly Month, string Category), SalesTotals[]> _months = [];

    /// <summary>
    /// The rows of sales stored before this import in a practice's range, as a condition over the table. On SQLite those
    /// with an id up to the highest before it (and of another batch): SQLite tests the id from the (practice, date) index
    /// alone and need not read this import's own rows in the range from the table to see they are not stored ones.
    /// PostgreSQL's sales rows have no id (its migration says why): there, those of another batch.
    /// </summary>
    private readonly string _storedInRange;

    private readonly (string, object?)[] _storedParameters;

    private readonly SalesIndexes? _droppedIndexes;
    private readonly SalesRowWriter _insert;
    private DbCommand? _overlaps;

    public SalesImport(ImportContext context) : base(context)
    {
        if (context.Connection is SqliteConnection)
        {
            var lastStoredId = context.Connection.Scalar<long>("SELECT COALESCE(MAX(id), 0) FROM sales", context.Transaction);
            _storedInRange = "practice_id = @practice AND sale_date BETWEEN @first AND @last AND id <= @stored AND batch_id <> @batch";
            _storedParameters = [("@stored", lastStoredId), ("@batch", context.BatchId)];
            _droppedIndexes = SalesIndexes.DropWhenRebuildingPays(context.Connection, context.Transaction, lastStoredId, context.File.LineBreaks);
        }
        else
        {
            _storedInRange = "practice_id = @practice AND sale_date BETWEEN @first AND @last AND batch_id <> @batch";
            _storedParameters = [("@batch", context.BatchId)];
        }
        // Read now, not at the first row: from then on the connection is the writer's until Complete.
        _ = context.Practices;
        _insert = new SalesRowWriter(context.Connection, context.BatchId);
    }

    public override void Row(RowReader row)
    {
        var date = row.Date(Date);
        var place = Context.Practices.Resolve(row, Store, Practice, Context.Request.IsDemo);
        var category = row.Code(Category);
        var revenue = row.Number(Revenue);
        var items = row.WholeNumber(Items);
        var weight = row.Number(Weight);
        var transactions = row.WholeNumber(Transactions);
        if (date is { } d && d > Context.Today)
        {
            row.Problem(Date, RowReader.Show(d), "in de toekomst",
                row.Message("Sales.InFuture", RowReader.Show(d), RowReader.Show(Context.Today)));
        }
        if (date is null || place is not { } p || category is null || revenue is null || row.HasProblems)
        {
            return;
        }
        if (!_ranges.TryGetValue(p.Practice.Id, out var range))
        {
            range = new Range(p.Store.Code, p.Practice.Code, date.Value);
            _ranges[p.Practice.Id] = range;
        }
        range.First = date.Value < range.First ? date.Value : range.First;
        range.Last = date.Value > range.Last ? date.Value : range.Last;
        range.Rows++;
        if (!Context.Writing)
        {
            return;
        }
        var cents = (long)Math.Round(revenue.Value * 100, MidpointRounding.AwayFromZero);
        long? grams = weight is { } kg ? (long)Math.Round(kg * 1000, MidpointRounding.AwayFromZero) : null;
        var month = new DateOnly(date.Value.Year, date.Value.Month, 1);
        ref var days = ref CollectionsMarshal.GetValueRefOrAddDefault(_months, (p.Practice.Id, month, category), out _);
        days ??= new SalesTotals[32];
        days[date.Value.Day].Add(cents, items, grams, transactions);
        _insert.Insert(new SalesRowWriter.Row(p.Practice.Id, date.Value, category, cents, items, grams, transactions));
    }

    public override ImportSummary Complete(int rows)
    {
        _insert.Finish();
        // Before the overlap checks, which look stored sales up by practice and date.
        _droppedIndexes?.Rebuild();
        var storedRanges = StoredRanges();
        foreach (var (practiceId, range) in _ranges)
        {
            if (!storedRanges.TryGetValue(practiceId, out var stored) || !stored.Any(s => s.First <= range.Last && range.First <= s.Last))
            {
                continue;
            }
            var overlaps = Overlaps(practiceId, range);
            if (overlaps.Count == 0)
            {
                continue;
            }
            if (!Context.Replace)
            {
                Context.Report.Add(new ImportProblem(0, null, null, ImportProblem.OverlapsStoredSales,
                    Context.Message("Sales.Overlap", range.Store, range.Practice, RowReader.Show(range.First), RowReader.Show(range.Last),
                        ImportTexts.Count("Sales.Rows", overlaps.Sum(o => o.Rows), Context.Report.Culture),
                        string.Join("; ", overlaps.Select(o => Context.Message("Sales.Overlap.Import", o.Batch, o.FileName, RowReader.Show(o.First), RowReader.Show(o.Last))))),
                    Context.Message("Sales.Overlap.Suggestion")));
                continue;
            }
            if (Context.Writing)
            {
                range.Replaced = ReplaceStored(practiceId, range);
            }
        }
        if (Context.Writing)
        {
            SalesAggregates.AddBatch(Context.Connection, Context.Transaction, _months);
            using var insertRange = Context.Connection.Command(
                "INSERT INTO sales_batch_ranges (batch_id, practice_id, first_date, last_date, row_count) VALUES (@batch, @practice, @first, @last, @rows)",
                Context.Transaction);
            foreach (var (practiceId, range) in _ranges)
            {
                DbExtensions.Set(insertRange, ("@batch", Context.BatchId), ("@practice", practiceId), ("@first", IsoDate.Format(range.First)),
                    ("@last", IsoDate.Format(range.Last)), ("@rows", range.Rows));
                insertRange.ExecuteNonQuery();
            }
        }
        var ranges = _ranges.Values
            .OrderBy(r => r.Store, StringComparer.Ordinal).ThenBy(r => r.Practice, StringComparer.Ordinal)
            .Select(r => new SalesRange(r.Store, r.Practice, r.First, r.Last, r.Rows, r.Replaced))
            .ToList();
        var replaced = ranges.Sum(r => r.ReplacedRows);
        var description = new ImportText(Context.Replace ? "Summary.SalesReplaced" : "Summary.Sales",
            ImportText.Count("Sales.Rows", rows), ImportText.Count("Summary.Combinations", ranges.Count),
            ranges.Count > 0 ? new ImportText("Summary.SalesPeriod", RowReader.Show(ranges.Min(r => r.First)), RowReader.Show(ranges.Max(r => r.Last))) : "",
            ImportText.Count("Summary.StoredRows", replaced));
        return new ImportSummary(ImportKind.Verkopen, rows, description)
        {
            Added = rows,
            Removed = replaced,
            SalesRanges = ranges,
        };
    }

    private sealed record Overlap(long Batch, string FileName, DateOnly First, DateOnly Last, int Rows);

    /// <summary>
    /// From first to last date, where each practice of the file has stored sales (per live import, from
    /// sales_batch_ranges): a practice whose ranges miss the file's range has none there, and needs no look in sales —
    /// for a new month's file, none does. An import's range may hold more than its rows (a later one replaced some).
    /// </summary>
    private Dictionary<long, List<(DateOnly First, DateOnly Last)>> StoredRanges()
    {
        var stored = new Dictionary<long, List<(DateOnly First, DateOnly Last)>>();
        if (_ranges.Count == 0)
        {
            return stored;
        }
        var rows = Context.Connection.Query(
            """
            SELECT r.practice_id, r.first_date, r.last_date
            FROM sales_batch_ranges r JOIN import_batches b ON b.id = r.batch_id
            WHERE b.undone_at IS NULL AND r.batch_id <> @batch AND r.last_date >= @first AND r.first_date <= @last
            """,
            r => (Practice: r.GetInt64(0), First: IsoDate.Parse(r.GetString(1)), Last: IsoDate.Parse(r.GetString(2))), Context.Transaction,
            ("@batch", Context.BatchId), ("@first", IsoDate.Format(_ranges.Values.Min(r => r.First))), ("@last", IsoDate.Format(_ranges.Values.Max(r => r.Last))));
        foreach (var (practice, first, last) in rows)
        {
            (CollectionsMarshal.GetValueRefOrAddDefault(stored, practice, out _) ??= []).Add((first, last));
        }
        return stored;
    }

    /// <summary>The stored sales of other imports in the practice's range, per import.</summary>
    private List<Overlap> Overlaps(long practiceId, Range range)
    {
        _overlaps ??= Context.Connection.Command(
            $"""
            SELECT s.batch_id, b.file_name, s.first_date, s.last_date, s.row_count
            FROM (SELECT batch_id, MIN(sale_date) AS first_date, MAX(sale_date) AS last_date, COUNT(*) AS row_count
                  FROM sales WHERE {_storedInRange} GROUP BY batch_id) s
            JOIN import_batches b ON b.id = s.batch_id
            ORDER BY s.batch_id
            """, Context.Transaction);
        DbExtensions.Set(_overlaps, [.. RangeParameters(practiceId, range)]);
        using var reader = _overlaps.ExecuteReader();
        var overlaps = new List<Overlap>();
        while (reader.Read())
        {
            overlaps.Add(new Overlap(reader.GetInt64(0), reader.GetString(1), IsoDate.Parse(reader.GetString(2)), IsoDate.Parse(reader.GetString(3)),
                reader.GetInt32(4)));
        }
        return overlaps;
    }

    /// <summary>Moves the stored rows in the range aside (kept with this batch for undo) and out of the totals.</summary>
    private int ReplaceStored(long practiceId, Range range)
    {
        var parameters = RangeParameters(practiceId, range);
        var where = _storedInRange;
        SalesAggregates.AddStoredRows(Context.Connection, Context.Transaction, "sales", where, -1, parameters);
        Context.Connection.Execute(
            $"""
            INSERT INTO replaced_sales (replaced_by_batch_id, batch_id, practice_id, sale_date, category, revenue_cents, items, weight_g, transactions)
            SELECT @batch, batch_id, practice_id, sale_date, category, revenue_cents, items, weight_g, transactions
            FROM sales WHERE {where}
            """, Context.Transaction, parameters);
        return Context.Connection.Execute($"DELETE FROM sales WHERE {where}", Context.Transaction, parameters);
    }

    private (string, object?)[] RangeParameters(long practiceId, Range range) =>
        [("@practice", practiceId), ("@first", IsoDate.Format(range.First)), ("@last", IsoDate.Format(range.Last)), .. _storedParameters];

    public override void Dispose()
    {
        _insert.Dispose();
        _overlaps?.Dispose();
    }
}
