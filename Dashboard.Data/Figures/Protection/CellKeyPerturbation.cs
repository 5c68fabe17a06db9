using Dashboard.Data.Figures.Results;

namespace Dashboard.Data.Figures.Protection;

/// <summary>
/// Cell-key perturbation for protected viewers (docs/privacy-en-toegang.md#afwijkingen-tegen-aftrekken), the one place
/// it is computed. Every count is shifted by <c>(cell key mod 5) − 2</c>, the cell key being the sum of the record keys
/// of exactly the records it counts, modulo 256: the same records give the same shown value on every page, export and
/// day, and a total minus its visible groups, or a filter minus a slightly wider one, no longer gives a hidden count
/// away. Whether a figure is hidden is decided on the exact values (<see cref="SmallCellProtection"/>); this only
/// decides what a figure that is shown shows.
/// </summary>
public static class CellKeyPerturbation
{
    /// <summary>
    /// The count a protected viewer sees: 0 stays 0; otherwise max(k, count + (cell key mod 5) − 2). A count of 1 … k−1
    /// is hidden anyway; it gets k here, which is never shown.
    /// </summary>
    public static long Count(Cell cell, int k) => cell.Count == 0 ? 0 : Math.Max(k, cell.Count + Shift(cell.Key));

    /// <summary>The shift of a count, −2 … +2.</summary>
    public static int Shift(int cellKey) => cellKey % 5 - 2;

    /// <summary>
    /// A rate from the perturbed counts of its numerator and denominator, the numerator capped at the denominator:
    /// 100 × n′ / d′, or "geen gegevens" for a zero denominator.
    /// </summary>
    public static decimal? Rate(Cell numerator, Cell denominator, int k)
    {
        var shownDenominator = Count(denominator, k);
        return Formulas.PeopleFormulas.Percentage(Math.Min(Count(numerator, k), shownDenominator), shownDenominator);
    }

    /// <summary>
    /// Hours as a protected viewer sees them: hours × (1 + ((cell key of their trajectories mod 11) − 5) / 100), rounded to
    /// 10 hours (half away from zero); hours there are never read as 0 (an active trajectory always has hours).
    /// </summary>
    public static decimal Hours(decimal hours, Cell trajectories)
    {
        var shown = Math.Round(hours * (1m + (trajectories.Key % 11 - 5) / 100m) / 10m, MidpointRounding.AwayFromZero) * 10m;
        return hours > 0 ? Math.Max(10m, shown) : shown;
    }

    /// <summary>The decimals a mean keeps for a protected viewer: with one, every count in the ±2 window fits it.</summary>
    public const int MeanDecimals = 1;

    /// <summary>
    /// A figure as a protected viewer sees it, by its <see cref="Indicator.Perturbation"/> rule. <paramref name="recompute"/>
    /// computes a figure derived from others by its formula over the perturbed figures before it.
    /// </summary>
    public static Measure Perturbed(Indicator indicator, Measure exact, int k, Func<Measure> recompute) => indicator.Perturbation switch
    {
        PerturbationRule.None => exact,
        PerturbationRule.Rounded => exact with { Value = exact.Value is { } mean ? Math.Round(mean, MeanDecimals, MidpointRounding.AwayFromZero) : null },
        PerturbationRule.Count => exact with { Value = Count(exact.Cell!.Value, k) },
        PerturbationRule.Rate => exact with { Value = Rate(exact.Numerator!.Value, exact.Denominator!.Value, k) },
        PerturbationRule.Hours => exact with { Value = Hours(exact.Value!.Value, exact.Cell!.Value) },
        PerturbationRule.FromPerturbed => recompute() with { SourceRows = exact.SourceRows, Contributors = exact.Contributors },
    };
}
