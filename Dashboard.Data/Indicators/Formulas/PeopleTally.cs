using Dashboard.Data.Indicators.Data;
using Dashboard.Data.Indicators.Filtering;

namespace Dashboard.Data.Indicators.Formulas;

/// <summary>
/// What the people formulas need of one group's trajectories and certificates in its period, gathered in one pass
/// (SPEC §3.1): which trajectories are active, started or ended in the period, with which outcome, their hours inside
/// the period and their lengths and ladder steps, and the certificates dated in it. <see cref="PeopleFormulas"/> turns
/// it into figures. Trajectories and certificates outside the period may be added: they count for nothing.
/// </summary>
public sealed class PeopleTally(Period period)
{
    private readonly int _from = period.From.DayNumber;
    private readonly int _to = period.To.DayNumber;
    private readonly HashSet<int> _activeParticipants = [];
    private readonly HashSet<int> _endedParticipants = [];
    private readonly HashSet<int> _ladderParticipants = [];

    public Period Period => period;

    public int Active { get; private set; }
    public int ActiveParticipants => _activeParticipants.Count;

    /// <summary>Σ hours per week × overlap days over the active trajectories (P8 before dividing by 7).</summary>
    public decimal HourDays { get; private set; }

    public int Started { get; private set; }
    public int Ended { get; private set; }
    public int EndedParticipants => _endedParticipants.Count;
    public int EndedInPaidWork { get; private set; }
    public int EndedInEducation { get; private set; }
    public int DroppedOut { get; private set; }

    /// <summary>Σ (end − start + 1) days over the ended trajectories.</summary>
    public long EndedDays { get; private set; }

    /// <summary>Ended trajectories with both ladder steps, and Σ (exit step − intake step) over them.</summary>
    public int WithLadder { get; private set; }
    public long LadderRise { get; private set; }
    public int LadderParticipants => _ladderParticipants.Count;

    public int Certificates { get; private set; }

    public void Add(in PackedTrajectory trajectory)
    {
        if (!trajectory.IsActiveIn(_from, _to))
        {
            return;
        }
        Active++;
        _activeParticipants.Add(trajectory.Participant);
        HourDays += trajectory.HoursPerWeek * PeopleFormulas.OverlapDays(trajectory.Start, trajectory.End, _from, _to);
        if (trajectory.Start >= _from)
        {
            Started++;
        }
        if (trajectory.End > _to)
        {
            return;
        }
        Ended++;
        _endedParticipants.Add(trajectory.Participant);
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
            _ladderParticipants.Add(trajectory.Participant);
        }
    }

    public void Add(in PackedCertificate certificate)
    {
        if (certificate.Date >= _from && certificate.Date <= _to)
        {
            Certificates++;
        }
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
