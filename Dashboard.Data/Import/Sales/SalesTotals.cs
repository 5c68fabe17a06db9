namespace Dashboard.Data.Import.Sales;

/// <summary>
/// The sums sales_monthly keeps per practice, month and category: enough to compute every sales figure
/// exactly whatever the settings (SPEC §3.2–3.3) — revenue, items, given weights, the items of rows
/// without a weight, revenue and transactions of the rows that give transactions, and the row count.
/// </summary>
internal struct SalesTotals
{
    public long RevenueCents;
    public long Items;
    public long WeightGrams;
    public long ItemsWithoutWeight;
    public long RevenueCentsWithTransactions;
    public long Transactions;
    public long Rows;

    public void Add(long revenueCents, long? items, long? weightGrams, long? transactions)
    {
        RevenueCents += revenueCents;
        Items += items ?? 0;
        WeightGrams += weightGrams ?? 0;
        ItemsWithoutWeight += weightGrams is null ? items ?? 0 : 0;
        RevenueCentsWithTransactions += transactions is null ? 0 : revenueCents;
        Transactions += transactions ?? 0;
        Rows++;
    }
}
