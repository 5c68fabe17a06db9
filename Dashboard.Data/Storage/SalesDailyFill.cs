using System.Data.Common;
using System.Runtime.InteropServices;

namespace Dashboard.Data.Storage;

/// <summary>
/// Migration 018's part in code: sums the sales a database already holds into the new sales_daily, since its bytes cannot
/// be made in SQL. Grouped per day by the database, a practice at a time (through the (practice, date) index), so memory
/// holds one practice's months and no reader is open while writing (PostgreSQL's connections run one command at a time).
/// The sums are those of Imports/Sales/SalesAggregates, which keeps the table from then on; a test compares the two.
/// </summary>
internal static class SalesDailyFill
{
    public static void Fill(DbConnection connection, DbTransaction transaction)
    {
        foreach (var practice in connection.Query("SELECT id FROM practices", r => r.GetInt64(0), transaction))
        {
            var months = new Dictionary<(string Month, string Category), long[]>();
            foreach (var (date, category, sums) in connection.Query(
                         """
                         SELECT sale_date, category,
                                CAST(SUM(revenue_cents) AS BIGINT),
                                CAST(COALESCE(SUM(items), 0) AS BIGINT),
                                CAST(COALESCE(SUM(weight_g), 0) AS BIGINT),
                                CAST(COALESCE(SUM(CASE WHEN weight_g IS NULL THEN items END), 0) AS BIGINT),
                                CAST(COALESCE(SUM(CASE WHEN transactions IS NOT NULL THEN revenue_cents END), 0) AS BIGINT),
                                CAST(COALESCE(SUM(transactions), 0) AS BIGINT),
                                CAST(COUNT(*) AS BIGINT)
                         FROM sales
                         WHERE practice_id = @practice
                         GROUP BY sale_date, category
                         """,
                         r => (r.GetString(0), r.GetString(1), Enumerable.Range(2, DayTotalsCodec.Sums).Select(r.GetInt64).ToArray()),
                         transaction, ("@practice", practice)))
            {
                ref var month = ref CollectionsMarshal.GetValueRefOrAddDefault(months, (date[..7], category), out _);
                month ??= new long[DayTotalsCodec.MonthLength];
                sums.CopyTo(month.AsSpan(int.Parse(date.AsSpan(8, 2)) * DayTotalsCodec.Sums));
            }
            foreach (var ((month, category), days) in months)
            {
                connection.Execute("INSERT INTO sales_daily (month, practice_id, category, days) VALUES (@month, @practice, @category, @days)",
                    transaction, ("@month", month), ("@practice", practice), ("@category", category), ("@days", DayTotalsCodec.Encode(days)));
            }
        }
    }
}
