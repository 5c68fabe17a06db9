namespace Dashboard.Data.Installation.Demo;

/// <summary>
/// One demo store with its practices and the profile that makes it differ from the others: how well its
/// participants move on to paid work, how many drop out, how busy its shop is and where it is heading.
/// </summary>
internal sealed record DemoStore(string Code, string Name, string City, decimal FloorArea, IReadOnlyList<DemoPractice> Practices)
{
    public DateOnly? OpensOn { get; init; }

    public bool ClosedOnMonday { get; init; }

    /// <summary>Share of ended trajectories the store aims to see end in paid work (inside or outside).</summary>
    public double PaidWork { get; init; } = 0.25;

    /// <summary>Share of ended trajectories the store sees end in drop-out.</summary>
    public double DropOut { get; init; } = 0.2;

    /// <summary>Shop-floor revenue in euros per m² per year.</summary>
    public double RevenuePerSquareMetre { get; init; } = 400;

    /// <summary>Change of sales per year, e.g. 0.08 for 8% growth, negative for a shrinking store.</summary>
    public double GrowthPerYear { get; init; }

    /// <summary>Its prices relative to the sector's.</summary>
    public double PriceLevel { get; init; } = 1;

    /// <summary>Share of goods rows for which its till records a weight.</summary>
    public double WeighedShare { get; init; } = 0.97;

    public bool Has(string kind) => Practices.Any(p => p.Kind == kind);
}
