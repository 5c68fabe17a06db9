using System.Data.Common;
using Dashboard.Data.Figures.Data;
using Dashboard.Data.Storage;
using Microsoft.Data.Sqlite;

namespace Dashboard.Data.Imports.Sales;

/// <summary>
/// Keeps sales_monthly equal to the sums of the stored sales rows. Every write to sales goes through here
/// in the same transaction: an import adds its own totals, a replace or undo adds or subtracts the totals
/// of the stored rows it moves (computed by SQL, see <see cref="SalesTotals"/> for what each column sums).
/// </summary>
internal static class SalesAggregates
{
    private const string Upsert =
        """
        ON CONFLICT (practice_id, month, category) DO UPDATE SET
            revenue_cents = sales_monthly.revenue_cents + excluded.revenue_cents,
            items = sales_monthly.items + excluded.items,
            weight_g = sales_monthly.weight_g + excluded.weight_g,
            items_without_weight = sales_monthly.items_without_weight + excluded.items_without_weight,
            revenue_cents_with_transactions = sales_monthly.revenue_cents_with_transactions + excluded.revenue_cents_with_transactions,
            transactions = sales_monthly.transactions + excluded.transactions,
            row_count = sales_monthly.row_count + excluded.row_count
        """;

    private const string Columns =
        "practice_id, month, category, revenue_cents, items, weight_g, items_without_weight, revenue_cents_with_transactions, transactions, row_count";

    /// <summary>
    /// Adds an imported batch's totals, those accumulated while reading the file (a month keyed by its first day): tens of
    /// thousands of keys for a large file. On SQLite through a statement bound by position (see SqliteStatement); on
    /// PostgreSQL, where a round trip per key would cost seconds, in one statement with a column of values per array.
    /// </summary>
    public static void AddBatch(DbConnection connection, DbTransaction transaction,
        IReadOnlyDictionary<(long Practice, DateOnly Month, string Category), SalesTotals> totals)
    {
        if (connection is not SqliteConnection)
        {
            AddAsArrays(connection, transaction, totals);
            return;
        }
        // Tens of thousands of keys for a large file: a statement bound by position (see SqliteStatement).
        using var upsert = new SqliteStatement(connection, $"INSERT INTO sales_monthly ({Columns}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) {Upsert}");
        Span<byte> isoDate = stackalloc byte[10];
        foreach (var ((practice, month, category), t) in totals)
        {
            upsert.Bind(1, practice);
            upsert.Bind(2, IsoDate.Utf8(month, isoDate)[..7]);
            upsert.BindCode(3, category);
            upsert.Bind(4, t.RevenueCents);
            upsert.Bind(5, t.Items);
            upsert.Bind(6, t.WeightGrams);
            upsert.Bind(7, t.ItemsWithoutWeight);
            upsert.Bind(8, t.RevenueCentsWithTransactions);
            upsert.Bind(9, t.Transactions);
            upsert.Bind(10, t.Rows);
            upsert.Execute();
        }
    }

    private static void AddAsArrays(DbConnection connection, DbTransaction transaction,
        IReadOnlyDictionary<(long Practice, DateOnly Month, string Category), SalesTotals> totals)
    {
        var keys = totals.Keys.ToArray();
        var values = keys.Select(k => totals[k]).ToArray();
        connection.Execute(
            $"""
            INSERT INTO sales_monthly ({Columns})
            SELECT * FROM unnest(@practice, @month, @category, @revenue, @items, @weight, @itemsWithoutWeight, @revenueWithTransactions, @transactions, @rows)
            {Upsert}
            """, transaction,
            ("@practice", keys.Select(k => k.Practice).ToArray()),
            ("@month", keys.Select(k => IsoDate.Format(k.Month)[..7]).ToArray()),
            ("@category", keys.Select(k => k.Category).ToArray()),
            ("@revenue", values.Select(t => t.RevenueCents).ToArray()),
            ("@items", values.Select(t => t.Items).ToArray()),
            ("@weight", values.Select(t => t.WeightGrams).ToArray()),
            ("@itemsWithoutWeight", values.Select(t => t.ItemsWithoutWeight).ToArray()),
            ("@revenueWithTransactions", values.Select(t => t.RevenueCentsWithTransactions).ToArray()),
            ("@transactions", values.Select(t => t.Transactions).ToArray()),
            ("@rows", values.Select(t => t.Rows).ToArray()));
    }

    /// <summary>
    /// Adds (<paramref name="sign"/> = 1) or subtracts (-1) the totals of the rows of <paramref name="table"/>
    /// (sales or replaced_sales) that match <paramref name="where"/>, then drops months left empty.
    /// </summary>
    public static void AddStoredRows(DbConnection connection, DbTransaction transaction, string table, string where, int sign,
        params (string Name, object? Value)[] parameters)
    {
        connection.Execute(
            $"""
            INSERT INTO sales_monthly ({Columns})
            SELECT practice_id, substr(sale_date, 1, 7), category,
                   {sign} * SUM(revenue_cents),
                   {sign} * COALESCE(SUM(items), 0),
                   {sign} * COALESCE(SUM(weight_g), 0),
                   {sign} * COALESCE(SUM(CASE WHEN weight_g IS NULL THEN items END), 0),
                   {sign} * COALESCE(SUM(CASE WHEN transactions IS NOT NULL THEN revenue_cents END), 0),
                   {sign} * COALESCE(SUM(transactions), 0),
                   {sign} * COUNT(*)
            FROM {table}
            WHERE {where}
            GROUP BY practice_id, substr(sale_date, 1, 7), category
            {Upsert}
            """, transaction, parameters);
        if (sign < 0)
        {
            connection.Execute("DELETE FROM sales_monthly WHERE row_count = 0", transaction);
        }
    }
}
