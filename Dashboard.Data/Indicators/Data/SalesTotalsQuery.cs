using Dashboard.Data.Indicators.Filtering;
using Dashboard.Data.Storage;
using Microsoft.Data.Sqlite;

namespace Dashboard.Data.Indicators.Data;

/// <summary>
/// Sales totals for a period, per practice, month and category: whole months come from sales_monthly
/// (kept inside every import), and only a month the period cuts through is summed from its raw rows.
/// </summary>
public static class SalesTotalsQuery
{
    public static IReadOnlyList<SalesFact> Load(SqliteConnection connection, Period period, IReadOnlyCollection<long> practiceIds)
    {
        var facts = new List<SalesFact>();
        if (practiceIds.Count == 0)
        {
            return facts;
        }
        // Ids are numbers from the snapshot, never user text: safe to inline, and it lets SQLite use the (practice, date) index.
        var practices = string.Join(",", practiceIds);
        foreach (var month in period.Split(TimeGrain.Month))
        {
            var whole = month == Period.Month(month.From.Year, month.From.Month);
            if (whole)
            {
                continue;
            }
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
                r => Map(r, month.From, 1), null, ("$from", IsoDate.Format(month.From)), ("$to", IsoDate.Format(month.To))));
        }
        var wholeMonths = period.Split(TimeGrain.Month).Where(m => m == Period.Month(m.From.Year, m.From.Month)).ToList();
        if (wholeMonths.Count > 0)
        {
            facts.AddRange(connection.Query(
                $"""
                SELECT practice_id, category, revenue_cents, items, weight_g, items_without_weight, revenue_cents_with_transactions,
                       transactions, row_count, month
                FROM sales_monthly
                WHERE practice_id IN ({practices}) AND month BETWEEN $first AND $last
                """,
                r => Map(r, IsoDate.Parse(r.GetString(9) + "-01"), 1), null,
                ("$first", IsoDate.Month(wholeMonths[0].From)), ("$last", IsoDate.Month(wholeMonths[^1].From))));
        }
        return facts;
    }

    private static SalesFact Map(SqliteDataReader r, DateOnly month, int first) => new(
        r.GetInt64(0), new DateOnly(month.Year, month.Month, 1), string.Intern(r.GetString(first)),
        r.GetInt64(first + 1) / 100m, r.GetInt64(first + 2), r.GetInt64(first + 3) / 1000m, r.GetInt64(first + 4),
        r.GetInt64(first + 5) / 100m, r.GetInt64(first + 6), r.GetInt64(first + 7));
}
