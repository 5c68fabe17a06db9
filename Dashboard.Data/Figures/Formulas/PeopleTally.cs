using Dashboard.Data.Figures.Data;
using Dashboard.Data.Figures.Filtering;

namespace Dashboard.Data.Figures.Formulas;

/// <summary>
/// What the people formulas need of one group's trajectories and certificates in its period, gathered in one pass
/// (docs/indicatoren.md#mensen): which trajectories are active, started or ended in the period, with which outcome, their hours inside
/// the period and their lengths and ladder steps, and the certificates dated in it. <see cref="PeopleFormulas"/> turns
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

    public int Active { get; private set; }
    public int ActiveParticipants { get; private set; }

    /// <summary>Σ hours per week × overlap days over the active trajectories (P8 before dividing by 7).</summary>
    public decimal HourDays => _hourDaysInHundredths / 100m + _hourDays;

    // Hours in hundredths make the sum integer work; hours that cannot be written so are summed as decimals.
    private long _hourDaysInHundredths;
    private decimal _hourDays;

    public int Started { get; private set; }
    public int Ended { get; private set; }
    public int EndedParticipants { get; private set; }
    public int EndedInPaidWork { get; private set; }
    public int EndedInEducation { get; private set; }
    public int DroppedOut { get; private set; }

    /// <summary>Σ (end − start + 1) days over the ended trajectories.</summary>
    public long EndedDays { get; private set; }

    /// <summary>Ended trajectories with both ladder steps, and Σ (exit step − intake step) over them.</summary>
    public int WithLadder { get; private set; }
    public long LadderRise { get; private set; }
    public int LadderParticipants { get; private set; }

    public int Certificates { get; private set; }

    public void Add(in PackedTrajectory trajectory)
    {
        if (!trajectory.IsActiveIn(_from, _to))
        {
            return;
        }
        Active++;
        ActiveParticipants += Distinct(trajectory.Participant, ref _lastActive);
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
            Started++;
        }
        if (trajectory.End > _to)
        {
            return;
        }
        Ended++;
        EndedParticipants += Distinct(trajectory.Participant, ref _lastEnded);
        EndedDays += trajectory.End - trajectory.Start + 1;
        switch (trajectory.Exit)
        {
            case Exit.PaidWork:
                EndedInPaidWork++;
                break;
            case Exit.Education:
                EndedInEducation++;
                break;
            case Exit.DropOut:
                DroppedOut++;
                break;
        }
        if (trajectory is { LadderStart: >= 0, LadderEnd: >= 0 })
        {
            WithLadder++;
            LadderRise += trajectory.LadderEnd - trajectory.LadderStart;
            LadderParticipants += Distinct(trajectory.Participant, ref _lastWithLadder);
        }
    }

    public void Add(in PackedCertificate certificate)
    {
        if (certificate.Date >= _from && certificate.Date <= _to)
        {
            Certificates++;
        }
    }

    /// <summary>1 when <paramref name="participant"/> is not the last one counted (and now is), else 0.</summary>
    private static int Distinct(int participant, ref int last)
    {
        if (participant == last)
        {
            return 0;
        }
        last = participant;
        return 1;
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
