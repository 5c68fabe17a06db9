using Dashboard.Data.Storage;

namespace Dashboard.Tests.TestSupport;

/// <summary>
/// The rule behind sales_monthly and sales_daily: they always equal the raw sales rows grouped by practice × month ×
/// category and by practice × day × category. Recomputed here from `sales` with one GROUP BY each, independent of how the
/// import maintained them.
/// </summary>
public static class SalesMonthlyCheck
{
    /// <summary>The sums of the stored sales rows per practice, <paramref name="key"/> (a month or a day) and category.</summary>
    private static string SumsOfSalesBy(string key) =>
        $"""
        SELECT practice_id, {key}, category,
               SUM(revenue_cents),
               COALESCE(SUM(items), 0),
               COALESCE(SUM(weight_g), 0),
               COALESCE(SUM(CASE WHEN weight_g IS NULL THEN items ELSE 0 END), 0),
               COALESCE(SUM(CASE WHEN transactions IS NULL THEN 0 ELSE revenue_cents END), 0),
               COALESCE(SUM(transactions), 0),
               COUNT(*)
        FROM sales
        GROUP BY practice_id, {key}, category
        ORDER BY 1, 2, 3
        """;

    private static readonly string Expected = SumsOfSalesBy("substr(sale_date, 1, 7)");

    private const string Actual =
        """
        SELECT practice_id, month, category, revenue_cents, items, weight_g, items_without_weight,
               revenue_cents_with_transactions, transactions, row_count
        FROM sales_monthly
        ORDER BY 1, 2, 3
        """;

    private static readonly string ExpectedDays = SumsOfSalesBy("sale_date");

    /// <summary>sales_daily's days, one line per practice, day and category, in the order of <see cref="ExpectedDays"/>.</summary>
    public static List<string> DayLines(TestInstallation install) =>
        install.Rows("SELECT practice_id, month, category, days FROM sales_daily", r => (Practice: r.GetInt64(0), Month: r.GetString(1), Category: r.GetString(2), Days: (byte[])r.GetValue(3)))
            .SelectMany(m =>
            {
                var days = new long[DayTotalsCodec.MonthLength];
                DayTotalsCodec.AddTo(m.Days, days);
                return Enumerable.Range(1, 31)
                    .Select(day => (Day: day, Sums: days.AsSpan(day * DayTotalsCodec.Sums, DayTotalsCodec.Sums).ToArray()))
                    .Where(d => d.Sums.Any(v => v != 0))
                    .Select(d => (m.Practice, $"{m.Month}-{d.Day:00}", m.Category, $"{m.Practice}|{m.Month}-{d.Day:00}|{m.Category}|{string.Join('|', d.Sums)}"));
            })
            .OrderBy(l => l.Item1).ThenBy(l => l.Item2, StringComparer.Ordinal).ThenBy(l => l.Item3, StringComparer.Ordinal)
            .Select(l => l.Item4)
            .ToList();

    public static void AssertMatchesSales(TestInstallation install)
    {
        Assert.Equal(install.Lines(Expected), install.Lines(Actual));
        Assert.Equal(install.Lines(ExpectedDays), DayLines(install));
    }
}
