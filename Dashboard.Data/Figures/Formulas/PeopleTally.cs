using Dashboard.Data.Figures.Data;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Data.Figures.FollowUps;
using Dashboard.Data.Figures.Results;

namespace Dashboard.Data.Figures.Formulas;

/// <summary>
/// What the people formulas need of one group's trajectories and certificates in its period, gathered in one pass
/// (docs/indicatoren.md#mensen): which trajectories are active, started or ended in the period, with which outcome, their hours inside
/// the period and their lengths and ladder steps, the certificates dated in it, and the follow-ups dated in it and the
/// paid-work outflow of the period P15 looks back to (docs/nameting.md). Each count is a <see cref="Cell"/>,
/// with the keys of the records it counts. <see cref="PeopleFormulas"/> turns
/// it into figures. Trajectories and certificates outside the period may be added: they count for nothing.
/// <para>Trajectories must arrive grouped by participant (<see cref="PackedPeople"/> keeps them ordered so): a distinct
/// participant is then one whose number differs from the previous one counted, and no set of numbers is needed.</para>
/// </summary>
public sealed class PeopleTally(Period period)
{
    private readonly int _from = period.From.DayNumber;
    private readonly int _to = period.To.DayNumber;
    private int _lastActive = -1;
    private int _lastEnded = -1;
    private int _lastWithLadder = -1;
    private readonly (int From, int To) _response = FollowUpMoment.ResponseDays(period);

    public Period Period => period;

    // Each count beside the sum of the keys of what it counts: the cell key is that sum modulo 256 (see Cell). Plain
    // fields, added to in place, because this runs once per trajectory of a period for every table.
    private int _active, _activeKeys, _activeParticipants, _activeParticipantKeys;
    private int _started, _startedKeys, _ended, _endedKeys;
    private int _paidWork, _paidWorkKeys, _education, _educationKeys, _droppedOut, _droppedOutKeys;
    private int _certificates, _certificateKeys;
    private int _answered6, _answered6Keys, _inWork6, _inWork6Keys, _answered12, _answered12Keys, _inWork12, _inWork12Keys;
    private int _toFollowUp, _toFollowUpKeys, _followedUp, _followedUpKeys;

    // Hours in hundredths make the sum integer work; hours that cannot be written so are summed as decimals.
    private long _hourDaysInHundredths;
    private decimal _hourDays;

    /// <summary>The active trajectories (with the trajectories' keys: the cell of the hours P8).</summary>
    public Cell Active => Cell(_active, _activeKeys);

    /// <summary>The distinct participants with an active trajectory, with the participants' keys (P1).</summary>
    public Cell ActiveParticipants => Cell(_activeParticipants, _activeParticipantKeys);

    /// <summary>Σ hours per week × overlap days over the active trajectories (P8 before dividing by 7).</summary>
    public decimal HourDays => _hourDaysInHundredths / 100m + _hourDays;

    public Cell Started => Cell(_started, _startedKeys);
    public Cell Ended => Cell(_ended, _endedKeys);
    public int EndedParticipants { get; private set; }
    public Cell EndedInPaidWork => Cell(_paidWork, _paidWorkKeys);
    public Cell EndedInEducation => Cell(_education, _educationKeys);
    public Cell DroppedOut => Cell(_droppedOut, _droppedOutKeys);

    /// <summary>Σ (end − start + 1) days over the ended trajectories.</summary>
    public long EndedDays { get; private set; }

    /// <summary>Ended trajectories with both ladder steps, and Σ (exit step − intake step) over them.</summary>
    public int WithLadder { get; private set; }
    public long LadderRise { get; private set; }
    public int LadderParticipants { get; private set; }

    public Cell Certificates => Cell(_certificates, _certificateKeys);

    /// <summary>The 6-month follow-ups dated in the period that found a situation (P13's denominator), with their keys.</summary>
    public Cell AnsweredAfterSixMonths => Cell(_answered6, _answered6Keys);

    /// <summary>Of those, the ones that found paid work (P13's numerator).</summary>
    public Cell InWorkAfterSixMonths => Cell(_inWork6, _inWork6Keys);

    /// <summary>The 12-month follow-ups dated in the period that found a situation (P14's denominator).</summary>
    public Cell AnsweredAfterTwelveMonths => Cell(_answered12, _answered12Keys);

    /// <summary>Of those, the ones that found paid work (P14's numerator).</summary>
    public Cell InWorkAfterTwelveMonths => Cell(_inWork12, _inWork12Keys);

    /// <summary>The trajectories that ended in paid work in the period P15 looks back to (its denominator), with their keys.</summary>
    public Cell ToFollowUp => Cell(_toFollowUp, _toFollowUpKeys);

    /// <summary>Of those, the ones whose 6-month follow-up found a situation (P15's numerator), with the trajectories' keys.</summary>
    public Cell FollowedUp => Cell(_followedUp, _followedUpKeys);

    public void Add(in PackedTrajectory trajectory)
    {
        if (trajectory.EndedInPaidWorkIn(_response.From, _response.To))
        {
            _toFollowUp++;
            _toFollowUpKeys += trajectory.Key;
            if (trajectory.SixMonthsAnswered)
            {
                _followedUp++;
                _followedUpKeys += trajectory.Key;
            }
        }
        if (!trajectory.IsActiveIn(_from, _to))
        {
            return;
        }
        _active++;
        _activeKeys += trajectory.Key;
        if (IsNew(trajectory.Participant, ref _lastActive))
        {
            _activeParticipants++;
            _activeParticipantKeys += trajectory.ParticipantKey;
        }
        var days = PeopleFormulas.OverlapDays(trajectory.Start, trajectory.End, _from, _to);
        if (trajectory.HoursPerWeekInHundredths >= 0)
        {
            _hourDaysInHundredths += trajectory.HoursPerWeekInHundredths * days;
        }
        else
        {
            _hourDays += trajectory.HoursPerWeek * days;
        }
        if (trajectory.Start >= _from)
        {
            _started++;
            _startedKeys += trajectory.Key;
        }
        if (trajectory.End > _to)
        {
            return;
        }
        _ended++;
        _endedKeys += trajectory.Key;
        EndedParticipants += IsNew(trajectory.Participant, ref _lastEnded) ? 1 : 0;
        EndedDays += trajectory.End - trajectory.Start + 1;
        switch (trajectory.Exit)
        {
            case Exit.PaidWork:
                _paidWork++;
                _paidWorkKeys += trajectory.Key;
                break;
            case Exit.Education:
                _education++;
                _educationKeys += trajectory.Key;
                break;
            case Exit.DropOut:
                _droppedOut++;
                _droppedOutKeys += trajectory.Key;
                break;
        }
        if (trajectory is { LadderStart: >= 0, LadderEnd: >= 0 })
        {
            WithLadder++;
            LadderRise += trajectory.LadderEnd - trajectory.LadderStart;
            LadderParticipants += IsNew(trajectory.Participant, ref _lastWithLadder) ? 1 : 0;
        }
    }

    public void Add(in PackedCertificate certificate)
    {
        if (certificate.Date >= _from && certificate.Date <= _to)
        {
            _certificates++;
            _certificateKeys += certificate.Key;
        }
    }

    /// <summary>A follow-up that counts (<see cref="PackedFollowUp"/>): in P13 or P14 when it is dated in the period.</summary>
    public void Add(in PackedFollowUp followUp)
    {
        if (followUp.Date < _from || followUp.Date > _to)
        {
            return;
        }
        if (followUp.Window == FollowUpWindow.SixMonths)
        {
            _answered6++;
            _answered6Keys += followUp.Key;
            if (followUp.InWork)
            {
                _inWork6++;
                _inWork6Keys += followUp.Key;
            }
        }
        else
        {
            _answered12++;
            _answered12Keys += followUp.Key;
            if (followUp.InWork)
            {
                _inWork12++;
                _inWork12Keys += followUp.Key;
            }
        }
    }

    /// <summary>A count with the sum of its records' keys (which wraps past int.MaxValue as a multiple of 256 would).</summary>
    private static Cell Cell(int count, int keys) => new(count, keys & 255);

    /// <summary>Whether <paramref name="participant"/> is not the last one counted (and now is).</summary>
    private static bool IsNew(int participant, ref int last)
    {
        if (participant == last)
        {
            return false;
        }
        last = participant;
        return true;
    }

    /// <summary>The tally of a hand-made list of facts.</summary>
    public static PeopleTally Of(Period period, IEnumerable<TrajectoryFact> trajectories, IEnumerable<CertificateFact>? certificates = null,
        IEnumerable<FollowUpFact>? followUps = null)
    {
        var rows = PackedPeople.Of(trajectories.ToList(), (certificates ?? []).ToList(), (followUps ?? []).ToList());
        var tally = new PeopleTally(period);
        foreach (ref readonly var trajectory in rows.Trajectories.AsSpan())
        {
            tally.Add(trajectory);
        }
        foreach (ref readonly var certificate in rows.Certificates.AsSpan())
        {
            tally.Add(certificate);
        }
        foreach (ref readonly var followUp in rows.FollowUps.AsSpan())
        {
            tally.Add(followUp);
        }
        return tally;
    }
}
