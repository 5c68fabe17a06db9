using System.Data.Common;
using System.Runtime.InteropServices;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Data.Storage;
using Microsoft.Data.Sqlite;

namespace Dashboard.Data.Figures.Data;

/// <summary>
/// Sales totals per practice, month and category. Whole months come from sales_monthly (kept inside every import),
/// read once per change of the data into the <see cref="SectorSnapshot"/>; a month a period cuts through is summed per
/// day from its raw rows, once per change of the data (see <see cref="SnapshotCache.DaysOf"/>).
/// </summary>
public static class SalesTotalsQuery
{
    private const string Columns =
        "practice_id, category, revenue_cents, items, weight_g, items_without_weight, revenue_cents_with_transactions, transactions, row_count";

    /// <summary>Every row of sales_monthly, ordered by month.</summary>
    public static SalesFact[] WholeMonths(DbConnection connection, DbTransaction? transaction = null) =>
        connection.Query($"SELECT {Columns}, month FROM sales_monthly ORDER BY month, practice_id",
            r => Map(r, IsoDate.Parse(r.GetString(9) + "-01")), transaction).ToArray();

    /// <summary>
    /// The totals per practice, day and category of one calendar month, summed here from its raw rows (SQLite's GROUP BY
    /// over a month's rows costs about twice the reading of them).
    /// </summary>
    public static MonthDays Days(DbConnection connection, DateOnly month, IReadOnlyCollection<long> practiceIds)
    {
        var days = Period.Month(month.Year, month.Month);
        var totals = new Dictionary<(long Practice, int Day, string Category), SalesTotals>();
        if (practiceIds.Count > 0)
        {
            // Ids and dates are numbers from the snapshot and the calendar, never user text: safe to inline, and it lets the
            // database use the (practice, date) index.
            var sql = $"""
                SELECT practice_id, CAST(substr(sale_date, 9, 2) AS INTEGER), category, revenue_cents, items, weight_g, transactions
                FROM sales
                WHERE practice_id IN ({string.Join(",", practiceIds)}) AND sale_date BETWEEN '{IsoDate.Format(days.From)}' AND '{IsoDate.Format(days.To)}'
                """;
            if (connection is SqliteConnection)
            {
                // Some 200,000 rows a month at docs/prestaties.md#sectorschaal: read through the C API (see SqliteStatement).
                using var rows = new SqliteStatement(connection, sql);
                while (rows.Read())
                {
                    ref var sums = ref CollectionsMarshal.GetValueRefOrAddDefault(totals, (rows.Int64(0), (int)rows.Int64(1), rows.Code(2)), out _);
                    sums.Add(rows.Int64(3), rows.Int64OrNull(4), rows.Int64OrNull(5), rows.Int64OrNull(6));
                }
            }
            else
            {
                using var command = connection.Command(sql);
                using var rows = command.ExecuteReader();
                while (rows.Read())
                {
                    ref var sums = ref CollectionsMarshal.GetValueRefOrAddDefault(totals,
                        (rows.GetInt64(0), rows.GetInt32(1), string.Intern(rows.GetString(2))), out _);
                    sums.Add(rows.GetInt64(3), rows.GetInt64OrNull(4), rows.GetInt64OrNull(5), rows.GetInt64OrNull(6));
                }
            }
        }
        return new MonthDays(days.From, totals.Select(t => (t.Key.Practice, t.Key.Day, t.Value.ToSums(t.Key.Category))).ToList());
    }

    private static SalesFact Map(DbDataReader r, DateOnly month) => new(r.GetInt64(0), new DateOnly(month.Year, month.Month, 1),
        new SalesSums(string.Intern(r.GetString(1)), r.GetInt64(2), r.GetInt64(3), r.GetInt64(4), r.GetInt64(5), r.GetInt64(6),
            r.GetInt64(7), r.GetInt64(8)));
}
