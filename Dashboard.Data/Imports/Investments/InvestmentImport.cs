using System.Data.Common;
using System.Globalization;
using Dashboard.Data.Domain;
using Dashboard.Data.Imports.Parsing;
using Dashboard.Data.Storage;
using static Dashboard.Data.Storage.DbExtensions;

namespace Dashboard.Data.Imports.Investments;

/// <summary>
/// `investeringen` (docs/importbestanden.md#investeringen): the money that went into a practice, one row per practice, year and
/// funder. Key: store, practice, year and funder; importing it again updates the amount and description. With replace, the
/// file is the complete list for the (store, year) pairs it names: their stored investments the file did not write are
/// removed — a year of one store is corrected without touching its other years or other stores.
/// </summary>
internal sealed class InvestmentImport : FileImport
{
    public static readonly ImportColumn Store = new("winkel", "store", true, ColumnValue.Identifier);
    public static readonly ImportColumn Practice = new("praktijk", "practice", true, ColumnValue.Identifier);
    public static readonly ImportColumn Year = new("jaar", "year", true, ColumnValue.WholeNumber);
    public static readonly ImportColumn Amount = new("bedrag", "amount", true, ColumnValue.Number);
    public static readonly ImportColumn Funder = new("financier", "funder", false, ColumnValue.Code, Codes.Funders);
    public static readonly ImportColumn Description = new("omschrijving", "description", false, MaxLength: ImportColumn.ShortTextLength);

    public static readonly IReadOnlyList<ImportColumn> Columns = [Store, Practice, Year, Amount, Funder, Description];

    /// <summary>A ceiling far above any practice's yearly money, which keeps every sum of cents exact.</summary>
    public const decimal MaximumAmount = 1_000_000_000m;

    private readonly Dictionary<(long Practice, long Year, string Funder), int> _keys = [];
    /// <summary>The (store, year) pairs the file names: with replace, the file is their complete list.</summary>
    private readonly HashSet<(long Store, long Year)> _pairs = [];
    /// <summary>The stored investments of each store the file names, read once: a look-up per row would be a round trip per row on PostgreSQL.</summary>
    private readonly Dictionary<long, Dictionary<(long Practice, long Year, string Funder), (long Id, long Cents, string Description)>> _stored = [];
    private readonly RowWrites _writes;
    private readonly DbCommand _insert;
    private readonly DbCommand _update;
    private int _added, _updated, _unchanged;

    public InvestmentImport(ImportContext context) : base(context)
    {
        _writes = new RowWrites(context.Connection, context.Transaction);
        _insert = context.Prepare(
            """
            INSERT INTO investments (practice_id, year, funder, amount_cents, description, batch_id)
            VALUES (@practice, @year, @funder, @cents, @description, @batch)
            """);
        _update = context.Prepare("UPDATE investments SET amount_cents = @cents, description = @description, batch_id = @batch WHERE id = @id");
    }

    public override void Row(RowReader row)
    {
        var place = Context.Practices.Resolve(row, Store, Practice, Context.Request.IsDemo);
        var year = row.WholeNumber(Year);
        var amount = row.Number(Amount);
        var funder = row.IsEmpty(Funder) ? Codes.DefaultFunder : row.Code(Funder);
        var description = row.Text(Description) ?? string.Empty;
        if (year is { } y && (y < KnownDates.First.Year || y > Context.Today.Year))
        {
            row.Problem(Year, y.ToString(CultureInfo.InvariantCulture), "buiten bereik",
                row.Message("Investment.Year", y, KnownDates.First.Year, Context.Today.Year),
                row.Message("Investment.Year.Suggestion", Context.Today.Year));
            year = null;
        }
        if (amount is { } precise && precise * 100 != Math.Truncate(precise * 100))
        {
            // Euros and cents: a third decimal is nearly always a thousands separator read as a decimal one ("1.234" in a ',' file).
            row.Problem(Amount, RowReader.Show(precise), "meer dan twee decimalen", row.Message("Investment.Cents", RowReader.Show(precise)));
            amount = null;
        }
        long? cents = amount is { } a && a <= MaximumAmount ? (long)Math.Round(a * 100, MidpointRounding.AwayFromZero) : null;
        if (amount is { } shown && cents is null or <= 0)
        {
            row.Problem(Amount, RowReader.Show(shown), "buiten bereik", row.Message("Investment.Amount", RowReader.Show(shown), MaximumAmount));
            cents = null;
        }
        if (place is not { } p || year is null || cents is null || funder is null)
        {
            return;
        }
        var key = (p.Practice.Id, year.Value, funder);
        if (_keys.TryGetValue(key, out var firstRow))
        {
            row.Problem(Year, year.Value.ToString(CultureInfo.InvariantCulture), "dubbele rij", row.Message("Investment.DuplicateRow", firstRow));
            return;
        }
        _keys[key] = row.Row;
        _pairs.Add((p.Store.Id, year.Value));
        if (row.HasProblems || !Context.Writing)
        {
            return;
        }
        if (StoredAt(p.Store.Id).TryGetValue(key, out var stored))
        {
            Set(_update, ("@cents", cents.Value), ("@description", description), ("@batch", Context.BatchId), ("@id", stored.Id));
            _writes.Run(_update);
            if (stored.Cents != cents.Value || stored.Description != description)
            {
                _updated++;
            }
            else
            {
                _unchanged++;
            }
            return;
        }
        Set(_insert, ("@practice", p.Practice.Id), ("@year", year.Value), ("@funder", funder), ("@cents", cents.Value),
            ("@description", description), ("@batch", Context.BatchId));
        _writes.Run(_insert);
        _added++;
    }

    private Dictionary<(long Practice, long Year, string Funder), (long Id, long Cents, string Description)> StoredAt(long store)
    {
        if (!_stored.TryGetValue(store, out var rows))
        {
            _writes.Flush();
            rows = Context.Connection.Query(
                    """
                    SELECT i.id, i.practice_id, i.year, i.funder, i.amount_cents, i.description
                    FROM investments i JOIN practices p ON p.id = i.practice_id WHERE p.store_id = @store
                    """,
                    r => (Key: (r.GetInt64(1), r.GetInt64(2), r.GetString(3)), Row: (r.GetInt64(0), r.GetInt64(4), r.GetString(5))),
                    Context.Transaction, ("@store", store))
                .ToDictionary(i => i.Key, i => i.Row);
            _stored[store] = rows;
        }
        return rows;
    }

    public override ImportSummary Complete(int rows)
    {
        _writes.Flush();
        var removed = 0;
        if (Context.Replace && Context.Writing)
        {
            // Every row the file wrote carries this batch; the named pairs' other rows were not in the file.
            using var delete = Context.Prepare(
                """
                DELETE FROM investments
                WHERE batch_id <> @batch AND year = @year AND practice_id IN (SELECT id FROM practices WHERE store_id = @store)
                """);
            foreach (var (store, year) in _pairs.OrderBy(p => p.Store).ThenBy(p => p.Year))
            {
                Set(delete, ("@batch", Context.BatchId), ("@year", year), ("@store", store));
                removed += delete.ExecuteNonQuery();
            }
        }
        var description = Context.Replace
            ? new ImportText("Summary.KeyedReplaced", ImportText.Count("Summary.Investments", rows), _added, _updated, _unchanged, removed)
            : new ImportText("Summary.Keyed", ImportText.Count("Summary.Investments", rows), _added, _updated, _unchanged);
        return new ImportSummary(ImportKind.Investeringen, rows, description)
        {
            Added = _added,
            Updated = _updated,
            Unchanged = _unchanged,
            Removed = removed,
        };
    }

    public override void Dispose()
    {
        _writes.Dispose();
        _insert.Dispose();
        _update.Dispose();
    }
}
