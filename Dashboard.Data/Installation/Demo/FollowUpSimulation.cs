using Dashboard.Data.Figures.FollowUps;
using static Dashboard.Data.Installation.Demo.DemoCodes;

namespace Dashboard.Data.Installation.Demo;

/// <summary>
/// The calls one organisation made to people who left for paid work or education (docs/importbestanden.md#nametingen,
/// docs/installatie-en-beheer.md#demosector), as such a call list really looks: most paid-work leavers are called around six
/// months after the end, fewer again around twelve; some cannot be reached (`onbekend`), a few are called twice in a window (the later call counts)
/// and a few at a moment that falls in neither window. Most of those reached still work; some switched between work in the
/// company and outside it. Organisations differ in how faithfully they call and in how well their leavers keep their work.
/// Nothing is dated after the last day of the demo period: the later calls of recent leavers are not due yet.
/// </summary>
internal sealed class FollowUpSimulation
{
    private readonly DemoRandom _random;
    private readonly double _diligence;
    private readonly double _lasting;
    private readonly List<DemoFollowUp> _followUps = [];

    private FollowUpSimulation(int seed)
    {
        _random = new DemoRandom(seed);
        _diligence = _random.Noise(0.15);
        _lasting = _random.Noise(0.06);
    }

    /// <summary>The organisation's calls in the order of its call list: by date, then participant.</summary>
    public static IReadOnlyList<DemoFollowUp> Run(ParticipantRecords records, int seed)
    {
        var simulation = new FollowUpSimulation(seed);
        foreach (var trajectory in records.Trajectories)
        {
            if (trajectory is { End: { } end, Outcome: { } outcome })
            {
                simulation.Follow(records.Codes[trajectory.Person], trajectory, end, outcome);
            }
        }
        return simulation._followUps
            .OrderBy(f => f.Date).ThenBy(f => f.Participant, StringComparer.Ordinal).ThenBy(f => f.Trajectory.Start)
            .ToList();
    }

    private void Follow(string participant, DemoTrajectory trajectory, DateOnly end, string outcome)
    {
        var paidWork = outcome == Outcome.BetaaldWerk || outcome == Outcome.BetaaldWerkIntern;
        if (!paidWork && outcome != Outcome.Opleiding)
        {
            return;
        }

        // The six-month call: mostly at 5–7 months, a few at 8; now and then no answer, and a second try a few weeks later.
        string? atSix = null;
        var calledAtSix = _random.Chance(Math.Min(0.95, (paidWork ? 0.73 : 0.3) * _diligence));
        if (calledAtSix)
        {
            var months = _random.Pick([(5, 30.0), (6, 42), (7, 21), (8, 7)]);
            var date = CallDate(end, months);
            atSix = _random.Chance(0.1) ? Situation.Onbekend : Reached(outcome, 0.8 * _lasting, earlier: null);
            if (months <= 6 && _random.Chance(0.06))
            {
                var retry = DemoPeriod.Weekday(date.AddDays(_random.Between(14, 35)));
                if (retry <= DemoPeriod.Last && FollowUpMoment.WindowOf(end, retry) == FollowUpWindow.SixMonths)
                {
                    Add(participant, trajectory, date, Situation.Onbekend);
                    date = retry;
                }
            }
            Add(participant, trajectory, date, atSix);
        }

        // The twelve-month call, more likely for someone reached before.
        var twelve = atSix is null ? 0.3 : atSix == Situation.Onbekend ? 0.45 : 0.75;
        if (_random.Chance(Math.Min(0.95, (paidWork ? twelve : twelve * 0.4) * _diligence)))
        {
            var date = CallDate(end, _random.Pick([(11, 30.0), (12, 45), (13, 25)]));
            var known = atSix is not null && atSix != Situation.Onbekend;
            var workChance = !known ? 0.72 * _lasting : IsWork(atSix!) ? 0.87 * _lasting : 0.3;
            Add(participant, trajectory, date, _random.Chance(0.1) ? Situation.Onbekend : Reached(outcome, workChance, known ? atSix : null));
        }

        // A call at a moment that counts in neither window, as real lists have.
        if (_random.Chance(0.03))
        {
            var date = CallDate(end, _random.PickAny([2, 3, 4, 9, 10]));
            Add(participant, trajectory, date, _random.Chance(0.15) ? Situation.Onbekend : Reached(outcome, 0.8 * _lasting, earlier: null));
        }
    }

    /// <summary>
    /// What a reached former participant is doing. Someone who left for education is mostly still studying. A paid-work
    /// leaver still works with <paramref name="workChance"/>, mostly where they worked at the earlier call or else where
    /// they went when they left; otherwise they are on benefits, studying or something else.
    /// </summary>
    private string Reached(string outcome, double workChance, string? earlier)
    {
        if (outcome == Outcome.Opleiding)
        {
            return _random.Pick([(Situation.Opleiding, 70.0), (Situation.BetaaldWerk, 15), (Situation.Uitkering, 7), (Situation.Anders, 8)]);
        }
        if (!_random.Chance(workChance))
        {
            return _random.Pick([(Situation.Uitkering, 50.0), (Situation.Opleiding, 15), (Situation.Anders, 35)]);
        }
        var usual = earlier is not null && IsWork(earlier) ? earlier
            : outcome == Outcome.BetaaldWerkIntern ? Situation.BetaaldWerkIntern : Situation.BetaaldWerk;
        var switched = usual == Situation.BetaaldWerkIntern ? Situation.BetaaldWerk : Situation.BetaaldWerkIntern;
        return _random.Chance(usual == Situation.BetaaldWerkIntern ? 0.12 : 0.05) ? switched : usual;
    }

    private static bool IsWork(string situation) => situation == Situation.BetaaldWerk || situation == Situation.BetaaldWerkIntern;

    /// <summary>
    /// A working day <paramref name="months"/> whole months after the end as DATEDIF counts them: 1 to 25 days past the same
    /// day of the month (past the month's last day where it has no such day), which stays short of the next whole month.
    /// </summary>
    private DateOnly CallDate(DateOnly end, int months) => DemoPeriod.Weekday(end.AddMonths(months).AddDays(_random.Between(1, 25)));

    private void Add(string participant, DemoTrajectory trajectory, DateOnly date, string situation)
    {
        if (date <= DemoPeriod.Last)
        {
            _followUps.Add(new DemoFollowUp(participant, trajectory, date, situation));
        }
    }
}
