using Dashboard.Data.Figures.Results;

namespace Dashboard.Data.Figures.Protection;

/// <summary>
/// Small-cell protection, by each figure's rules in the catalogue (see docs/indicatoren.md):
/// <list type="bullet">
/// <item>a figure is hidden on its own when what its <see cref="Indicator.SmallCells"/> rule looks at — the count, a rate's
/// numerator or denominator, or the participants who contribute — is between 1 and k−1;</item>
/// <item>in a breakdown of a figure whose groups add up (<see cref="Indicator.GroupsAddUp"/>), when exactly one group is
/// hidden the smallest other non-zero group is hidden too (on a tie the first in display order), so the hidden one
/// cannot be worked back;</item>
/// <item>a figure is hidden with any figure it is derived from (<see cref="Indicator.DerivedFrom"/>).</item>
/// </list>
/// </summary>
public static class SmallCellProtection
{
    /// <summary>Whether a single figure is hidden on its own (the first rule).</summary>
    public static bool IsSmall(IndicatorCode code, Measure measure, int k) => IndicatorCatalogue.Get(code).SmallCells switch
    {
        SmallCellRule.None => false,
        SmallCellRule.Count => IsSmall((long)(measure.Value ?? 0), k),
        SmallCellRule.NumeratorOrDenominator => IsSmall(measure.Numerator?.Count ?? 0, k) || IsSmall(measure.Denominator?.Count ?? 0, k),
        SmallCellRule.Contributors => IsSmall(measure.Contributors, k),
    };

    public static bool IsSmall(long value, int k) => value >= 1 && value <= k - 1;

    /// <summary>
    /// The hidden figures of a breakdown's groups (in display order), or of a total as a single group.
    /// <paramref name="applicable"/> tells which figures have a value at all (not n.v.t.).
    /// </summary>
    public static IReadOnlyList<HashSet<IndicatorCode>> HiddenFigures(
        IReadOnlyList<IReadOnlyDictionary<IndicatorCode, Measure>> groups, IReadOnlySet<IndicatorCode> applicable, int k)
    {
        var hidden = groups
            .Select(g => g.Where(p => applicable.Contains(p.Key) && IsSmall(p.Key, p.Value, k)).Select(p => p.Key).ToHashSet())
            .ToList();
        if (groups.Count > 1)
        {
            foreach (var indicator in IndicatorCatalogue.All.Where(i => i.GroupsAddUp && applicable.Contains(i.Code)))
            {
                HideSecondCell(groups, hidden, indicator.Code);
            }
        }
        // In catalogue order, so that a figure derived from a derived figure follows it.
        var derived = IndicatorCatalogue.All.Where(i => i.DerivedFrom.Count > 0 && applicable.Contains(i.Code)).ToList();
        foreach (var group in hidden)
        {
            foreach (var indicator in derived.Where(i => i.DerivedFrom.Any(group.Contains)))
            {
                group.Add(indicator.Code);
            }
        }
        return hidden;
    }

    private static void HideSecondCell(IReadOnlyList<IReadOnlyDictionary<IndicatorCode, Measure>> groups, List<HashSet<IndicatorCode>> hidden, IndicatorCode code)
    {
        if (hidden.Count(h => h.Contains(code)) != 1)
        {
            return;
        }
        var smallest = Enumerable.Range(0, groups.Count)
            .Where(i => !hidden[i].Contains(code) && groups[i][code].Value is > 0)
            .OrderBy(i => groups[i][code].Value)
            .ThenBy(i => i)
            .Cast<int?>()
            .FirstOrDefault();
        if (smallest is { } index)
        {
            hidden[index].Add(code);
        }
    }
}
