namespace Dashboard.Data.Figures.Data;

/// <summary>
/// What one category's sales rows add up to, row by row: enough to compute every sales figure exactly whatever the
/// settings (docs/indicatoren.md#geld and docs/indicatoren.md#milieu) — revenue, items, given weights, the items of rows without a weight, revenue and
/// transactions of the rows that give transactions, and the row count. The import sums its file with it into
/// sales_monthly, and the engine the raw rows of a month a period cuts through; the SQL of a replace or undo
/// (<c>SalesAggregates.AddStoredRows</c>) follows the same rule.
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

    public readonly SalesSums ToSums(string category) =>
        new(category, RevenueCents, Items, WeightGrams, ItemsWithoutWeight, RevenueCentsWithTransactions, Transactions, Rows);
}
