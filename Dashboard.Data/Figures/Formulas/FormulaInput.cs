using Dashboard.Data.Figures.Calculation;
using Dashboard.Data.Figures.Data;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Data.Figures.Results;
using Dashboard.Data.Figures.Settings;
using Dashboard.Data.Figures.SocialValue;

namespace Dashboard.Data.Figures.Formulas;

/// <summary>
/// What an <see cref="Indicator.Formula"/> computes its figure from: one group's tallies and period, the settings, and
/// the figures of the same group computed before it — those earlier in the catalogue, and for the social value the same
/// figures over the group's practices of each kind set of the value map (<see cref="Valuation"/>). Each is either exact or,
/// for a protected viewer's figures, perturbed: a formula reads them alike.
/// </summary>
public sealed class FormulaInput(
    GroupTally tally,
    IndicatorSettings settings,
    IReadOnlyDictionary<IndicatorCode, Measure> earlier,
    IReadOnlyList<IReadOnlyDictionary<IndicatorCode, Measure>> byKinds)
{
    public PeopleTally People => tally.People;

    /// <summary>The group's sales totals, summed per category.</summary>
    public IReadOnlyCollection<SalesSums> Sales => tally.Sales.Categories;

    /// <summary>The investments in the group's practices, prorated over its period.</summary>
    public InvestmentTally Investments => tally.Investments;

    public Period Period => tally.Period;

    public IndicatorSettings Settings => settings;

    /// <summary>A figure computed before this one.</summary>
    public Measure this[IndicatorCode code] => earlier.TryGetValue(code, out var measure)
        ? measure
        : throw new InvalidOperationException($"{code} is not computed yet: a formula reads only the figures before it in the catalogue.");

    /// <summary>
    /// The value-map rows the group values, in map order, each with its quantity Q: its indicator over the group's
    /// practices of the row's kinds (all when it names none).
    /// </summary>
    public IEnumerable<(ValueMapRow Row, Measure Quantity)> ValuedRows =>
        tally.Valuation.Rows.Select(r => (r.Row, r.KindSet < 0 ? this[r.Row.Indicator] : byKinds[r.KindSet][r.Row.Indicator]));

    /// <summary>The discount rate of the value map, % per year.</summary>
    public decimal DiscountRatePct => tally.Valuation.Map.DiscountRatePct;
}
