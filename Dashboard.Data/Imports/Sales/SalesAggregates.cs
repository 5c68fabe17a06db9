using System.Data.Common;
using System.Runtime.InteropServices;
using Dashboard.Data.Figures.Data;
using Dashboard.Data.Storage;
using Microsoft.Data.Sqlite;

namespace Dashboard.Data.Imports.Sales;

/// <summary>
/// Keeps sales_monthly and sales_daily equal to the sums of the stored sales rows. Every write to sales goes through here
/// in the same transaction: an import adds its own totals, a replace or undo adds or subtracts the totals
/// of the stored rows it moves (computed by SQL, see <see cref="SalesTotals"/> for what each column sums; the days are
/// added to their months by <see cref="SalesDaily"/>).
/// </summary>
internal static class SalesAggregates
{
    private const string Sums =
        "revenue_cents, items, weight_g, items_without_weight, revenue_cents_with_transactions, transactions, row_count";

    private const string MonthlyColumns = $"practice_id, month, category, {Sums}";


    private static string Upsert(string table, string key) =>
        $"""
        ON CONFLICT ({key}) DO UPDATE SET
            revenue_cents = {table}.revenue_cents + excluded.revenue_cents,
            items = {table}.items + excluded.items,
            weight_g = {table}.weight_g + excluded.weight_g,
            items_without_weight = {table}.items_without_weight + excluded.items_without_weight,
            revenue_cents_with_transactions = {table}.revenue_cents_with_transactions + excluded.revenue_cents_with_transactions,
            transactions = {table}.transactions + excluded.transactions,
            row_count = {table}.row_count + excluded.row_count
        """;

    private static readonly string MonthlyUpsert = Upsert("sales_monthly", "practice_id, month, category");

    /// <summary>
    /// Adds an imported batch's totals per practice, month and category, day by day (index = day), accumulated while reading
    /// the file: to sales_daily by <see cref="SalesDaily"/>, to sales_monthly added up — tens of thousands of keys for a large
    /// file. On SQLite through a statement bound by position (see SqliteStatement); on PostgreSQL, where a round trip per key
    /// would cost seconds, in one statement with a column of values per array.
    /// </summary>
    public static void AddBatch(DbConnection connection, DbTransaction transaction,
        Dictionary<(long Practice, DateOnly Month, string Category), SalesTotals[]> days)
    {
        var months = new Dictionary<(long Practice, DateOnly Month, string Category), SalesTotals>(days.Count);
        foreach (var (key, slots) in days)
        {
            var month = new SalesTotals();
            foreach (ref readonly var day in slots.AsSpan())
            {
                month.Add(day);
            }
            months[key] = month;
        }
        SalesDaily.AddMonths(connection, transaction, days);
        if (connection is not SqliteConnection)
        {
            AddAsArrays(connection, transaction, months);
            return;
        }
        Span<byte> isoDate = stackalloc byte[10];
        using var monthly = new SqliteStatement(connection, $"INSERT INTO sales_monthly ({MonthlyColumns}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) {MonthlyUpsert}");
        foreach (var ((practice, month, category), t) in months)
        {
            monthly.Bind(1, practice);
            monthly.Bind(2, IsoDate.Utf8(month, isoDate)[..7]);
            monthly.BindCode(3, category);
            BindSums(monthly, t);
            monthly.Execute();
        }
    }

    private static void BindSums(SqliteStatement statement, in SalesTotals t)
    {
        statement.Bind(4, t.RevenueCents);
        statement.Bind(5, t.Items);
        statement.Bind(6, t.WeightGrams);
        statement.Bind(7, t.ItemsWithoutWeight);
        statement.Bind(8, t.RevenueCentsWithTransactions);
        statement.Bind(9, t.Transactions);
        statement.Bind(10, t.Rows);
    }

    private static void AddAsArrays(DbConnection connection, DbTransaction transaction,
        IReadOnlyDictionary<(long Practice, DateOnly Month, string Category), SalesTotals> totals)
    {
        var keys = totals.Keys.ToArray();
        var values = keys.Select(k => totals[k]).ToArray();
        connection.Execute(
            $"""
            INSERT INTO sales_monthly ({MonthlyColumns})
            SELECT * FROM unnest(@practice, @month, @category, @revenue, @items, @weight, @itemsWithoutWeight, @revenueWithTransactions, @transactions, @rows)
            {MonthlyUpsert}
            """, transaction,
            ("@practice", keys.Select(k => k.Practice).ToArray()),
            ("@month", keys.Select(k => IsoDate.Month(k.Month)).ToArray()),
            ("@category", keys.Select(k => k.Category).ToArray()),
            ("@revenue", values.Select(t => t.RevenueCents).ToArray()),
            ("@items", values.Select(t => t.Items).ToArray()),
            ("@weight", values.Select(t => t.WeightGrams).ToArray()),
            ("@itemsWithoutWeight", values.Select(t => t.ItemsWithoutWeight).ToArray()),
            ("@revenueWithTransactions", values.Select(t => t.RevenueCentsWithTransactions).ToArray()),
            ("@transactions", values.Select(t => t.Transactions).ToArray()),
            ("@rows", values.Select(t => t.Rows).ToArray()));
    }

    /// <summary>What <see cref="SalesTotals"/> adds up, row by row, in SQL, times <paramref name="sign"/>.</summary>
    internal static string Summed(int sign) =>
        $"""
               CAST({sign} * SUM(revenue_cents) AS BIGINT),
               CAST({sign} * COALESCE(SUM(items), 0) AS BIGINT),
               CAST({sign} * COALESCE(SUM(weight_g), 0) AS BIGINT),
               CAST({sign} * COALESCE(SUM(CASE WHEN weight_g IS NULL THEN items END), 0) AS BIGINT),
               CAST({sign} * COALESCE(SUM(CASE WHEN transactions IS NOT NULL THEN revenue_cents END), 0) AS BIGINT),
               CAST({sign} * COALESCE(SUM(transactions), 0) AS BIGINT),
               CAST({sign} * COUNT(*) AS BIGINT)
        """;

    /// <summary>
    /// Adds (<paramref name="sign"/> = 1) or subtracts (-1) the totals of the rows of <paramref name="table"/>
    /// (sales or replaced_sales) that match <paramref name="where"/>, then drops months and days left empty. To be called
    /// before those rows are deleted or after they are inserted.
    /// </summary>
    public static void AddStoredRows(DbConnection connection, DbTransaction transaction, string table, string where, int sign,
        params (string Name, object? Value)[] parameters)
    {
        var summed = Summed(sign);
        connection.Execute(
            $"""
            INSERT INTO sales_monthly ({MonthlyColumns})
            SELECT practice_id, substr(sale_date, 1, 7), category,
            {summed}
            FROM {table}
            WHERE {where}
            GROUP BY practice_id, substr(sale_date, 1, 7), category
            {MonthlyUpsert}
            """, transaction, parameters);
        SalesDaily.Add(connection, transaction, DayTotals(connection, transaction, table, where, sign, parameters));
        if (sign < 0)
        {
            connection.Execute("DELETE FROM sales_monthly WHERE row_count = 0", transaction);
        }
    }

    /// <summary>The totals per practice, day and category of the rows of <paramref name="table"/> that match
    /// <paramref name="where"/>, times <paramref name="sign"/>.</summary>
    internal static List<KeyValuePair<(long Practice, DateOnly Day, string Category), SalesTotals>> DayTotals(DbConnection connection,
        DbTransaction transaction, string table, string where, int sign, params (string Name, object? Value)[] parameters) =>
        connection.Query(
            $"""
            SELECT practice_id, sale_date, category,
            {Summed(sign)}
            FROM {table}
            WHERE {where}
            GROUP BY practice_id, sale_date, category
            """,
            r => new KeyValuePair<(long, DateOnly, string), SalesTotals>((r.GetInt64(0), IsoDate.Parse(r.GetString(1)), string.Intern(r.GetString(2))),
                new SalesTotals
                {
                    RevenueCents = r.GetInt64(3),
                    Items = r.GetInt64(4),
                    WeightGrams = r.GetInt64(5),
                    ItemsWithoutWeight = r.GetInt64(6),
                    RevenueCentsWithTransactions = r.GetInt64(7),
                    Transactions = r.GetInt64(8),
                    Rows = r.GetInt64(9),
                }), transaction, parameters);
}
