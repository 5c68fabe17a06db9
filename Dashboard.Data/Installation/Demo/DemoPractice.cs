namespace Dashboard.Data.Installation.Demo;

/// <summary>
/// One good practice of a demo store: what `winkels` says about it, how many work and learning places it
/// has, and how its till reports sales.
/// </summary>
internal sealed record DemoPractice(string Code, string Name, string Kind, int Capacity)
{
    /// <summary>When a practice started after the demo period began; before that it has no people and no sales.</summary>
    public DateOnly? OpensOn { get; init; }

    /// <summary>Its sales relative to a typical practice of its kind.</summary>
    public double SalesLevel { get; init; } = 1;

    public bool GivesItems { get; init; } = true;

    public bool GivesTransactions { get; init; } = true;

    public bool WeighsGoods { get; init; } = true;
}
