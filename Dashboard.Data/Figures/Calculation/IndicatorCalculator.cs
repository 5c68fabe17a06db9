using Dashboard.Data.Administration;
using Dashboard.Data.Figures.Data;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Data.Figures.Formulas;
using Dashboard.Data.Figures.Protection;
using Dashboard.Data.Figures.Results;
using Dashboard.Data.Figures.Settings;

namespace Dashboard.Data.Figures.Calculation;

/// <summary>
/// Computes every indicator of docs/indicatoren.md for a filter, as a total and broken down by one dimension, then
/// applies small-cell protection and cell-key perturbation for a protected viewer. Pure: it works on a <see cref="SectorSnapshot"/>
/// and the sales totals of the filter's period, and reads nothing itself.
/// </summary>
public sealed class IndicatorCalculator(IndicatorSettings settings)
{
    /// <summary>
    /// The figures for a filter. The sales of the period's whole months come from the snapshot; <paramref name="cutMonthSales"/>
    /// are the totals of the days of the months it cuts through, for any practices (see <see cref="MonthDays"/>), or none
    /// when money and environment figures do not apply.
    /// </summary>
    public IndicatorTable Calculate(SectorSnapshot snapshot, IReadOnlyList<ReadOnlyMemory<SalesFact>> cutMonthSales, IndicatorFilter filter,
        Dimension? breakdown, ViewerProfile profile)
    {
        var period = filter.Period;
        var practices = PracticesInScope(snapshot, filter).ToList();
        var total = new GroupTally(period);
        GroupTallies? groups = breakdown switch
        {
            null => null,
            { } dimension when dimension.Grain() is { } grain => new PeriodTallies(period, grain),
            { } dimension => new KeyedTallies(period, new Grouping(dimension, snapshot, practices, filter)),
        };

        // One pass over the facts of the period, those in scope added to the total and to their group(s).
        var packed = snapshot.Packed;
        var admits = new ParticipantFilter(filter, packed.Codes);
        var inScope = new bool[snapshot.Practices.Count];
        foreach (var practice in practices)
        {
            inScope[snapshot.PracticeIndex(practice.Id)] = true;
        }
        var (from, to) = (period.From.DayNumber, period.To.DayNumber);
        var rows = packed.RowsIn(from, to);
        foreach (var row in rows.Trajectories)
        {
            ref readonly var trajectory = ref packed.Trajectories[row];
            if (inScope[trajectory.Practice] && admits.Admits(trajectory))
            {
                total.People.Add(trajectory);
                groups?.Add(trajectory);
            }
        }
        foreach (var row in rows.Certificates)
        {
            ref readonly var certificate = ref packed.Certificates[row];
            if (inScope[certificate.Practice]
                && (!admits.Any || certificate.Trajectory >= 0 && admits.Admits(packed.Trajectories[certificate.Trajectory])))
            {
                total.People.Add(certificate);
                groups?.Add(certificate);
            }
        }
        if (Applicability.Applies(FigureSubject.Sales, filter, null) && period.WholeMonths() is var (first, last))
        {
            for (var practice = 0; practice < inScope.Length; practice++)
            {
                if (!inScope[practice])
                {
                    continue;
                }
                foreach (ref readonly var fact in snapshot.PackedSales.At(practice))
                {
                    if (fact.Month >= first && fact.Month <= last)
                    {
                        total.Sales.Add(fact);
                        groups?.Add(fact, practice);
                    }
                }
            }
        }
        foreach (var days in cutMonthSales)
        {
            foreach (ref readonly var fact in days.Span)
            {
                var practice = snapshot.PracticeIndex(fact.PracticeId);
                if (practice >= 0 && inScope[practice])
                {
                    total.Sales.Add(fact);
                    groups?.Add(fact, practice);
                }
            }
        }

        var totalGroup = Group("totaal", "Totaal", Compute(total, profile), Applicability.Of(filter, null), profile);
        if (groups is null)
        {
            return new IndicatorTable(filter, null, totalGroup, [], settings, profile);
        }
        var applicable = Applicability.Of(filter, breakdown);
        var measured = groups.InOrder().Select(g => (g.Key, g.Label, Measures: Compute(g.Tally, profile))).ToList();
        var hidden = profile == ViewerProfile.Protected
            ? SmallCellProtection.HiddenFigures(measured.Select(g => g.Measures.Exact).ToList(), applicable, settings.SmallCellK)
            : measured.Select(_ => new HashSet<IndicatorCode>()).ToList();
        var result = measured.Select((g, i) => ToGroup(g.Key, g.Label, g.Measures, applicable, hidden[i], profile)).ToList();
        return new IndicatorTable(filter, breakdown, totalGroup, result, settings, profile);
    }

    /// <summary>The default period: the year to date up to the last day that has data, so a view never opens empty (docs/indicatoren.md#regels-voor-elk-cijfer).</summary>
    public static Period DefaultPeriod(DateOnly? lastDataDay, DateOnly today) =>
        Period.YearToDate(lastDataDay is { } last && last <= today ? last : today);

    /// <summary>
    /// Every figure of one group's tally, each by its catalogue entry's formula in catalogue order: exact, and as the viewer
    /// sees it when shown at all — for a protected viewer perturbed by its cell key (<see cref="CellKeyPerturbation"/>), a
    /// figure derived from others computed from their perturbed values; for an exact viewer the exact figures themselves.
    /// </summary>
    public GroupMeasures Compute(GroupTally tally, ViewerProfile profile)
    {
        var exact = new Dictionary<IndicatorCode, Measure>(IndicatorCatalogue.All.Count);
        var exactInput = new FormulaInput(tally.People, tally.Sales.Categories, tally.Period, settings, exact);
        if (profile == ViewerProfile.Exact)
        {
            foreach (var indicator in IndicatorCatalogue.All)
            {
                exact[indicator.Code] = indicator.Formula(exactInput);
            }
            return new GroupMeasures(tally.Period, exact, exact);
        }
        var perturbed = new Dictionary<IndicatorCode, Measure>(IndicatorCatalogue.All.Count);
        var perturbedInput = new FormulaInput(tally.People, tally.Sales.Categories, tally.Period, settings, perturbed);
        foreach (var indicator in IndicatorCatalogue.All)
        {
            exact[indicator.Code] = indicator.Formula(exactInput);
            perturbed[indicator.Code] = CellKeyPerturbation.Perturbed(indicator, exact[indicator.Code], settings.SmallCellK,
                () => indicator.Formula(perturbedInput));
        }
        return new GroupMeasures(tally.Period, exact, perturbed);
    }

    private IndicatorGroup Group(string key, string label, GroupMeasures measures, IReadOnlySet<IndicatorCode> applicable, ViewerProfile profile)
    {
        var hidden = profile == ViewerProfile.Protected
            ? SmallCellProtection.HiddenFigures([measures.Exact], applicable, settings.SmallCellK)[0]
            : [];
        return ToGroup(key, label, measures, applicable, hidden, profile);
    }

    private IndicatorGroup ToGroup(string key, string label, GroupMeasures measures, IReadOnlySet<IndicatorCode> applicable,
        IReadOnlySet<IndicatorCode> hidden, ViewerProfile profile) =>
        new(key, label, measures.Period, measures.Exact.ToDictionary(p => p.Key, p =>
        {
            var (code, exact) = (p.Key, p.Value);
            var shown = measures.Shown[code];
            var status = !applicable.Contains(code) ? FigureStatus.NotApplicable
                : hidden.Contains(code) ? FigureStatus.Hidden
                : shown.Value is null ? FigureStatus.NoData
                : FigureStatus.Ok;
            return new Figure(code, status, status == FigureStatus.Ok ? shown.Value : null, SourceRows(code, status, exact, profile),
                Small: status == FigureStatus.Hidden && SmallCellProtection.IsSmall(code, exact, settings.SmallCellK));
        }));

    /// <summary>
    /// The source rows of a figure about people count people or trajectories themselves (P2's rows are P2, P10's
    /// are P3), so a protected viewer gets none of a figure protection can hide: they could give a hidden count away.
    /// </summary>
    private static long? SourceRows(IndicatorCode code, FigureStatus status, Measure measure, ViewerProfile profile) =>
        status is FigureStatus.NotApplicable or FigureStatus.Hidden
        || profile == ViewerProfile.Protected && IndicatorCatalogue.Get(code).IsProtected
            ? null
            : measure.SourceRows;

    /// <summary>The practices the filter's organisations, stores, practice kinds and practices leave in scope.</summary>
    public static IEnumerable<PracticeInfo> PracticesInScope(SectorSnapshot snapshot, IndicatorFilter filter) =>
        snapshot.Practices.Where(filter.Includes);
}
