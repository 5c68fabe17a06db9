namespace Dashboard.Data.Indicators.Data;

/// <summary>
/// Sales totals of one practice, category and month, restricted to the days of that month inside the
/// period asked for. The sums are those sales_monthly keeps, so every figure is exact for any setting.
/// </summary>
public sealed record SalesFact(
    long PracticeId,
    DateOnly Month,
    string Category,
    decimal Revenue,
    long Items,
    decimal WeightKg,
    long ItemsWithoutWeight,
    decimal RevenueWithTransactions,
    long Transactions,
    long Rows);
