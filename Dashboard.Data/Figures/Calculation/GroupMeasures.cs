using Dashboard.Data.Figures.Filtering;
using Dashboard.Data.Figures.Results;

namespace Dashboard.Data.Figures.Calculation;

/// <summary>
/// Every figure of one group in its period: exact (what small-cell protection decides on, and what an exact viewer
/// sees), and perturbed (what a protected viewer sees of a figure that is not hidden).
/// </summary>
public sealed record GroupMeasures(
    Period Period,
    IReadOnlyDictionary<IndicatorCode, Measure> Exact,
    IReadOnlyDictionary<IndicatorCode, Measure> Perturbed);
