using Dashboard.Data.Indicators.Data;
using Dashboard.Data.Indicators.Filtering;
using Dashboard.Data.Indicators.Results;

namespace Dashboard.Data.Indicators.Formulas;

/// <summary>
/// The figures about people (SPEC §3.1), as pure functions of trajectories and certificates that are
/// already restricted to the filter and group. A trajectory is active in the period when start ≤ tot and
/// (no end or end ≥ van).
/// </summary>
public static class PeopleFormulas
{
    /// <summary>Trajectories with outcome paid work, outside or inside the organisation (P4).</summary>
    public static readonly IReadOnlySet<string> PaidWork = new HashSet<string> { "betaald_werk", "betaald_werk_intern" };

    public static readonly IReadOnlySet<string> Education = new HashSet<string> { "opleiding" };

    public static readonly IReadOnlySet<string> DropOut = new HashSet<string> { "uitval" };

    /// <summary>Months are days divided by 30.4375, the mean length of a month (P10).</summary>
    public const decimal DaysPerMonth = 30.4375m;

    /// <summary>P1 — distinct participants with at least one active trajectory. Never "geen gegevens": 0 is 0.</summary>
    public static Measure ActiveParticipants(IReadOnlyList<TrajectoryFact> trajectories, Period period)
    {
        var active = Active(trajectories, period).ToList();
        var participants = Distinct(active);
        return Measure.Count(participants, active.Count, participants);
    }

    /// <summary>P2 — trajectories whose start lies in the period.</summary>
    public static Measure Inflow(IReadOnlyList<TrajectoryFact> trajectories, Period period)
    {
        var started = trajectories.Where(t => period.Contains(t.Start)).ToList();
        return Measure.Count(started.Count, started.Count, Distinct(started));
    }

    /// <summary>P3 — trajectories whose end lies in the period.</summary>
    public static Measure Outflow(IReadOnlyList<TrajectoryFact> trajectories, Period period)
    {
        var ended = Ended(trajectories, period).ToList();
        return Measure.Count(ended.Count, ended.Count, Distinct(ended));
    }

    /// <summary>P4, P5 and the drop-out count — trajectories that ended in the period with one of <paramref name="outcomes"/>.</summary>
    public static Measure OutflowTo(IReadOnlyList<TrajectoryFact> trajectories, Period period, IReadOnlySet<string> outcomes)
    {
        var ended = Ended(trajectories, period).Where(t => outcomes.Contains(t.Outcome!)).ToList();
        return Measure.Count(ended.Count, ended.Count, Distinct(ended));
    }

    /// <summary>
    /// P4R, P6R, P7R — 100 × numerator / denominator, the denominator being the outflow P3. With no
    /// outflow the rate is "geen gegevens" (null), never 0.
    /// </summary>
    public static Measure Rate(Measure numerator, Measure outflow)
    {
        var n = (long)numerator.Value!.Value;
        var d = (long)outflow.Value!.Value;
        decimal? rate = d == 0 ? null : 100m * n / d;
        return new Measure(rate, outflow.SourceRows, outflow.Contributors, n, d);
    }

    /// <summary>
    /// P8 — Σ hours per week × overlap days / 7 over active trajectories, where overlap days =
    /// min(end or tot, tot) − max(start, van) + 1. Contributors: the distinct participants. 0 without any.
    /// </summary>
    public static Measure ParticipantHours(IReadOnlyList<TrajectoryFact> trajectories, Period period)
    {
        var active = Active(trajectories, period).ToList();
        var hours = active.Sum(t => t.HoursPerWeek * OverlapDays(t, period)) / 7m;
        return new Measure(hours, active.Count, Distinct(active));
    }

    /// <summary>The days a trajectory runs inside the period: min(end or tot, tot) − max(start, van) + 1.</summary>
    public static int OverlapDays(TrajectoryFact trajectory, Period period)
    {
        var last = trajectory.End is { } end && end < period.To ? end : period.To;
        var first = trajectory.Start > period.From ? trajectory.Start : period.From;
        return last.DayNumber - first.DayNumber + 1;
    }

    /// <summary>P9 — certificates whose date lies in the period.</summary>
    public static Measure Certificates(IReadOnlyList<CertificateFact> certificates, Period period)
    {
        var earned = certificates.Where(c => period.Contains(c.Date)).ToList();
        return Measure.Count(earned.Count, earned.Count, earned.Select(c => c.Participant).Distinct().Count());
    }

    /// <summary>
    /// P10 — the mean of (end − start + 1 days) / 30.4375 over trajectories that ended in the period.
    /// None ended: "geen gegevens".
    /// </summary>
    public static Measure MeanLengthInMonths(IReadOnlyList<TrajectoryFact> trajectories, Period period)
    {
        var ended = Ended(trajectories, period).ToList();
        decimal? mean = ended.Count == 0
            ? null
            : ended.Sum(t => (decimal)(t.End!.Value.DayNumber - t.Start.DayNumber + 1)) / DaysPerMonth / ended.Count;
        return new Measure(mean, ended.Count, Distinct(ended));
    }

    /// <summary>
    /// P11 — the mean of (ladder at exit − ladder at intake) over trajectories that ended in the period and
    /// have both steps. None: "geen gegevens".
    /// </summary>
    public static Measure MeanLadderRise(IReadOnlyList<TrajectoryFact> trajectories, Period period)
    {
        var measured = Ended(trajectories, period).Where(t => t is { LadderStart: not null, LadderEnd: not null }).ToList();
        decimal? mean = measured.Count == 0
            ? null
            : (decimal)measured.Sum(t => t.LadderEnd!.Value - t.LadderStart!.Value) / measured.Count;
        return new Measure(mean, measured.Count, Distinct(measured));
    }

    /// <summary>
    /// P12 — participant hours P8 as full-time places: P8 / (fte hours × days / 7), days being those of the
    /// period (of the group's own period in a time breakdown). The denominator is never zero.
    /// </summary>
    public static Measure FullTimeEquivalents(Measure participantHours, Period period, decimal fteHoursPerWeek) =>
        participantHours with { Value = participantHours.Value * 7m / (fteHoursPerWeek * period.Days) };

    private static IEnumerable<TrajectoryFact> Active(IReadOnlyList<TrajectoryFact> trajectories, Period period) =>
        trajectories.Where(t => t.IsActiveIn(period.From, period.To));

    private static IEnumerable<TrajectoryFact> Ended(IReadOnlyList<TrajectoryFact> trajectories, Period period) =>
        trajectories.Where(t => t.EndedIn(period.From, period.To));

    private static int Distinct(IEnumerable<TrajectoryFact> trajectories) => trajectories.Select(t => t.Participant).Distinct().Count();
}
