using Dashboard.Data.Indicators.Data;
using Dashboard.Data.Indicators.Filtering;
using Dashboard.Data.Indicators.Formulas;
using Dashboard.Data.Indicators.Protection;
using Dashboard.Data.Indicators.Results;
using Dashboard.Data.Settings;

namespace Dashboard.Data.Indicators.Calculation;

/// <summary>
/// Computes every indicator of SPEC §3 for a filter, as a total and broken down by one dimension, then
/// applies small-cell protection for a protected viewer. Pure: it works on a <see cref="SectorSnapshot"/>
/// and the sales totals of the filter's period, and reads nothing itself.
/// </summary>
public sealed class IndicatorCalculator(IndicatorSettings settings)
{
    public IndicatorTable Calculate(SectorSnapshot snapshot, IReadOnlyList<SalesFact> sales, IndicatorFilter filter,
        Dimension? breakdown, ViewerProfile profile)
    {
        var period = filter.Period;
        var practices = PracticesInScope(snapshot, filter).ToDictionary(p => p.Id);
        var wholeSector = practices.Count == snapshot.Practices.Count;
        var trajectories = (wholeSector ? snapshot.Trajectories : practices.Keys.SelectMany(id => snapshot.TrajectoriesByPractice[id]))
            .Where(t => practices.ContainsKey(t.PracticeId) && t.IsActiveIn(period.From, period.To) && Admits(filter, t))
            .ToList();
        var certificates = (wholeSector ? snapshot.Certificates : practices.Keys.SelectMany(id => snapshot.CertificatesByPractice[id]))
            .Where(c => practices.ContainsKey(c.PracticeId) && period.Contains(c.Date)
                        && (!filter.HasParticipantFilter || c.Trajectory is { } t && Admits(filter, t)))
            .ToList();
        var scopeSales = sales.Where(s => practices.ContainsKey(s.PracticeId)).ToList();

        var total = Group("totaal", "Totaal", period, Compute(trajectories, certificates, scopeSales, period),
            Applicability.Of(filter, null), profile);
        if (breakdown is not { } dimension)
        {
            return new IndicatorTable(filter, null, total, [], settings, profile);
        }

        var applicable = Applicability.Of(filter, dimension);
        List<(string Key, string Label, Period Period, IReadOnlyDictionary<IndicatorCode, Measure> Measures)> groups;
        if (dimension.Grain() is { } grain)
        {
            groups = period.Split(grain)
                .Select(part => (part.Label(grain), part.Label(grain), part, Compute(
                    trajectories.Where(t => t.IsActiveIn(part.From, part.To)).ToList(),
                    certificates.Where(c => part.Contains(c.Date)).ToList(),
                    scopeSales.Where(s => part.Contains(s.Month > period.From ? s.Month : period.From)).ToList(),
                    part)))
                .ToList();
        }
        else
        {
            var grouping = new Grouping(dimension, practices);
            var trajectoriesByGroup = trajectories.ToLookup(grouping.KeyOf);
            var certificatesByGroup = certificates.ToLookup(grouping.KeyOf);
            var salesByGroup = scopeSales.ToLookup(grouping.KeyOf);
            var anyUnknown = trajectoriesByGroup.Contains(Grouping.Unknown) || certificatesByGroup.Contains(Grouping.Unknown);
            groups = grouping.Groups(filter, anyUnknown)
                .Select(g => (g.Key, g.Label, period, Compute(
                    trajectoriesByGroup[g.Key].ToList(), certificatesByGroup[g.Key].ToList(), salesByGroup[g.Key].ToList(), period)))
                .ToList();
        }
        var hidden = profile == ViewerProfile.Protected
            ? SmallCellProtection.HiddenFigures(groups.Select(g => g.Measures).ToList(), applicable, settings.SmallCellK)
            : groups.Select(_ => new HashSet<IndicatorCode>()).ToList();
        var result = groups.Select((g, i) => ToGroup(g.Key, g.Label, g.Period, g.Measures, applicable, hidden[i], profile)).ToList();
        return new IndicatorTable(filter, dimension, total, result, settings, profile);
    }

    /// <summary>The default period: the year to date up to the last day that has data, so a view never opens empty (SPEC §3).</summary>
    public static Period DefaultPeriod(DateOnly? lastDataDay, DateOnly today) =>
        Period.YearToDate(lastDataDay is { } last && last <= today ? last : today);

    /// <summary>Every figure, unprotected, for facts already restricted to one group.</summary>
    public IReadOnlyDictionary<IndicatorCode, Measure> Compute(IReadOnlyList<TrajectoryFact> trajectories,
        IReadOnlyList<CertificateFact> certificates, IReadOnlyList<SalesFact> sales, Period period)
    {
        var outflow = PeopleFormulas.Outflow(trajectories, period);
        var paidWork = PeopleFormulas.OutflowTo(trajectories, period, PeopleFormulas.PaidWork);
        var education = PeopleFormulas.OutflowTo(trajectories, period, PeopleFormulas.Education);
        var dropOut = PeopleFormulas.OutflowTo(trajectories, period, PeopleFormulas.DropOut);
        var positive = paidWork with { Value = paidWork.Value + education.Value };
        var hours = PeopleFormulas.ParticipantHours(trajectories, period);
        var revenue = SalesFormulas.Revenue(sales);
        return new Dictionary<IndicatorCode, Measure>
        {
            [IndicatorCode.P1] = PeopleFormulas.ActiveParticipants(trajectories, period),
            [IndicatorCode.P2] = PeopleFormulas.Inflow(trajectories, period),
            [IndicatorCode.P3] = outflow,
            [IndicatorCode.P4] = paidWork,
            [IndicatorCode.P4R] = PeopleFormulas.Rate(paidWork, outflow),
            [IndicatorCode.P5] = education,
            [IndicatorCode.P6R] = PeopleFormulas.Rate(positive, outflow),
            [IndicatorCode.P7R] = PeopleFormulas.Rate(dropOut, outflow),
            [IndicatorCode.P8] = hours,
            [IndicatorCode.P9] = PeopleFormulas.Certificates(certificates, period),
            [IndicatorCode.P10] = PeopleFormulas.MeanLengthInMonths(trajectories, period),
            [IndicatorCode.P11] = PeopleFormulas.MeanLadderRise(trajectories, period),
            [IndicatorCode.P12] = PeopleFormulas.FullTimeEquivalents(hours, period, settings.FteHoursPerWeek),
            [IndicatorCode.E1] = revenue,
            [IndicatorCode.E2] = SalesFormulas.RevenuePerParticipantHour(revenue, hours),
            [IndicatorCode.E3] = SalesFormulas.AverageSpend(sales),
            [IndicatorCode.M1] = SalesFormulas.ItemsReused(sales),
            [IndicatorCode.M2] = SalesFormulas.WeightReusedKg(sales, settings),
            [IndicatorCode.M3] = SalesFormulas.Co2AvoidedKg(sales, settings),
        };
    }

    private IndicatorGroup Group(string key, string label, Period period, IReadOnlyDictionary<IndicatorCode, Measure> measures,
        IReadOnlySet<IndicatorCode> applicable, ViewerProfile profile)
    {
        var hidden = profile == ViewerProfile.Protected
            ? SmallCellProtection.HiddenFigures([measures], applicable, settings.SmallCellK)[0]
            : [];
        return ToGroup(key, label, period, measures, applicable, hidden, profile);
    }

    private static IndicatorGroup ToGroup(string key, string label, Period period, IReadOnlyDictionary<IndicatorCode, Measure> measures,
        IReadOnlySet<IndicatorCode> applicable, IReadOnlySet<IndicatorCode> hidden, ViewerProfile profile) =>
        new(key, label, period, measures.ToDictionary(p => p.Key, p =>
        {
            var (code, measure) = (p.Key, p.Value);
            var status = !applicable.Contains(code) ? FigureStatus.NotApplicable
                : hidden.Contains(code) ? FigureStatus.Hidden
                : measure.Value is null ? FigureStatus.NoData
                : FigureStatus.Ok;
            return new Figure(code, status, status == FigureStatus.Ok ? measure.Value : null, SourceRows(code, status, measure, profile));
        }));

    /// <summary>
    /// The source rows of a figure about people count people or trajectories themselves (P2's rows are P2, P10's
    /// are P3), so a protected viewer gets none: they could give a hidden count away.
    /// </summary>
    private static long? SourceRows(IndicatorCode code, FigureStatus status, Measure measure, ViewerProfile profile) =>
        status is FigureStatus.NotApplicable or FigureStatus.Hidden
        || profile == ViewerProfile.Protected && (IndicatorCatalogue.Get(code).IsAboutPeople || code == IndicatorCode.E2)
            ? null
            : measure.SourceRows;

    /// <summary>The practices the filter's organisations, stores, practice kinds and practices leave in scope.</summary>
    public static IEnumerable<PracticeInfo> PracticesInScope(SectorSnapshot snapshot, IndicatorFilter filter) =>
        snapshot.Practices.Where(filter.Includes);

    private static bool Admits(IndicatorFilter filter, TrajectoryFact t) => filter.Admits(t.TargetGroup, t.AgeGroup, t.TrajectoryType, t.Scheme);
}
