using Dashboard.Data.Figures.Results;

namespace Dashboard.Data.Figures.Comparison;

/// <summary>
/// The change of a figure against an earlier one (docs/indicatoren.md#vergelijken): absolute — for rates in percentage points —
/// and in percent, which is null ("n.v.t.") when the earlier value is 0. A change involving a hidden
/// value is hidden; one involving "geen gegevens" or "n.v.t." has that status.
/// </summary>
public sealed record FigureChange(FigureStatus Status, decimal? Absolute, decimal? Percent)
{
    public static FigureChange Between(Figure current, Figure earlier)
    {
        FigureStatus[] statuses = [current.Status, earlier.Status];
        if (statuses.Contains(FigureStatus.NotApplicable))
        {
            return new FigureChange(FigureStatus.NotApplicable, null, null);
        }
        if (statuses.Contains(FigureStatus.Hidden))
        {
            return new FigureChange(FigureStatus.Hidden, null, null);
        }
        if (statuses.Contains(FigureStatus.NoData))
        {
            return new FigureChange(FigureStatus.NoData, null, null);
        }
        var (now, before) = (current.Value!.Value, earlier.Value!.Value);
        return new FigureChange(FigureStatus.Ok, now - before, before == 0 ? null : (now - before) / Math.Abs(before) * 100m);
    }
}
