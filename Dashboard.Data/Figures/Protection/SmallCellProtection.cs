using Dashboard.Data.Figures.Results;
using Dashboard.Data.Figures.SocialValue;

namespace Dashboard.Data.Figures.Protection;

/// <summary>
/// Small-cell protection, by each figure's rules in the catalogue (see docs/indicatoren.md):
/// <list type="bullet">
/// <item>a figure is hidden on its own when what its <see cref="Indicator.SmallCells"/> rule looks at — the count, a rate's
/// numerator or denominator, or the participants who contribute — is between 1 and k−1;</item>
/// <item>in a breakdown of a figure whose groups add up (<see cref="Indicator.GroupsAddUp"/>), when exactly one group is
/// hidden the smallest other non-zero group is hidden too (on a tie the first in display order), so the hidden one
/// cannot be worked back; for a rate whose parts add up (<see cref="Indicator.PartsAddUp"/>) the same holds for its
/// numerator and for its denominator, each on its own;</item>
/// <item>a figure is hidden with any figure it is derived from (<see cref="Indicator.DerivedFrom"/>);</item>
/// <item>a social value is hidden when the quantity of any row it values is a hidden people figure (<see cref="HidePricedOutcomes"/>).</item>
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
        // Decided row by row over the quantities: HidePricedOutcomes.
        SmallCellRule.PricedOutcomes => false,
    };

    /// <summary>
    /// Whether a value-map row's quantity is a hidden people figure (docs/maatschappelijke-waarde.md#afscherming): its
    /// indicator is hidden in <paramref name="hidden"/> — the group's hidden figures — or, for a row restricted to practice
    /// kinds, in the hidden figures of the group over those kinds. Euros from sales are never hidden.
    /// </summary>
    public static bool IsHidden(ValuedMapRow row, IReadOnlySet<IndicatorCode> hidden, IReadOnlyList<IReadOnlySet<IndicatorCode>> hiddenByKinds) =>
        (row.KindSet < 0 ? hidden : hiddenByKinds[row.KindSet]).Contains(row.Row.Indicator);

    /// <summary>
    /// Hides every social value with a <see cref="SmallCellRule.PricedOutcomes"/> rule when any row valued has a hidden
    /// quantity (<see cref="IsHidden"/>): the sum would give that row's value, and with it the hidden figure, away.
    /// </summary>
    public static void HidePricedOutcomes(HashSet<IndicatorCode> hidden, IEnumerable<ValuedMapRow> rows,
        IReadOnlySet<IndicatorCode> peopleHidden, IReadOnlyList<IReadOnlySet<IndicatorCode>> peopleHiddenByKinds)
    {
        if (rows.Any(row => IsHidden(row, peopleHidden, peopleHiddenByKinds)))
        {
            hidden.UnionWith(PricedOutcomes);
        }
    }

    private static readonly IndicatorCode[] PricedOutcomes =
        IndicatorCatalogue.All.Where(i => i.SmallCells == SmallCellRule.PricedOutcomes).Select(i => i.Code).ToArray();

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
                var code = indicator.Code;
                HideSecond(hidden, code, groups.Select(g => g[code].Value ?? 0m).ToList(), i => hidden[i].Contains(code));
            }
            foreach (var indicator in IndicatorCatalogue.All.Where(i => i.PartsAddUp && applicable.Contains(i.Code)))
            {
                var code = indicator.Code;
                foreach (var part in new Func<Measure, int>[] { m => m.Numerator?.Count ?? 0, m => m.Denominator?.Count ?? 0 })
                {
                    var sizes = groups.Select(g => (decimal)part(g[code])).ToList();
                    HideSecond(hidden, code, sizes, i => IsSmall((long)sizes[i], k));
                }
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

    /// <summary>
    /// Secondary suppression: when exactly one group is <paramref name="first"/> — hidden on its own — the figure of the group
    /// with the smallest other non-zero size is hidden too (on a tie the first in display order), so the first cannot be
    /// worked back from the total. The size is the figure itself for a count or sum, or one part of a rate, each decided on
    /// that size alone so that it hides what the count of that part would hide, whatever else hides the rate.
    /// </summary>
    private static void HideSecond(List<HashSet<IndicatorCode>> hidden, IndicatorCode code, IReadOnlyList<decimal> sizes, Func<int, bool> first)
    {
        var groups = Enumerable.Range(0, sizes.Count).ToList();
        if (groups.Count(first) != 1)
        {
            return;
        }
        var smallest = groups
            .Where(i => !first(i) && sizes[i] > 0)
            .OrderBy(i => sizes[i])
            .ThenBy(i => i)
            .Cast<int?>()
            .FirstOrDefault();
        if (smallest is { } index)
        {
            hidden[index].Add(code);
        }
    }
}
