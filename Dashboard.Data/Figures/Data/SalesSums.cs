namespace Dashboard.Data.Figures.Data;

/// <summary>
/// The sums sales_monthly keeps for one category, in whole cents and grams as stored, so that adding totals of
/// many months and practices is exact and cheap; the formulas read them in euros and kilograms.
/// </summary>
public readonly record struct SalesSums(
    string Category,
    long RevenueCents,
    long Items,
    long WeightGrams,
    long ItemsWithoutWeight,
    long RevenueCentsWithTransactions,
    long Transactions,
    long Rows)
{
    public decimal Revenue => RevenueCents / 100m;

    /// <summary>The weight given on the rows that give one.</summary>
    public decimal WeightKg => WeightGrams / 1000m;

    /// <summary>The revenue of the rows that give a number of transactions (E3's numerator).</summary>
    public decimal RevenueWithTransactions => RevenueCentsWithTransactions / 100m;

    public SalesSums Plus(in SalesSums other) => this with
    {
        RevenueCents = RevenueCents + other.RevenueCents,
        Items = Items + other.Items,
        WeightGrams = WeightGrams + other.WeightGrams,
        ItemsWithoutWeight = ItemsWithoutWeight + other.ItemsWithoutWeight,
        RevenueCentsWithTransactions = RevenueCentsWithTransactions + other.RevenueCentsWithTransactions,
        Transactions = Transactions + other.Transactions,
        Rows = Rows + other.Rows,
    };
}
