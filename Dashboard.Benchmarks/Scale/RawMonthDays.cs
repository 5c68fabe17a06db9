using System.Runtime.InteropServices;
using Dashboard.Data.Storage;

namespace Dashboard.Benchmarks.Scale;

/// <summary>
/// A month's day totals summed from its raw sales rows through the C API, as the product read them before sales_daily
/// (issue 22): kept here only so that the report sets the two side by side in the same run.
/// </summary>
public static class RawMonthDays
{
    public static int Read(Database database, DateOnly month)
    {
        using var connection = database.Open();
        var last = month.AddMonths(1).AddDays(-1);
        using var rows = new SqliteStatement(connection,
            $"""
            SELECT practice_id, CAST(substr(sale_date, 9, 2) AS INTEGER), category, revenue_cents, items, weight_g, transactions
            FROM sales
            WHERE practice_id IN (SELECT id FROM practices) AND sale_date BETWEEN '{IsoDate.Format(month)}' AND '{IsoDate.Format(last)}'
            """);
        var totals = new Dictionary<(long, long, string), (long Cents, long Items, long Grams, long Transactions, long Rows)>();
        while (rows.Read())
        {
            ref var t = ref CollectionsMarshal.GetValueRefOrAddDefault(totals, (rows.Int64(0), rows.Int64(1), rows.Code(2)), out _);
            t = (t.Cents + rows.Int64(3), t.Items + (rows.Int64OrNull(4) ?? 0), t.Grams + (rows.Int64OrNull(5) ?? 0),
                t.Transactions + (rows.Int64OrNull(6) ?? 0), t.Rows + 1);
        }
        return totals.Count;
    }
}
