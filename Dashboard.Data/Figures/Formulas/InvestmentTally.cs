using Dashboard.Data.Figures.Data;
using Dashboard.Data.Figures.Filtering;

namespace Dashboard.Data.Figures.Formulas;

/// <summary>
/// The investments of one group's practices, each prorated over the group's period: its amount × the days of its year
/// inside the period / the days of that year (docs/maatschappelijke-waarde.md#berekening). What the investment W2 sums.
/// </summary>
public sealed class InvestmentTally(Period period)
{
    private readonly List<InvestmentShare> _shares = [];

    /// <summary>The investments with a share in the period, in the order added.</summary>
    public IReadOnlyList<InvestmentShare> Shares => _shares;

    /// <summary>Σ of the shares, exact.</summary>
    public decimal Amount { get; private set; }

    public void Add(InvestmentFact investment)
    {
        var year = Period.Year(investment.Year);
        var first = Math.Max(year.From.DayNumber, period.From.DayNumber);
        var last = Math.Min(year.To.DayNumber, period.To.DayNumber);
        if (last < first)
        {
            return;
        }
        var share = investment.Amount * (last - first + 1) / year.Days;
        _shares.Add(new InvestmentShare(investment, last - first + 1, year.Days, share));
        Amount += share;
    }
}

/// <summary>An investment with the days of its year inside the period, the days of that year, and the amount that falls in the period.</summary>
public sealed record InvestmentShare(InvestmentFact Investment, int DaysInPeriod, int DaysInYear, decimal Amount);
