namespace Dashboard.Data.Figures.SocialValue;

/// <summary>
/// One valued outcome of the value map (docs/maatschappelijke-waarde.md#waardekaart): the figure that counts it, what one
/// unit is worth to whom and where that comes from, the shares that would have happened anyway, only moved elsewhere or
/// are owed to others, the share lost each later year, how many years it lasts, and the practice kinds it applies to
/// (none: all). Percentages are 0–100.
/// </summary>
public sealed record ValueMapRow(
    string Code,
    string Outcome,
    string Stakeholder,
    IndicatorCode Indicator,
    decimal ProxyEur,
    string ProxySource,
    decimal DeadweightPct,
    decimal DisplacementPct,
    decimal AttributionPct,
    decimal DropOffPct,
    int DurationYears,
    IReadOnlyList<string> Kinds)
{
    /// <summary>Whether the row applies to practices of <paramref name="kind"/>.</summary>
    public bool AppliesTo(string kind) => Kinds.Count == 0 || Kinds.Contains(kind, StringComparer.Ordinal);

    /// <summary>Value equality over the kinds too (a record compares lists by reference).</summary>
    public bool SameAs(ValueMapRow other) => this with { Kinds = [] } == other with { Kinds = [] } && Kinds.SequenceEqual(other.Kinds);
}
