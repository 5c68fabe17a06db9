namespace Dashboard.Data.Installation.Demo;

/// <summary>One row of `verkopen`: a day's total of one category at one practice, or a refund (negative revenue and items).</summary>
internal readonly record struct SalesRow(
    DateOnly Date,
    string Store,
    string Practice,
    string Category,
    long RevenueCents,
    int? Items,
    int? WeightTenthsOfKg,
    int? Transactions);
