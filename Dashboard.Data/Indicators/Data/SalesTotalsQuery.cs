using Dashboard.Data.Indicators.Filtering;
using Dashboard.Data.Storage;
using Microsoft.Data.Sqlite;

namespace Dashboard.Data.Indicators.Data;

/// <summary>
/// Sales totals per practice, month and category. Whole months come from sales_monthly (kept inside every import),
/// read once per change of the data into the <see cref="SectorSnapshot"/>; only a month a period cuts through is
/// summed from its raw rows, per period asked for.
/// </summary>
public static class SalesTotalsQuery
{
    private const string Columns =
        "practice_id, category, revenue_cents, items, weight_g, items_without_weight, revenue_cents_with_transactions, transactions, row_count";

    /// <summary>Every row of sales_monthly, ordered by month.</summary>
    public static SalesFact[] WholeMonths(SqliteConnection connection, SqliteTransaction? transaction = null) =>
        connection.Query($"SELECT {Columns}, month FROM sales_monthly ORDER BY month, practice_id",
            r => Map(r, IsoDate.Parse(r.GetString(9) + "-01")), transaction).ToArray();

    /// <summary>The totals of the days of <paramref name="period"/> in the months it cuts through (none for a period of whole months).</summary>
    public static IReadOnlyList<SalesFact> CutMonths(SqliteConnection connection, Period period, IReadOnlyCollection<long> practiceIds)
    {
        var facts = new List<SalesFact>();
        if (practiceIds.Count == 0)
        {
            return facts;
        }
        // Ids are numbers from the snapshot, never user text: safe to inline, and it lets SQLite use the (practice, date) index.
        var practices = string.Join(",", practiceIds);
        foreach (var month in period.CutMonths())
        {
            facts.AddRange(connection.Query(
                $"""
                SELECT practice_id, category, SUM(revenue_cents), COALESCE(SUM(items), 0), COALESCE(SUM(weight_g), 0),
                       COALESCE(SUM(CASE WHEN weight_g IS NULL THEN items END), 0),
                       COALESCE(SUM(CASE WHEN transactions IS NOT NULL THEN revenue_cents END), 0),
                       COALESCE(SUM(transactions), 0), COUNT(*)
                FROM sales
                WHERE practice_id IN ({practices}) AND sale_date BETWEEN $from AND $to
                GROUP BY practice_id, category
                """,
                r => Map(r, month.From), null, ("$from", IsoDate.Format(month.From)), ("$to", IsoDate.Format(month.To))));
        }
        return facts;
    }

    private static SalesFact Map(SqliteDataReader r, DateOnly month) => new(r.GetInt64(0), new DateOnly(month.Year, month.Month, 1),
        new SalesSums(string.Intern(r.GetString(1)), r.GetInt64(2), r.GetInt64(3), r.GetInt64(4), r.GetInt64(5), r.GetInt64(6),
            r.GetInt64(7), r.GetInt64(8)));
}
