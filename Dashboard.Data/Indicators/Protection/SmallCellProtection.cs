using Dashboard.Data.Indicators.Results;

namespace Dashboard.Data.Indicators.Protection;

/// <summary>
/// Small-cell protection (SPEC §3.4), for the figures about people and what is computed from them:
/// <list type="bullet">
/// <item>a count (P1–P5, P9) between 1 and k−1 is hidden; 0 is shown;</item>
/// <item>a rate (P4R, P6R, P7R) is hidden when its numerator or denominator is between 1 and k−1;</item>
/// <item>a sum, mean or fte (P8, P10, P11, P12) is hidden when 1 to k−1 participants contribute;</item>
/// <item>in a breakdown whose groups add up (P2–P5, P9), when exactly one group is hidden the smallest other
/// non-zero group is hidden too (on a tie the first in display order), so the hidden one cannot be worked back;</item>
/// <item>a figure computed from a hidden figure is hidden: P4R, P6R and P7R with their counts, P12 and E2 with P8.</item>
/// </list>
/// </summary>
public static class SmallCellProtection
{
    private static readonly IndicatorCode[] Additive = [IndicatorCode.P2, IndicatorCode.P3, IndicatorCode.P4, IndicatorCode.P5, IndicatorCode.P9];

    /// <summary>What each derived figure is computed from.</summary>
    private static readonly Dictionary<IndicatorCode, IndicatorCode[]> Inputs = new()
    {
        [IndicatorCode.P4R] = [IndicatorCode.P4, IndicatorCode.P3],
        [IndicatorCode.P6R] = [IndicatorCode.P4, IndicatorCode.P5, IndicatorCode.P3],
        [IndicatorCode.P7R] = [IndicatorCode.P3],
        [IndicatorCode.P12] = [IndicatorCode.P8],
        [IndicatorCode.E2] = [IndicatorCode.P8],
    };

    /// <summary>Whether a single figure is hidden on its own (the first three rules).</summary>
    public static bool IsSmall(IndicatorCode code, Measure measure, int k)
    {
        var indicator = IndicatorCatalogue.Get(code);
        if (!indicator.IsAboutPeople)
        {
            return false;
        }
        return indicator.Kind switch
        {
            IndicatorKind.Count => IsSmall((long)(measure.Value ?? 0), k),
            IndicatorKind.Rate => IsSmall(measure.Numerator ?? 0, k) || IsSmall(measure.Denominator ?? 0, k),
            _ => IsSmall(measure.Contributors, k),
        };
    }

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
            foreach (var code in Additive.Where(applicable.Contains))
            {
                HideSecondCell(groups, hidden, code);
            }
        }
        foreach (var group in hidden)
        {
            foreach (var (derived, inputs) in Inputs)
            {
                if (applicable.Contains(derived) && inputs.Any(group.Contains))
                {
                    group.Add(derived);
                }
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
