using System.Runtime.InteropServices;
using Dashboard.Data.Figures.Data;

namespace Dashboard.Data.Figures.Formulas;

/// <summary>
/// The sales totals of one group, summed per category in one pass over its facts: what <see cref="SalesFormulas"/>
/// computes every money and environment figure from.
/// </summary>
public sealed class SalesTally
{
    // A handful of categories: a list searched from the start beats hashing the category on every fact.
    private readonly List<SalesSums> _categories = [];

    public IReadOnlyCollection<SalesSums> Categories => _categories;

    public void Add(in SalesFact fact)
    {
        var sums = CollectionsMarshal.AsSpan(_categories);
        for (var i = 0; i < sums.Length; i++)
        {
            if (string.Equals(sums[i].Category, fact.Sums.Category, StringComparison.Ordinal))
            {
                sums[i] = sums[i].Plus(fact.Sums);
                return;
            }
        }
        _categories.Add(fact.Sums);
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
