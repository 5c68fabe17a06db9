namespace Dashboard.Data.Figures.Results;

/// <summary>
/// A figure as computed, before protection: its exact value (null = geen gegevens, a zero denominator) and
/// what protection and "hoe berekend?" need — the source rows used, the distinct participants who contribute,
/// the records it counts or sums as a <see cref="Results.Cell"/> (a count; the trajectories of the hours P8), and for
/// a rate its numerator and denominator as cells of their own records.
/// </summary>
public readonly record struct Measure(decimal? Value, long SourceRows, int Contributors = 0)
{
    /// <summary>The records a count counts, or the trajectories whose hours a sum adds up; null for any other figure.</summary>
    public Cell? Cell { get; init; }

    /// <summary>A rate's numerator: the records it counts.</summary>
    public Cell? Numerator { get; init; }

    /// <summary>A rate's denominator: the records it counts.</summary>
    public Cell? Denominator { get; init; }

    /// <summary>A count of the records of <paramref name="cell"/>.</summary>
    public static Measure Count(Cell cell, long sourceRows, int contributors = 0) =>
        new(cell.Count, sourceRows, contributors) { Cell = cell };
}
