namespace Dashboard.Tests.TestSupport;

/// <summary>
/// The rule behind sales_monthly: it always equals the raw sales rows grouped by practice × month × category.
/// Recomputed here from `sales` with one GROUP BY, independent of how the import maintained it.
/// </summary>
public static class SalesMonthlyCheck
{
    private const string Expected =
        """
        SELECT practice_id, substr(sale_date, 1, 7), category,
               SUM(revenue_cents),
               COALESCE(SUM(items), 0),
               COALESCE(SUM(weight_g), 0),
               COALESCE(SUM(CASE WHEN weight_g IS NULL THEN items ELSE 0 END), 0),
               COALESCE(SUM(CASE WHEN transactions IS NULL THEN 0 ELSE revenue_cents END), 0),
               COALESCE(SUM(transactions), 0),
               COUNT(*)
        FROM sales
        GROUP BY practice_id, substr(sale_date, 1, 7), category
        ORDER BY 1, 2, 3
        """;

    private const string Actual =
        """
        SELECT practice_id, month, category, revenue_cents, items, weight_g, items_without_weight,
               revenue_cents_with_transactions, transactions, row_count
        FROM sales_monthly
        ORDER BY 1, 2, 3
        """;

    public static void AssertMatchesSales(TestInstallation install)
    {
        var expected = install.Lines(Expected);
        var actual = install.Lines(Actual);
        Assert.Equal(expected, actual);
    }
}
