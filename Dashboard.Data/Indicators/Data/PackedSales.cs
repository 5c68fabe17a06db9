namespace Dashboard.Data.Indicators.Data;

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
        var order = PracticeRanges.Order(monthly.Select(f => practiceIndex(f.PracticeId)).ToArray(), practices, out _starts);
        _facts = order.Select(i => monthly[i]).ToArray();
    }

    /// <summary>The monthly totals of one practice (its index in the snapshot).</summary>
    public ReadOnlySpan<SalesFact> At(int practice) => _facts.AsSpan(_starts[practice], _starts[practice + 1] - _starts[practice]);
}
