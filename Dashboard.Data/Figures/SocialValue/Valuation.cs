using Dashboard.Data.Figures.Data;

namespace Dashboard.Data.Figures.SocialValue;

/// <summary>
/// The value map as one calculation applies it (docs/maatschappelijke-waarde.md#berekening): the rows a group values — all
/// of them, or one stakeholder's, or one row — and, for rows restricted to practice kinds, the distinct set of kinds each
/// belongs to and which practices each set holds. A group's facts are gathered once more per kind set, because such a
/// row's quantity Q is its indicator over the group's practices of those kinds only.
/// </summary>
public sealed class Valuation
{
    private readonly bool[][] _practicesOfSet;

    private Valuation(ValueMap map, IReadOnlyList<ValuedMapRow> rows, bool[][] practicesOfSet)
    {
        Map = map;
        Rows = rows;
        _practicesOfSet = practicesOfSet;
    }

    /// <summary>No rows: nothing is valued (a tally of only some kinds, or the figures under a participant filter).</summary>
    public static Valuation None { get; } = new(new ValueMap([], 0m, string.Empty), [], []);

    public ValueMap Map { get; }

    /// <summary>The rows valued, in map order, each with its kind set (−1: every kind).</summary>
    public IReadOnlyList<ValuedMapRow> Rows { get; }

    /// <summary>The number of distinct kind sets among the map's rows.</summary>
    public int KindSets => _practicesOfSet.Length;

    /// <summary>Whether the practice with index <paramref name="practice"/> in the snapshot is of a kind in <paramref name="set"/>.</summary>
    public bool InKindSet(int set, int practice) => _practicesOfSet[set][practice];

    /// <summary>Every row of <paramref name="map"/>, with a kind set per distinct list of kinds over the snapshot's practices.</summary>
    public static Valuation Of(ValueMap map, IReadOnlyList<PracticeInfo> practices)
    {
        var sets = new List<IReadOnlyList<string>>();
        var keys = new List<string>();
        var rows = new List<ValuedMapRow>();
        foreach (var row in map.Rows)
        {
            var set = -1;
            if (row.Kinds.Count > 0)
            {
                set = keys.IndexOf(ValueMapRules.KindSet(row.Kinds));
                if (set < 0)
                {
                    keys.Add(ValueMapRules.KindSet(row.Kinds));
                    sets.Add(row.Kinds);
                    set = sets.Count - 1;
                }
            }
            rows.Add(new ValuedMapRow(row, set));
        }
        return new Valuation(map, rows, sets.Select(kinds => practices.Select(p => kinds.Contains(p.Kind, StringComparer.Ordinal)).ToArray()).ToArray());
    }

    /// <summary>The same kind sets, valuing only the rows <paramref name="valued"/> keeps: a stakeholder's rows, or one row.</summary>
    public Valuation Only(Func<ValueMapRow, bool> valued) => new(Map, Rows.Where(r => valued(r.Row)).ToList(), _practicesOfSet);

    /// <summary>The stakeholders in map order, each as first spelled: stakeholders are grouped case-insensitively.</summary>
    public IReadOnlyList<string> Stakeholders() =>
        Map.Rows.Select(r => r.Stakeholder).DistinctBy(s => s.ToUpperInvariant()).ToList();

    public static bool SameStakeholder(string a, string b) => string.Equals(a.ToUpperInvariant(), b.ToUpperInvariant(), StringComparison.Ordinal);
}

/// <summary>A value-map row as a calculation values it: with the index of its kind set, or −1 when it applies to every kind.</summary>
public readonly record struct ValuedMapRow(ValueMapRow Row, int KindSet);
