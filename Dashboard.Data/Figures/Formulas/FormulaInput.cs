using Dashboard.Data.Figures.Data;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Data.Figures.Results;
using Dashboard.Data.Figures.Settings;

namespace Dashboard.Data.Figures.Formulas;

/// <summary>
/// What an <see cref="Indicator.Formula"/> computes its figure from: one group's tallies and period, the settings, and
/// the figures of the same group computed before it — those earlier in the catalogue.
/// </summary>
public sealed class FormulaInput(
    PeopleTally people,
    IReadOnlyCollection<SalesSums> sales,
    Period period,
    IndicatorSettings settings,
    IReadOnlyDictionary<IndicatorCode, Measure> earlier)
{
    public PeopleTally People => people;

    /// <summary>The group's sales totals, summed per category.</summary>
    public IReadOnlyCollection<SalesSums> Sales => sales;

    public Period Period => period;

    public IndicatorSettings Settings => settings;

    /// <summary>A figure computed before this one, unprotected.</summary>
    public Measure this[IndicatorCode code] => earlier.TryGetValue(code, out var measure)
        ? measure
        : throw new InvalidOperationException($"{code} is not computed yet: a formula reads only the figures before it in the catalogue.");
}
