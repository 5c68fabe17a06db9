using System.Runtime.InteropServices;
using Dashboard.Data.Indicators.Data;

namespace Dashboard.Data.Indicators.Formulas;

/// <summary>
/// The sales totals of one group, summed per category in one pass over its facts: what <see cref="SalesFormulas"/>
/// computes every money and environment figure from.
/// </summary>
public sealed class SalesTally
{
    private readonly Dictionary<string, SalesSums> _categories = [];

    public IReadOnlyCollection<SalesSums> Categories => _categories.Values;

    public void Add(in SalesFact fact)
    {
        ref var sums = ref CollectionsMarshal.GetValueRefOrAddDefault(_categories, fact.Sums.Category, out var seen);
        sums = seen ? sums.Plus(fact.Sums) : fact.Sums;
    }

    public static SalesTally Of(IEnumerable<SalesFact> facts)
    {
        var tally = new SalesTally();
        foreach (var fact in facts)
        {
            tally.Add(fact);
        }
        return tally;
    }
}
