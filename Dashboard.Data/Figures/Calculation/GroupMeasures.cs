using Dashboard.Data.Figures.Filtering;
using Dashboard.Data.Figures.Results;

namespace Dashboard.Data.Figures.Calculation;

/// <summary>
/// Every figure of one group in its period: exact (what small-cell protection decides on), and as the viewer sees a
/// figure that is not hidden — perturbed for a protected viewer, the exact figures themselves for an exact one — with the
/// same figures over the group's practices of each kind set of the value map (<see cref="GroupTally.ByKinds"/>).
/// </summary>
public sealed record GroupMeasures(
    GroupTally Tally,
    IReadOnlyDictionary<IndicatorCode, Measure> Exact,
    IReadOnlyDictionary<IndicatorCode, Measure> Shown,
    IReadOnlyList<GroupMeasures> ByKinds)
{
    public Period Period => Tally.Period;
}
