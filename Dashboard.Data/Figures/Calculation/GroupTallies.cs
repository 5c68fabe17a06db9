using Dashboard.Data.Figures.Data;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Data.Figures.SocialValue;

namespace Dashboard.Data.Figures.Calculation;

/// <summary>The groups of a breakdown, each gathering its facts while the calculator passes over them once.</summary>
internal abstract class GroupTallies
{
    public abstract void Add(in PackedTrajectory trajectory);
    public abstract void Add(in PackedCertificate certificate);

    /// <summary>A follow-up, grouped as its trajectory is — but in time by its own date.</summary>
    public abstract void Add(in PackedFollowUp followUp, in PackedTrajectory trajectory);

    /// <summary>Sales totals at a practice (its index in the snapshot).</summary>
    public abstract void Add(in SalesFact sales, int practice);

    /// <summary>An investment in a practice (its index in the snapshot).</summary>
    public abstract void Add(InvestmentFact investment, int practice);

    /// <summary>Every group in display order, those without facts included.</summary>
    public abstract IEnumerable<(string Key, string Label, GroupTally Tally)> InOrder();
}

/// <summary>
/// Months, quarters or years, each clipped to the period: a trajectory counts in every part it is active in (and in P15 of
/// every part whose period moved back 6 months it ended in), a certificate or follow-up in the part of its date, a month's sales in the part that holds that month (or the period's start), an
/// investment in every part, prorated over each.
/// </summary>
internal sealed class PeriodTallies(Period period, TimeGrain grain, Valuation valuation) : GroupTallies
{
    private readonly GroupTally[] _parts = period.Split(grain).Select(part => new GroupTally(part, valuation)).ToArray();

    public override void Add(in PackedTrajectory trajectory)
    {
        foreach (var part in _parts)
        {
            part.Add(trajectory);
        }
    }

    public override void Add(in PackedCertificate certificate) => PartOf(DateOnly.FromDayNumber(certificate.Date)).Add(certificate);

    public override void Add(in PackedFollowUp followUp, in PackedTrajectory trajectory) => PartOf(DateOnly.FromDayNumber(followUp.Date)).Add(followUp);

    public override void Add(in SalesFact sales, int practice) => PartOf(sales.Month > period.From ? sales.Month : period.From).Add(sales, practice);

    public override void Add(InvestmentFact investment, int practice)
    {
        foreach (var part in _parts)
        {
            part.Add(investment);
        }
    }

    public override IEnumerable<(string Key, string Label, GroupTally Tally)> InOrder() =>
        _parts.Select(part => (part.Period.Label(grain), part.Period.Label(grain), part));

    private GroupTally PartOf(DateOnly day)
    {
        foreach (var part in _parts)
        {
            if (part.Period.Contains(day))
            {
                return part;
            }
        }
        throw new ArgumentOutOfRangeException(nameof(day), day, $"outside {period}");
    }
}

/// <summary>Organisations, stores, practices, codes or funders: each fact counts in the group <see cref="Grouping"/> gives it.</summary>
internal sealed class KeyedTallies : GroupTallies
{
    private readonly Grouping _grouping;
    private readonly GroupTally[] _groups;
    private bool _anyUnknown;

    public KeyedTallies(Period period, Grouping grouping, Valuation valuation)
    {
        _grouping = grouping;
        _groups = grouping.Groups.Select(_ => new GroupTally(period, valuation)).ToArray();
    }

    public override void Add(in PackedTrajectory trajectory) => Group(_grouping.GroupOf(trajectory))?.Add(trajectory);

    public override void Add(in PackedCertificate certificate) => Group(_grouping.GroupOf(certificate))?.Add(certificate);

    public override void Add(in PackedFollowUp followUp, in PackedTrajectory trajectory) => Group(_grouping.GroupOf(trajectory))?.Add(followUp);

    public override void Add(in SalesFact sales, int practice) => Group(_grouping.GroupOfSales(practice))?.Add(sales, practice);

    public override void Add(InvestmentFact investment, int practice) => Group(_grouping.GroupOf(investment, practice))?.Add(investment);

    public override IEnumerable<(string Key, string Label, GroupTally Tally)> InOrder() =>
        _grouping.Groups.Select((g, number) => (g.Key, g.Label, _groups[number]))
            .Where((_, number) => number != _grouping.UnknownGroup || _anyUnknown);

    private GroupTally? Group(int number)
    {
        if (number < 0)
        {
            return null;
        }
        _anyUnknown |= number == _grouping.UnknownGroup;
        return _groups[number];
    }
}
