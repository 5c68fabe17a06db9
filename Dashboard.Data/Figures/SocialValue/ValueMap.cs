namespace Dashboard.Data.Figures.SocialValue;

/// <summary>
/// The installation's value map (docs/maatschappelijke-waarde.md#waardekaart): its rows in map order and the discount rate
/// with its source. Until an administrator confirms it (<see cref="ConfirmedAt"/>), every value shown from it is marked as
/// based on example values.
/// </summary>
public sealed record ValueMap(IReadOnlyList<ValueMapRow> Rows, decimal DiscountRatePct, string DiscountRateSource,
    DateTimeOffset? ConfirmedAt = null, string? ConfirmedBy = null, long Version = 0)
{
    public bool IsConfirmed => ConfirmedAt is not null;

    /// <summary>The rows whose proxy source is still the example's marker: a map with any cannot be confirmed.</summary>
    public IEnumerable<int> RowsWithExampleSources() =>
        Rows.Select((row, i) => (row, i)).Where(r => r.row.ProxySource.Contains(ExampleValueMap.Marker, StringComparison.Ordinal)).Select(r => r.i);

    /// <summary>Whether two readings hold the same map (a record compares its list of rows by reference).</summary>
    public bool SameAs(ValueMap other) =>
        this with { Rows = [] } == other with { Rows = [] } && Rows.Count == other.Rows.Count && Rows.Zip(other.Rows).All(p => p.First.SameAs(p.Second));

    /// <summary>The same rows and rate, confirmed by <paramref name="by"/> at <paramref name="at"/>.</summary>
    public ValueMap ConfirmedAs(string by, DateTimeOffset at) => this with { ConfirmedAt = at, ConfirmedBy = by };
}
