using Dashboard.Data.Figures.Data;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Data.Figures.Results;

namespace Dashboard.Data.Figures.Formulas;

/// <summary>
/// The figures about people (docs/indicatoren.md#mensen), as pure functions of a <see cref="PeopleTally"/>: the trajectories and
/// certificates of one group, already restricted to the filter, gathered in one pass over its period. A trajectory
/// is active in the period when start ≤ tot and (no end or end ≥ van).
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
    public static Measure ActiveParticipants(PeopleTally tally) =>
        Measure.Count(tally.ActiveParticipants, tally.Active.Count, tally.ActiveParticipants.Count);

    /// <summary>P2 — trajectories whose start lies in the period.</summary>
    public static Measure Inflow(PeopleTally tally) => Measure.Count(tally.Started, tally.Started.Count);

    /// <summary>P3 — trajectories whose end lies in the period.</summary>
    public static Measure Outflow(PeopleTally tally) => Measure.Count(tally.Ended, tally.Ended.Count, tally.EndedParticipants);

    /// <summary>P4 — trajectories that ended in the period with paid work, outside or inside the organisation.</summary>
    public static Measure OutflowToPaidWork(PeopleTally tally) => Measure.Count(tally.EndedInPaidWork, tally.EndedInPaidWork.Count);

    /// <summary>P5 — trajectories that ended in the period with education.</summary>
    public static Measure OutflowToEducation(PeopleTally tally) => Measure.Count(tally.EndedInEducation, tally.EndedInEducation.Count);

    /// <summary>The positive outflow P6R is a rate of: P4 + P5, trajectories that ended in paid work or education.</summary>
    public static Measure PositiveOutflow(Measure paidWork, Measure education) =>
        Measure.Count(paidWork.Cell!.Value + education.Cell!.Value, paidWork.SourceRows + education.SourceRows);

    /// <summary>The drop-out count P7R is a rate of: trajectories that ended in the period with drop-out.</summary>
    public static Measure DropOuts(PeopleTally tally) => Measure.Count(tally.DroppedOut, tally.DroppedOut.Count);

    /// <summary>
    /// P4R, P6R, P7R — 100 × numerator / denominator, the denominator being the outflow P3. With no
    /// outflow the rate is "geen gegevens" (null), never 0. Numerator and denominator are kept as cells of their own records.
    /// </summary>
    public static Measure Rate(Measure numerator, Measure outflow) =>
        new(Percentage(numerator.Cell!.Value.Count, outflow.Cell!.Value.Count), outflow.SourceRows, outflow.Contributors)
        {
            Numerator = numerator.Cell,
            Denominator = outflow.Cell,
        };

    /// <summary>100 × numerator / denominator; null for a zero denominator.</summary>
    public static decimal? Percentage(long numerator, long denominator) => denominator == 0 ? null : 100m * numerator / denominator;

    /// <summary>
    /// P8 — Σ hours per week × overlap days / 7 over active trajectories, where overlap days =
    /// min(end or tot, tot) − max(start, van) + 1. Contributors: the distinct participants. 0 without any.
    /// </summary>
    public static Measure ParticipantHours(PeopleTally tally) =>
        new(tally.HourDays / 7m, tally.Active.Count, tally.ActiveParticipants.Count) { Cell = tally.Active };

    /// <summary>The days a trajectory runs inside the period: min(end or tot, tot) − max(start, van) + 1.</summary>
    public static int OverlapDays(TrajectoryFact trajectory, Period period) => OverlapDays(trajectory.Start.DayNumber,
        trajectory.End?.DayNumber ?? PackedTrajectory.Running, period.From.DayNumber, period.To.DayNumber);

    /// <summary>The same in day numbers, a running trajectory ending at <see cref="PackedTrajectory.Running"/>.</summary>
    public static int OverlapDays(int start, int end, int from, int to) => Math.Min(end, to) - Math.Max(start, from) + 1;

    /// <summary>P9 — certificates whose date lies in the period.</summary>
    public static Measure Certificates(PeopleTally tally) => Measure.Count(tally.Certificates, tally.Certificates.Count);

    /// <summary>
    /// P10 — the mean of (end − start + 1 days) / 30.4375 over trajectories that ended in the period.
    /// None ended: "geen gegevens".
    /// </summary>
    public static Measure MeanLengthInMonths(PeopleTally tally) => new(
        tally.Ended.Count == 0 ? null : tally.EndedDays / DaysPerMonth / tally.Ended.Count, tally.Ended.Count, tally.EndedParticipants);

    /// <summary>
    /// P11 — the mean of (ladder at exit − ladder at intake) over trajectories that ended in the period and
    /// have both steps. None: "geen gegevens".
    /// </summary>
    public static Measure MeanLadderRise(PeopleTally tally) => new(
        tally.WithLadder == 0 ? null : (decimal)tally.LadderRise / tally.WithLadder, tally.WithLadder, tally.LadderParticipants);

    /// <summary>
    /// P13, P14 — 100 × the follow-ups in the window dated in the period that found paid work / those that found a situation,
    /// each of a trajectory that ended in paid work (docs/nameting.md). None answered: "geen gegevens". Both are cells of
    /// the follow-ups' own records; the source rows are the follow-ups counted.
    /// </summary>
    public static Measure LastingWork(Cell inWork, Cell answered) => Rate(inWork, answered);

    /// <summary>
    /// P15 — 100 × the trajectories that ended in paid work in the period moved back 6 months and have a 6-month follow-up
    /// that found a situation / all that ended in paid work then. None ended so: "geen gegevens".
    /// </summary>
    public static Measure FollowUpResponse(PeopleTally tally) => Rate(tally.FollowedUp, tally.ToFollowUp);

    /// <summary>A rate of two cells of records, the numerator's records among the denominator's.</summary>
    private static Measure Rate(Cell numerator, Cell denominator) =>
        new(Percentage(numerator.Count, denominator.Count), denominator.Count)
        {
            Numerator = numerator,
            Denominator = denominator,
        };

    /// <summary>
    /// P12 — participant hours P8 as full-time places: P8 / (fte hours × days / 7), days being those of the
    /// period (of the group's own period in a time breakdown). The denominator is never zero.
    /// </summary>
    public static Measure FullTimeEquivalents(Measure participantHours, Period period, decimal fteHoursPerWeek) =>
        participantHours with { Value = participantHours.Value * 7m / (fteHoursPerWeek * period.Days) };
}
