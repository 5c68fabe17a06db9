using Dashboard.Data.Administration;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Data.Figures.Settings;

namespace Dashboard.Data.Figures.Results;

/// <summary>
/// The figures for a filter: the total and, with a breakdown, one group per value in scope (zeros included),
/// in display order — with what explains them: the filter, the settings used, the viewer's profile and the last day
/// the data reaches.
/// </summary>
public sealed record IndicatorTable(
    IndicatorFilter Filter,
    Dimension? Breakdown,
    IndicatorGroup Total,
    IReadOnlyList<IndicatorGroup> Groups,
    IndicatorSettings Settings,
    ViewerProfile Profile)
{
    /// <summary>The last day with any data when the figures were computed; null in an empty installation.</summary>
    public DateOnly? LastDataDay { get; init; }
}
