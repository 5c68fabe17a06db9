namespace Dashboard.Data.Figures.SocialValue;

/// <summary>
/// The installation's value map (docs/maatschappelijke-waarde.md#waardekaart): its rows in map order and the discount rate
/// with its source. Until an administrator confirms it (<see cref="ConfirmedAt"/>), every value shown from it is marked as
/// based on example values.
/// </summary>
public sealed record ValueMap(IReadOnlyList<ValueMapRow> Rows, decimal DiscountRatePct, string DiscountRateSource,
    DateTimeOffset? ConfirmedAt = null, string? ConfirmedBy = null)
{
    public bool IsConfirmed => ConfirmedAt is not null;

    /// <summary>The same rows and rate, confirmed by <paramref name="by"/> at <paramref name="at"/>.</summary>
    public ValueMap ConfirmedAs(string by, DateTimeOffset at) => this with { ConfirmedAt = at, ConfirmedBy = by };
}
