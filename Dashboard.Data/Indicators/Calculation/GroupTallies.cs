using Dashboard.Data.Indicators.Data;
using Dashboard.Data.Indicators.Filtering;

namespace Dashboard.Data.Indicators.Calculation;

/// <summary>The groups of a breakdown, each gathering its facts while the calculator passes over them once.</summary>
internal abstract class GroupTallies
{
    public abstract void Add(TrajectoryFact trajectory);
    public abstract void Add(CertificateFact certificate);
    public abstract void Add(in SalesFact sales);

    /// <summary>Every group in display order, those without facts included.</summary>
    public abstract IEnumerable<(string Key, string Label, GroupTally Tally)> InOrder(IndicatorFilter filter);
}

/// <summary>
/// Months, quarters or years, each clipped to the period: a trajectory counts in every part it is active in, a
/// certificate in the part of its date, a month's sales in the part that holds that month (or the period's start).
/// </summary>
internal sealed class PeriodTallies(Period period, TimeGrain grain) : GroupTallies
{
    private readonly GroupTally[] _parts = period.Split(grain).Select(part => new GroupTally(part)).ToArray();

    public override void Add(TrajectoryFact trajectory)
    {
        foreach (var part in _parts)
        {
            part.People.Add(trajectory);
        }
    }

    public override void Add(CertificateFact certificate) => PartOf(certificate.Date).People.Add(certificate);

    public override void Add(in SalesFact sales) => PartOf(sales.Month > period.From ? sales.Month : period.From).Sales.Add(sales);

    public override IEnumerable<(string Key, string Label, GroupTally Tally)> InOrder(IndicatorFilter filter) =>
        _parts.Select(part => (part.Period.Label(grain), part.Period.Label(grain), part));

    private GroupTally PartOf(DateOnly day) => _parts.First(part => part.Period.Contains(day));
}

/// <summary>Organisations, stores, practices or codes: each fact counts in the group of its key (see <see cref="Grouping"/>).</summary>
internal sealed class KeyedTallies(Period period, Grouping grouping) : GroupTallies
{
    private readonly Dictionary<string, GroupTally> _groups = [];

    public override void Add(TrajectoryFact trajectory)
    {
        if (grouping.KeyOf(trajectory) is { } key)
        {
            Tally(key).People.Add(trajectory);
        }
    }

    public override void Add(CertificateFact certificate)
    {
        if (grouping.KeyOf(certificate) is { } key)
        {
            Tally(key).People.Add(certificate);
        }
    }

    public override void Add(in SalesFact sales)
    {
        if (grouping.KeyOf(sales) is { } key)
        {
            Tally(key).Sales.Add(sales);
        }
    }

    public override IEnumerable<(string Key, string Label, GroupTally Tally)> InOrder(IndicatorFilter filter) =>
        grouping.Groups(filter, anyUnknown: _groups.ContainsKey(Grouping.Unknown))
            .Select(g => (g.Key, g.Label, _groups.GetValueOrDefault(g.Key) ?? new GroupTally(period)));

    private GroupTally Tally(string key)
    {
        if (!_groups.TryGetValue(key, out var tally))
        {
            tally = new GroupTally(period);
            _groups[key] = tally;
        }
        return tally;
    }
}
