namespace Dashboard.Data.Figures.Data;

/// <summary>
/// The monthly sales totals of the snapshot in one array ordered by practice (and, within a practice, as read), so
/// that a filter visits only the totals of its practices.
/// </summary>
public sealed class PackedSales
{
    private readonly SalesFact[] _facts;
    private readonly int[] _starts;

    public PackedSales(int practices, IReadOnlyList<SalesFact> monthly, Func<long, int> practiceIndex)
    {
        var order = Order(monthly.Select(f => practiceIndex(f.PracticeId)).ToArray(), practices, out _starts);
        _facts = order.Select(i => monthly[i]).ToArray();
    }

    /// <summary>The monthly totals of one practice (its index in the snapshot).</summary>
    public ReadOnlySpan<SalesFact> At(int practice) => _facts.AsSpan(_starts[practice], _starts[practice + 1] - _starts[practice]);

    /// <summary>
    /// The positions of the items in practice order (a counting sort: items of one practice keep their order), leaving out
    /// those at an unknown practice (−1); <paramref name="starts"/>[p] is where practice p's range begins, [p + 1] where it ends.
    /// </summary>
    private static int[] Order(int[] practiceOf, int practices, out int[] starts)
    {
        starts = new int[practices + 1];
        foreach (var practice in practiceOf)
        {
            if (practice >= 0)
            {
                starts[practice + 1]++;
            }
        }
        for (var p = 0; p < practices; p++)
        {
            starts[p + 1] += starts[p];
        }
        var order = new int[starts[practices]];
        var next = starts[..^1];
        for (var i = 0; i < practiceOf.Length; i++)
        {
            if (practiceOf[i] >= 0)
            {
                order[next[practiceOf[i]]++] = i;
            }
        }
        return order;
    }
}
