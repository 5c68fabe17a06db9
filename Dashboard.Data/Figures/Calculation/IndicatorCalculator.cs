using Dashboard.Data.Administration;
using Dashboard.Data.Figures.Data;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Data.Figures.Formulas;
using Dashboard.Data.Figures.Protection;
using Dashboard.Data.Figures.Results;
using Dashboard.Data.Figures.Settings;
using Dashboard.Data.Figures.SocialValue;

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
        var valuation = Applicability.Applies(FigureSubject.SocialValue, filter, null)
            ? Valuation.Of(settings.ValueMap, snapshot.Practices)
            : Valuation.None;
        var total = new GroupTally(period, valuation);
        GroupTallies? groups = breakdown switch
        {
            null => null,
            { } dimension when dimension.IsValueMapPart() => null,
            { } dimension when dimension.Grain() is { } grain => new PeriodTallies(period, grain, valuation),
            { } dimension => new KeyedTallies(period, new Grouping(dimension, snapshot, practices, filter), valuation),
        };

        // One pass over the facts of the period, those in scope added to the total and to their group(s).
        var packed = snapshot.Packed;
        var admits = new ParticipantFilter(filter, packed.Codes);
        var inScope = new bool[snapshot.Practices.Count];
        foreach (var practice in practices)
        {
            inScope[snapshot.PracticeIndex(practice.Id)] = true;
        }
        var rows = packed.RowsIn(period);
        foreach (var row in rows.Trajectories)
        {
            ref readonly var trajectory = ref packed.Trajectories[row];
            if (inScope[trajectory.Practice] && admits.Admits(trajectory))
            {
                total.Add(trajectory);
                groups?.Add(trajectory);
            }
        }
        foreach (var row in rows.Certificates)
        {
            ref readonly var certificate = ref packed.Certificates[row];
            if (inScope[certificate.Practice]
                && (!admits.Any || certificate.Trajectory >= 0 && admits.Admits(packed.Trajectories[certificate.Trajectory])))
            {
                total.Add(certificate);
                groups?.Add(certificate);
            }
        }
        foreach (var row in rows.FollowUps)
        {
            // A follow-up is its trajectory's: in scope, admitted and grouped by it.
            ref readonly var followUp = ref packed.FollowUps[row];
            ref readonly var trajectory = ref packed.Trajectories[followUp.Trajectory];
            if (inScope[trajectory.Practice] && admits.Admits(trajectory))
            {
                total.Add(followUp);
                groups?.Add(followUp, trajectory);
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
                        total.Add(fact, practice);
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
                    total.Add(fact, practice);
                    groups?.Add(fact, practice);
                }
            }
        }
        if (Applicability.Applies(FigureSubject.Investments, filter, null))
        {
            foreach (var investment in snapshot.Investments)
            {
                var practice = snapshot.PracticeIndex(investment.PracticeId);
                if (practice >= 0 && inScope[practice])
                {
                    total.Add(investment);
                    groups?.Add(investment, practice);
                }
            }
        }

        var totalApplicable = Applicability.Of(filter, null);
        var totalMeasures = Compute(total, profile);
        var totalHidden = Hidden([totalMeasures], totalApplicable, profile)[0];
        var totalGroup = ToGroup("totaal", "Totaal", totalMeasures, totalApplicable, totalHidden, totalHidden, profile);
        if (breakdown is not { } by)
        {
            return new IndicatorTable(filter, null, totalGroup, [], settings, profile) { LastDataDay = snapshot.LastDataDay };
        }
        var applicable = Applicability.Of(filter, by);
        List<IndicatorGroup> result;
        if (by.IsValueMapPart())
        {
            // Parts of the value map over the total's facts: a part's quantities are the total's, hidden as there.
            result = ValueMapParts(valuation, by)
                .Select(part => (part.Key, part.Label, Measures: Compute(total.Valuing(part.Valuation), profile)))
                .Select(g => ToGroup(g.Key, g.Label, g.Measures, applicable, HiddenFigures.None(g.Measures), totalHidden, profile))
                .ToList();
        }
        else
        {
            var measured = groups!.InOrder().Select(g => (g.Key, g.Label, Measures: Compute(g.Tally, profile))).ToList();
            var hidden = Hidden(measured.Select(g => g.Measures).ToList(), applicable, profile);
            result = measured.Select((g, i) => ToGroup(g.Key, g.Label, g.Measures, applicable, hidden[i], hidden[i], profile)).ToList();
        }
        return new IndicatorTable(filter, breakdown, totalGroup, result, settings, profile) { LastDataDay = snapshot.LastDataDay };
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
        var byKinds = tally.ByKinds.Select(part => Compute(part, profile)).ToList();
        var exact = new Dictionary<IndicatorCode, Measure>(IndicatorCatalogue.All.Count);
        var exactInput = new FormulaInput(tally, settings, exact, byKinds.Select(m => m.Exact).ToList());
        if (profile == ViewerProfile.Exact)
        {
            foreach (var indicator in IndicatorCatalogue.All)
            {
                exact[indicator.Code] = indicator.Formula(exactInput);
            }
            return new GroupMeasures(tally, exact, exact, byKinds);
        }
        var perturbed = new Dictionary<IndicatorCode, Measure>(IndicatorCatalogue.All.Count);
        var perturbedInput = new FormulaInput(tally, settings, perturbed, byKinds.Select(m => m.Shown).ToList());
        foreach (var indicator in IndicatorCatalogue.All)
        {
            exact[indicator.Code] = indicator.Formula(exactInput);
            perturbed[indicator.Code] = CellKeyPerturbation.Perturbed(indicator, exact[indicator.Code], settings.SmallCellK,
                () => indicator.Formula(perturbedInput));
        }
        return new GroupMeasures(tally, exact, perturbed, byKinds);
    }

    /// <summary>
    /// What a protected viewer is not shown of each group (nothing for an exact viewer), decided on the exact figures: its
    /// own figures, and its figures over each kind set of the value map, each set protected as a breakdown of its own.
    /// </summary>
    private List<HiddenFigures> Hidden(IReadOnlyList<GroupMeasures> groups, IReadOnlySet<IndicatorCode> applicable, ViewerProfile profile)
    {
        if (profile == ViewerProfile.Exact)
        {
            return groups.Select(HiddenFigures.None).ToList();
        }
        var own = SmallCellProtection.HiddenFigures(groups.Select(g => g.Exact).ToList(), applicable, settings.SmallCellK);
        var sets = groups.Count == 0 ? 0 : groups[0].ByKinds.Count;
        var byKinds = Enumerable.Range(0, sets)
            .Select(set => SmallCellProtection.HiddenFigures(groups.Select(g => g.ByKinds[set].Exact).ToList(), applicable, settings.SmallCellK))
            .ToList();
        return own.Select((figures, i) => new HiddenFigures(figures,
            byKinds.Select((set, s) => (IReadOnlySet<IndicatorCode>)WithOwn(set[i], figures, groups[i].ByKinds[s])).ToList())).ToList();
    }

    /// <summary>
    /// A kind set's hidden figures together with every figure hidden in the group itself that the set's practices have a
    /// share of: a group's count hidden to protect another must not be read back as a value-map row over its kinds.
    /// </summary>
    private static HashSet<IndicatorCode> WithOwn(HashSet<IndicatorCode> kindSet, HashSet<IndicatorCode> own, GroupMeasures overKinds)
    {
        kindSet.UnionWith(own.Where(code => overKinds.Exact[code].Value is > 0));
        return kindSet;
    }

    /// <summary>A group's hidden figures, and the hidden figures of its facts over each kind set of the value map.</summary>
    private sealed record HiddenFigures(HashSet<IndicatorCode> Own, IReadOnlyList<IReadOnlySet<IndicatorCode>> ByKinds)
    {
        public static HiddenFigures None(GroupMeasures measures) =>
            new([], measures.ByKinds.Select(_ => (IReadOnlySet<IndicatorCode>)new HashSet<IndicatorCode>()).ToList());
    }

    /// <summary>
    /// The groups of a stakeholder or value-map-row breakdown: each stakeholder as first spelled in map order (grouped
    /// case-insensitively) with its rows, or each row by its code with its outcome as label.
    /// </summary>
    private static IEnumerable<(string Key, string Label, Valuation Valuation)> ValueMapParts(Valuation valuation, Dimension breakdown) =>
        breakdown == Dimension.Stakeholder
            ? valuation.Stakeholders().Select(s => (s, s, valuation.Only(row => Valuation.SameStakeholder(row.Stakeholder, s))))
            : valuation.Rows.Select(r => (r.Row.Code, r.Row.Outcome, valuation.Only(row => row.Code == r.Row.Code)));

    /// <summary>
    /// A group's figures as the viewer sees them. <paramref name="peopleHidden"/> tells which people figures are hidden for
    /// the quantities the social value reads: the group's own, or the total's for a part of the value map.
    /// </summary>
    private IndicatorGroup ToGroup(string key, string label, GroupMeasures measures, IReadOnlySet<IndicatorCode> applicable,
        HiddenFigures hidden, HiddenFigures peopleHidden, ViewerProfile profile)
    {
        var valuation = measures.Tally.Valuation;
        SmallCellProtection.HidePricedOutcomes(hidden.Own, valuation.Rows, peopleHidden.Own, peopleHidden.ByKinds);
        return new IndicatorGroup(key, label, measures.Period, measures.Exact.ToDictionary(p => p.Key, p =>
        {
            var (code, exact) = (p.Key, p.Value);
            var shown = measures.Shown[code];
            var status = !applicable.Contains(code) ? FigureStatus.NotApplicable
                : hidden.Own.Contains(code) ? FigureStatus.Hidden
                : shown.Value is null ? FigureStatus.NoData
                : FigureStatus.Ok;
            return new Figure(code, status, status == FigureStatus.Ok ? shown.Value : null, SourceRows(code, status, exact, profile),
                Small: status == FigureStatus.Hidden && SmallCellProtection.IsSmall(code, exact, settings.SmallCellK));
        }))
        {
            Value = applicable.Contains(IndicatorCode.W1) || applicable.Contains(IndicatorCode.W2)
                ? new GroupValue(
                    valuation.Rows.Select(r => new RowFigure(r.Row, SmallCellProtection.IsHidden(r, peopleHidden.Own, peopleHidden.ByKinds)
                        ? null
                        : SocialValueFormulas.Value(r.Row, Quantity(measures, r) ?? 0m, valuation.Map.DiscountRatePct))).ToList(),
                    measures.Tally.Investments.Shares, valuation.Map)
                : null,
        };
    }

    /// <summary>A row's quantity Q as the viewer sees it: its indicator over the group, or over the group's practices of its kinds.</summary>
    private static decimal? Quantity(GroupMeasures measures, ValuedMapRow row) =>
        (row.KindSet < 0 ? measures.Shown : measures.ByKinds[row.KindSet].Shown)[row.Row.Indicator].Value;

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
