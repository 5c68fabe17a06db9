using Dashboard.Data.Indicators.Filtering;
using Dashboard.Data.Indicators.Formulas;

namespace Dashboard.Data.Indicators.Calculation;

/// <summary>The facts of one group (or of the total) gathered for its period: what every figure is computed from.</summary>
public sealed class GroupTally(Period period)
{
    public Period Period => period;
    public PeopleTally People { get; } = new(period);
    public SalesTally Sales { get; } = new();
}
