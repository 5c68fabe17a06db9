using Dashboard.Data.Figures.Data;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Data.Figures.Results;

namespace Dashboard.Data.Figures.Targets;

/// <summary>
/// Which target applies to a view, what it is for the view's period, and how far the figure reached it
/// (docs/indicatoren.md#streefwaarden). Pure: works on the filter, the practices in its scope and the stored targets.
/// </summary>
public static class TargetAttainment
{
    /// <summary>Whether the indicator's <see cref="TargetRule"/> allows a target (P10's does not: a longer trajectory is not better or worse).</summary>
    public static bool CanHaveTarget(IndicatorCode code) => IndicatorCatalogue.Get(code).CanHaveTarget;

    /// <summary>
    /// The attainment of <paramref name="actual"/>, a figure computed for <paramref name="filter"/> (not a
    /// normalised value); null when no target applies to the view or its period, or the figure has no value.
    /// </summary>
    /// <param name="practicesInScope">The practices the filter selects.</param>
    /// <param name="targets">The stored targets; those of other years are ignored.</param>
    public static Attainment? For(Figure actual, IndicatorFilter filter, IReadOnlyCollection<PracticeInfo> practicesInScope,
        IEnumerable<Target> targets) =>
        YearTarget(actual.Code, filter, practicesInScope, targets) is { } yearTarget
        && TargetForPeriod(actual.Code, filter.Period, yearTarget) is { } target
            ? Of(actual, target)
            : null;

    /// <summary>
    /// The target for the whole year of the filter's period that applies to the view: an organisation-level
    /// view (one organisation, nothing narrower) takes the organisation's target; a view of exactly one practice
    /// that practice's; a view of several practices the sum of their targets when the targets add up (counts
    /// and sums) and every one of them has one. Under a participant-attribute filter no target applies: a
    /// target is for everyone a practice serves.
    /// </summary>
    public static decimal? YearTarget(IndicatorCode code, IndicatorFilter filter, IReadOnlyCollection<PracticeInfo> practicesInScope,
        IEnumerable<Target> targets)
    {
        if (!CanHaveTarget(code) || filter.HasParticipantFilter)
        {
            return null;
        }
        var year = filter.Period.From.Year;
        var ofYear = targets.Where(t => t.Year == year && t.Indicator == code).ToList();
        if (IsOrganisationView(filter))
        {
            var organisation = filter.Organisations.Single();
            return ofYear.FirstOrDefault(t => t.OrganisationId == organisation)?.Value;
        }

        var practices = practicesInScope.Select(p => p.Id).Distinct().ToList();
        var byPractice = ofYear.Where(t => t.PracticeId is not null).DistinctBy(t => t.PracticeId).ToDictionary(t => t.PracticeId!.Value, t => t.Value);
        if (practices.Count == 1)
        {
            return byPractice.TryGetValue(practices[0], out var value) ? value : null;
        }
        if (practices.Count == 0 || !IndicatorCatalogue.Get(code).TargetsAddUp || !practices.All(byPractice.ContainsKey))
        {
            return null;
        }
        return practices.Sum(id => byPractice[id]);
    }

    /// <summary>
    /// The target for a period, from the target for its year: the same for a calendar year; for year to date
    /// (1 January to a day of that year) counts and sums are prorated by the days elapsed — target × days of
    /// the period / days of the year (<see cref="TargetRule.Amount"/>) — while rates, means and fte are not. Null for any other period.
    /// </summary>
    public static decimal? TargetForPeriod(IndicatorCode code, Period period, decimal yearTarget)
    {
        if (!period.IsYearToDate)
        {
            return null;
        }
        if (IndicatorCatalogue.Get(code).TargetRule != TargetRule.Amount)
        {
            return yearTarget;
        }
        var daysInYear = DateTime.IsLeapYear(period.From.Year) ? 366 : 365;
        return yearTarget * period.Days / daysInYear;
    }

    /// <summary>
    /// How far <paramref name="actual"/> reached <paramref name="target"/>: actual / target × 100, achieved at
    /// 100% or more. Where lower is better (P7R) target / actual × 100, and achieved ("behaald") whenever the
    /// actual is at most the target — also at 0, where no percentage exists. None for P10, for a figure without
    /// data or not applicable, and for a target of 0 (no percentage of nothing) unless lower is better and the
    /// actual is 0 too. A hidden actual hides the attainment.
    /// </summary>
    public static Attainment? Of(Figure actual, decimal target)
    {
        var indicator = IndicatorCatalogue.Get(actual.Code);
        var lowerIsBetter = indicator.Direction == Direction.LowerIsBetter;
        if (!CanHaveTarget(actual.Code) || (target == 0 && !lowerIsBetter))
        {
            return null;
        }
        switch (actual.Status)
        {
            case FigureStatus.Hidden:
                return new Attainment(FigureStatus.Hidden, null, target, false);
            case FigureStatus.NoData or FigureStatus.NotApplicable:
                return null;
        }

        var value = actual.Value!.Value;
        if (!lowerIsBetter)
        {
            return new Attainment(FigureStatus.Ok, value / target * 100, target, value >= target);
        }
        if (value == 0)
        {
            return new Attainment(FigureStatus.Ok, null, target, true);
        }
        return target == 0 ? null : new Attainment(FigureStatus.Ok, target / value * 100, target, value <= target);
    }

    /// <summary>One organisation and nothing narrower: the view of the organisation as a whole.</summary>
    public static bool IsOrganisationView(IndicatorFilter filter) =>
        filter.Organisations.Count == 1 && filter.Stores.Count == 0 && filter.PracticeKinds.Count == 0 && filter.Practices.Count == 0
        && !filter.HasParticipantFilter;
}
