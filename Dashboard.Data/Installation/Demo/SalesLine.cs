namespace Dashboard.Data.Installation.Demo;

/// <summary>
/// How one category sells: its share of a shop floor's revenue (or, for a practice, its typical day in
/// euros), the price and weight of an item, items per receipt, how often something comes back, and the
/// season by month (January first).
/// </summary>
internal sealed record SalesLine(
    string Category,
    double Revenue,
    double Price,
    double WeightKg,
    double ItemsPerReceipt,
    double RefundChance,
    IReadOnlyList<double> Season);
