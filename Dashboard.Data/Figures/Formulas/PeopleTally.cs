using Dashboard.Data.Figures.Data;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Data.Figures.Results;

namespace Dashboard.Data.Figures.Formulas;

/// <summary>
/// What the people formulas need of one group's trajectories and certificates in its period, gathered in one pass
/// (docs/indicatoren.md#mensen): which trajectories are active, started or ended in the period, with which outcome, their hours inside
/// the period and their lengths and ladder steps, and the certificates dated in it. Each count is a <see cref="Cell"/>,
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

    public Period Period => period;

    // Each count beside the sum of the keys of what it counts: the cell key is that sum modulo 256 (see Cell). Plain
    // fields, added to in place, because this runs once per trajectory of a period for every table.
    private int _active, _activeKeys, _activeParticipants, _activeParticipantKeys;
    private int _started, _startedKeys, _ended, _endedKeys;
    private int _paidWork, _paidWorkKeys, _education, _educationKeys, _droppedOut, _droppedOutKeys;
    private int _certificates, _certificateKeys;

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

    public void Add(in PackedTrajectory trajectory)
    {
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
    public static PeopleTally Of(Period period, IEnumerable<TrajectoryFact> trajectories, IEnumerable<CertificateFact>? certificates = null)
    {
        var rows = PackedPeople.Of(trajectories.ToList(), (certificates ?? []).ToList());
        var tally = new PeopleTally(period);
        foreach (ref readonly var trajectory in rows.Trajectories.AsSpan())
        {
            tally.Add(trajectory);
        }
        foreach (ref readonly var certificate in rows.Certificates.AsSpan())
        {
            tally.Add(certificate);
        }
        return tally;
    }
}
