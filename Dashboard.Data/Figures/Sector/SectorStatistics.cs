namespace Dashboard.Data.Figures.Sector;

/// <summary>The arithmetic of a sector comparison (docs/sector.md#sectorvergelijking), in one place.</summary>
public static class SectorStatistics
{
    /// <summary>
    /// The p-th percentile (0–1) of the values as a spreadsheet's PERCENTILE.INC: linear interpolation at position (n − 1) × p
    /// of the sorted values.
    /// </summary>
    public static decimal Percentile(IReadOnlyList<decimal> values, decimal p)
    {
        if (values.Count == 0)
        {
            throw new ArgumentException("a percentile of no values", nameof(values));
        }
        var sorted = values.Order().ToArray();
        var position = (sorted.Length - 1) * p;
        var below = (int)Math.Floor(position);
        return below + 1 >= sorted.Length
            ? sorted[below]
            : sorted[below] + (position - below) * (sorted[below + 1] - sorted[below]);
    }

    /// <summary>1 when the value is at most P25, 2 at most the median, 3 at most P75, else 4.</summary>
    public static int Quarter(decimal value, decimal p25, decimal median, decimal p75) =>
        value <= p25 ? 1 : value <= median ? 2 : value <= p75 ? 3 : 4;

    /// <summary>
    /// A percentile as a protected viewer may see it: rounded to the figure's display precision — its decimals, or three
    /// significant digits for a normalised value — so its last digits cannot help work back another organisation's value.
    /// </summary>
    public static decimal Rounded(decimal value, Indicator indicator, bool normalised)
    {
        if (!normalised)
        {
            return Math.Round(value, indicator.Decimals, MidpointRounding.AwayFromZero);
        }
        if (value == 0)
        {
            return 0;
        }
        var magnitude = (int)Math.Floor(Math.Log10((double)Math.Abs(value)));
        return Math.Round(value, Math.Clamp(2 - magnitude, 0, 6), MidpointRounding.AwayFromZero);
    }
}
