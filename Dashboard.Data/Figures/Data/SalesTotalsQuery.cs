using System.Data.Common;
using System.Runtime.InteropServices;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Data.Storage;
using Microsoft.Data.Sqlite;

namespace Dashboard.Data.Figures.Data;

/// <summary>
/// Sales totals per practice, month and category. Whole months come from sales_monthly (kept inside every import),
/// read once per change of the data into the <see cref="SectorSnapshot"/>; the days of a month a period cuts through come
/// from sales_daily (kept the same way), once per change of the data (see <see cref="SnapshotCache.DaysOf"/>).
/// </summary>
public static class SalesTotalsQuery
{
    private const string Sums =
        "revenue_cents, items, weight_g, items_without_weight, revenue_cents_with_transactions, transactions, row_count";

    private const string Columns = $"practice_id, category, {Sums}";

    /// <summary>Every row of sales_monthly, ordered by month.</summary>
    public static SalesFact[] WholeMonths(DbConnection connection, DbTransaction? transaction = null) =>
        connection.Query($"SELECT {Columns}, month FROM sales_monthly ORDER BY month, practice_id",
            r => Map(r, IsoDate.Parse(r.GetString(9) + "-01")), transaction).ToArray();

    /// <summary>
    /// The totals per practice, day and category of one calendar month, from sales_daily (kept inside every import; a row per
    /// practice and category holds the month's days). Only those of <paramref name="practiceIds"/>, the practices the figures know.
    /// </summary>
    public static MonthDays Days(DbConnection connection, DateOnly month, IReadOnlyCollection<long> practiceIds, DbTransaction? transaction = null)
    {
        var days = Period.Month(month.Year, month.Month);
        var known = practiceIds as IReadOnlySet<long> ?? practiceIds.ToHashSet();
        var totals = new List<(long Practice, int Day, SalesSums Sums)>();
        var daysOfRow = new SalesTotals[32];
        void Add(long practice, string category, ReadOnlySpan<byte> bytes)
        {
            if (!known.Contains(practice))
            {
                return;
            }
            Array.Clear(daysOfRow);
            DayTotalsCodec.AddTo(bytes, MemoryMarshal.Cast<SalesTotals, long>(daysOfRow.AsSpan()));
            for (var day = 1; day < daysOfRow.Length; day++)
            {
                if (daysOfRow[day].Rows != 0)
                {
                    totals.Add((practice, day, daysOfRow[day].ToSums(category)));
                }
            }
        }
        const string sql = "SELECT practice_id, category, days FROM sales_daily WHERE month = @month";
        if (connection is SqliteConnection)
        {
            // Read through the C API (see SqliteStatement): the bytes need not be copied.
            using var rows = new SqliteStatement(connection, sql.Replace("@month", "?1", StringComparison.Ordinal));
            Span<byte> isoDate = stackalloc byte[10];
            rows.Bind(1, IsoDate.Utf8(days.From, isoDate)[..7]);
            while (rows.Read())
            {
                Add(rows.Int64(0), rows.Code(1), rows.Blob(2));
            }
        }
        else
        {
            foreach (var (practice, category, bytes) in connection.Query(sql,
                         r => (r.GetInt64(0), string.Intern(r.GetString(1)), (byte[])r.GetValue(2)), transaction, ("@month", IsoDate.Month(days.From))))
            {
                Add(practice, category, bytes);
            }
        }
        return new MonthDays(days.From, totals);
    }

    private static SalesFact Map(DbDataReader r, DateOnly month) => new(r.GetInt64(0), new DateOnly(month.Year, month.Month, 1),
        new SalesSums(string.Intern(r.GetString(1)), r.GetInt64(2), r.GetInt64(3), r.GetInt64(4), r.GetInt64(5), r.GetInt64(6),
            r.GetInt64(7), r.GetInt64(8)));
}
