namespace Dashboard.Data.Figures.Data;

/// <summary>
/// What one category's sales rows add up to, row by row: enough to compute every sales figure exactly whatever the
/// settings (docs/indicatoren.md#geld and docs/indicatoren.md#milieu) — revenue, items, given weights, the items of rows without a weight, revenue and
/// transactions of the rows that give transactions, and the row count. The import sums its file with it into
/// sales_daily and sales_monthly; the SQL of a replace or undo
/// (<c>SalesAggregates.AddStoredRows</c>) follows the same rule.
/// </summary>
// Seven longs in this order and nothing else: a month of them is stored as its numbers (Storage/DayTotalsCodec).
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

    /// <summary>Adds totals of other rows: a day's to its month's.</summary>
    public void Add(in SalesTotals other)
    {
        RevenueCents += other.RevenueCents;
        Items += other.Items;
        WeightGrams += other.WeightGrams;
        ItemsWithoutWeight += other.ItemsWithoutWeight;
        RevenueCentsWithTransactions += other.RevenueCentsWithTransactions;
        Transactions += other.Transactions;
        Rows += other.Rows;
    }

    public readonly SalesSums ToSums(string category) =>
        new(category, RevenueCents, Items, WeightGrams, ItemsWithoutWeight, RevenueCentsWithTransactions, Transactions, Rows);
}
