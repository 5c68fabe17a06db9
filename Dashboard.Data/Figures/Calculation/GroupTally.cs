using Dashboard.Data.Figures.Filtering;
using Dashboard.Data.Figures.Formulas;

namespace Dashboard.Data.Figures.Calculation;

/// <summary>The facts of one group (or of the total) gathered for its period: what every figure is computed from.</summary>
public sealed class GroupTally(Period period)
{
    public Period Period => period;
    public PeopleTally People { get; } = new(period);
    public SalesTally Sales { get; } = new();
}
