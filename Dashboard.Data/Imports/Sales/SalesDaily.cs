using System.Data.Common;
using System.Runtime.InteropServices;
using Dashboard.Data.Figures.Data;
using Dashboard.Data.Storage;
using Microsoft.Data.Sqlite;

namespace Dashboard.Data.Imports.Sales;

/// <summary>
/// Keeps sales_daily — per month, practice and category, the totals of each day (<see cref="DayTotalsCodec"/>; a month of
/// <see cref="SalesTotals"/> is read and written as its numbers, the struct's seven sums in order) — equal to
/// the sums of the stored sales rows: <see cref="SalesAggregates"/> hands it the day totals an import, replace or undo adds
/// or takes away, in the same transaction, and it adds them to the stored days of their months. Bytes cannot be added up
/// in SQL, so this is done here, the same way on both providers.
/// </summary>
internal static class SalesDaily
{
    /// <summary>Adds day totals (negative ones take away) to their months; drops a month left without days.</summary>
    public static void Add(DbConnection connection, DbTransaction transaction,
        IEnumerable<KeyValuePair<(long Practice, DateOnly Day, string Category), SalesTotals>> days)
    {
        var months = new Dictionary<(long Practice, DateOnly Month, string Category), SalesTotals[]>();
        foreach (var ((practice, day, category), t) in days)
        {
            ref var slots = ref CollectionsMarshal.GetValueRefOrAddDefault(months, (practice, new DateOnly(day.Year, day.Month, 1), category), out _);
            slots ??= new SalesTotals[32];
            slots[day.Day].Add(t);
        }
        AddMonths(connection, transaction, months);
    }

    /// <summary>
    /// Adds the days (index = day of the month) of each practice, month and category to what is stored. The arrays are used
    /// as the sum's buffer: afterwards they hold the stored month, so a caller reads from them first (the monthly totals).
    /// </summary>
    public static void AddMonths(DbConnection connection, DbTransaction transaction,
        Dictionary<(long Practice, DateOnly Month, string Category), SalesTotals[]> months)
    {
        if (months.Count == 0)
        {
            return;
        }
        if (connection is SqliteConnection)
        {
            AddOneByOne(connection, months);
        }
        else
        {
            AddAsArrays(connection, transaction, months);
        }
    }

    /// <summary>
    /// Some 11,000 months for a million rows: each looked up and written through statements bound by position
    /// (see SqliteStatement). A month the database has no days of yet — every month of a new file — costs one missed look-up.
    /// </summary>
    private static void AddOneByOne(DbConnection connection, Dictionary<(long Practice, DateOnly Month, string Category), SalesTotals[]> months)
    {
        using var stored = new SqliteStatement(connection, "SELECT days FROM sales_daily WHERE month = ?1 AND practice_id = ?2 AND category = ?3");
        using var write = new SqliteStatement(connection,
            "INSERT INTO sales_daily (month, practice_id, category, days) VALUES (?1, ?2, ?3, ?4) ON CONFLICT (month, practice_id, category) DO UPDATE SET days = excluded.days");
        using var drop = new SqliteStatement(connection, "DELETE FROM sales_daily WHERE month = ?1 AND practice_id = ?2 AND category = ?3");
        Span<byte> isoDate = stackalloc byte[10];
        foreach (var ((practice, month, category), slots) in months)
        {
            var key = IsoDate.Utf8(month, isoDate)[..7];
            stored.Bind(1, key);
            stored.Bind(2, practice);
            stored.BindCode(3, category);
            // At most one row (the key); reading on to the end resets the statement for the next month.
            while (stored.Read())
            {
                DayTotalsCodec.AddTo(stored.Blob(0), MemoryMarshal.Cast<SalesTotals, long>(slots.AsSpan()));
            }
            var bytes = DayTotalsCodec.Encode(MemoryMarshal.Cast<SalesTotals, long>(slots.AsSpan()));
            var statement = bytes.Length == 0 ? drop : write;
            statement.Bind(1, key);
            statement.Bind(2, practice);
            statement.BindCode(3, category);
            if (bytes.Length > 0)
            {
                write.BindBlob(4, bytes);
            }
            statement.Execute();
        }
    }

    /// <summary>On PostgreSQL, where a round trip per month would cost seconds: one to read the stored days, one to write.</summary>
    private static void AddAsArrays(DbConnection connection, DbTransaction transaction,
        Dictionary<(long Practice, DateOnly Month, string Category), SalesTotals[]> months)
    {
        var keys = months.Keys.ToArray();
        (string, object?)[] keyArrays =
        [
            ("@month", keys.Select(k => IsoDate.Month(k.Month)).ToArray()),
            ("@practice", keys.Select(k => k.Practice).ToArray()),
            ("@category", keys.Select(k => k.Category).ToArray()),
        ];
        var index = keys.Select((k, i) => (k, i)).ToDictionary(x => (IsoDate.Month(x.k.Month), x.k.Practice, x.k.Category), x => x.i);
        foreach (var (month, practice, category, days) in connection.Query(
                     """
                     SELECT d.month, d.practice_id, d.category, d.days
                     FROM sales_daily d JOIN unnest(@month, @practice, @category) AS k (month, practice_id, category)
                       ON d.month = k.month AND d.practice_id = k.practice_id AND d.category = k.category
                     """, r => (r.GetString(0), r.GetInt64(1), r.GetString(2), (byte[])r.GetValue(3)), transaction, keyArrays))
        {
            DayTotalsCodec.AddTo(days, MemoryMarshal.Cast<SalesTotals, long>(months[keys[index[(month, practice, category)]]].AsSpan()));
        }
        var encoded = keys.Select(k => DayTotalsCodec.Encode(MemoryMarshal.Cast<SalesTotals, long>(months[k].AsSpan()))).ToArray();
        connection.Execute(
            """
            INSERT INTO sales_daily (month, practice_id, category, days)
            SELECT * FROM unnest(@month, @practice, @category, @days) AS k (month, practice_id, category, days) WHERE length(k.days) > 0
            ON CONFLICT (month, practice_id, category) DO UPDATE SET days = excluded.days
            """, transaction, [.. keyArrays, ("@days", encoded)]);
        connection.Execute(
            """
            DELETE FROM sales_daily d USING unnest(@month, @practice, @category, @days) AS k (month, practice_id, category, days)
            WHERE length(k.days) = 0 AND d.month = k.month AND d.practice_id = k.practice_id AND d.category = k.category
            """, transaction, [.. keyArrays, ("@days", encoded)]);
    }
}
