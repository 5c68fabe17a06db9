using Dashboard.Data.Figures.Data;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Data.Figures.Formulas;
using Dashboard.Data.Figures.SocialValue;

namespace Dashboard.Data.Figures.Calculation;

/// <summary>
/// The facts of one group (or of the total) gathered for its period: what every figure is computed from — its people,
/// sales and investments, and what the value map values of them (<see cref="Valuation"/>): the rows it values and, per kind
/// set of the rows restricted to practice kinds, the same facts at those practices only.
/// </summary>
public sealed class GroupTally
{
    private readonly GroupTally[] _byKinds;

    public GroupTally(Period period) : this(period, Valuation.None)
    {
    }

    public GroupTally(Period period, Valuation valuation)
    {
        Period = period;
        Valuation = valuation;
        People = new PeopleTally(period);
        Sales = new SalesTally();
        Investments = new InvestmentTally(period);
        _byKinds = new GroupTally[valuation.KindSets];
        for (var set = 0; set < _byKinds.Length; set++)
        {
            _byKinds[set] = new GroupTally(period);
        }
    }

    private GroupTally(GroupTally facts, Valuation valuation)
    {
        (Period, Valuation, People, Sales, Investments, _byKinds) = (facts.Period, valuation, facts.People, facts.Sales, facts.Investments, facts._byKinds);
    }

    public Period Period { get; }
    public PeopleTally People { get; }
    public SalesTally Sales { get; }
    public InvestmentTally Investments { get; }

    /// <summary>The value-map rows this group values.</summary>
    public Valuation Valuation { get; }

    /// <summary>Per kind set of <see cref="Valuation"/>, the group's facts at practices of those kinds.</summary>
    public IReadOnlyList<GroupTally> ByKinds => _byKinds;

    public void Add(in PackedTrajectory trajectory)
    {
        People.Add(trajectory);
        for (var set = 0; set < _byKinds.Length; set++)
        {
            if (Valuation.InKindSet(set, trajectory.Practice))
            {
                _byKinds[set].People.Add(trajectory);
            }
        }
    }

    public void Add(in PackedCertificate certificate)
    {
        People.Add(certificate);
        for (var set = 0; set < _byKinds.Length; set++)
        {
            if (Valuation.InKindSet(set, certificate.Practice))
            {
                _byKinds[set].People.Add(certificate);
            }
        }
    }

    public void Add(in PackedFollowUp followUp)
    {
        People.Add(followUp);
        for (var set = 0; set < _byKinds.Length; set++)
        {
            if (Valuation.InKindSet(set, followUp.Practice))
            {
                _byKinds[set].People.Add(followUp);
            }
        }
    }

    /// <summary>Sales totals at a practice (its index in the snapshot).</summary>
    public void Add(in SalesFact sales, int practice)
    {
        Sales.Add(sales);
        for (var set = 0; set < _byKinds.Length; set++)
        {
            if (Valuation.InKindSet(set, practice))
            {
                _byKinds[set].Sales.Add(sales);
            }
        }
    }

    public void Add(InvestmentFact investment) => Investments.Add(investment);

    /// <summary>The same facts, valuing only the rows of <paramref name="part"/>: a stakeholder's group, or one row's.</summary>
    public GroupTally Valuing(Valuation part) => new(this, part);
}
