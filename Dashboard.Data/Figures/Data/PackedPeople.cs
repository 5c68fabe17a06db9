using System.Collections.Concurrent;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Data.Figures.FollowUps;
using Dashboard.Data.Figures.Formulas;

namespace Dashboard.Data.Figures.Data;

/// <summary>
/// The snapshot's trajectories, certificates and counting follow-ups laid out for scanning. A page scans them a dozen times for one filter,
/// and a list of objects spread over the heap made every scan wait on memory; these are values in contiguous arrays.
/// The trajectories are ordered by participant, so that every group meets a participant's trajectories one after
/// another and counts distinct participants without a set (see <see cref="Formulas.PeopleTally"/>).
/// </summary>
public sealed class PackedPeople
{
    private readonly Dictionary<string, ushort> _codeNumbers = [];
    private readonly List<string?> _codes = [null];
    private readonly ConcurrentDictionary<(int From, int To), RowsInPeriod> _rowsInPeriod = new();

    /// <summary>The rows of the facts at <paramref name="practices"/>; facts at another practice are left out.</summary>
    public PackedPeople(IReadOnlyList<PracticeInfo> practices, IReadOnlyList<TrajectoryFact> trajectories, IReadOnlyList<CertificateFact> certificates,
        IReadOnlyList<FollowUpFact> followUps)
        : this(practices.Select((p, i) => (p.Id, i)).ToDictionary().GetValueOrDefault, trajectories, certificates, followUps)
    {
    }

    private PackedPeople(Func<long, int, int> practiceIndex, IReadOnlyList<TrajectoryFact> trajectories, IReadOnlyList<CertificateFact> certificates,
        IReadOnlyList<FollowUpFact> followUps)
    {
        var counting = CountingFollowUps(followUps);
        var known = trajectories.Where(t => practiceIndex(t.PracticeId, -1) >= 0).OrderBy(t => t.Participant).ToList();
        Trajectories = new PackedTrajectory[known.Count];
        var rowOf = new Dictionary<TrajectoryFact, int>(ReferenceEqualityComparer.Instance);
        var packedFollowUps = new List<PackedFollowUp>();
        for (var row = 0; row < known.Count; row++)
        {
            var t = known[row];
            rowOf[t] = row;
            var (six, twelve) = counting.GetValueOrDefault(t);
            var exit = ExitOf(t);
            var practice = practiceIndex(t.PracticeId, -1);
            Trajectories[row] = new PackedTrajectory(t.Participant, practice, t.Start.DayNumber,
                t.End?.DayNumber ?? PackedTrajectory.Running, t.HoursPerWeek, PackedTrajectory.InHundredths(t.HoursPerWeek), Code(t.TargetGroup), Code(t.AgeGroup), Code(t.TrajectoryType),
                Code(t.Scheme), Code(t.Outcome), exit, (sbyte)(t.LadderStart ?? -1), (sbyte)(t.LadderEnd ?? -1), t.Key, t.ParticipantKey,
                SixMonthsAnswered: six is { } answered && answered.Situation != Unknown);
            if (exit != Exit.PaidWork)
            {
                continue;
            }
            foreach (var (followUp, window) in new[] { (six, FollowUpWindow.SixMonths), (twelve, FollowUpWindow.TwelveMonths) })
            {
                if (followUp is not null && followUp.Situation != Unknown)
                {
                    packedFollowUps.Add(new PackedFollowUp(row, practice, followUp.Date.DayNumber, window,
                        PeopleFormulas.PaidWork.Contains(followUp.Situation), followUp.Key));
                }
            }
        }
        FollowUps = packedFollowUps.ToArray();

        Certificates = certificates.Where(c => practiceIndex(c.PracticeId, -1) >= 0)
            .Select(c => new PackedCertificate(c.Participant, practiceIndex(c.PracticeId, -1), c.Date.DayNumber, Code(c.Kind),
                c.Trajectory is { } attributed && rowOf.TryGetValue(attributed, out var trajectoryRow) ? trajectoryRow : -1, c.Key))
            .ToArray();
    }

    /// <summary>The situation of a follow-up that did not reach the former participant: it counts in no figure.</summary>
    private const string Unknown = "onbekend";

    /// <summary>
    /// Per trajectory, the follow-up that counts in each window (docs/nameting.md#het-moment): of two in one window the
    /// later, chosen before any period is applied and whatever its situation — so a later `onbekend` leaves the window
    /// without an answer. Follow-ups in neither window, and of a trajectory that has not ended, count nowhere.
    /// </summary>
    private static Dictionary<TrajectoryFact, (FollowUpFact? Six, FollowUpFact? Twelve)> CountingFollowUps(IReadOnlyList<FollowUpFact> followUps)
    {
        var counting = new Dictionary<TrajectoryFact, (FollowUpFact? Six, FollowUpFact? Twelve)>(ReferenceEqualityComparer.Instance);
        foreach (var followUp in followUps)
        {
            if (followUp.Trajectory.End is not { } end)
            {
                continue;
            }
            var (six, twelve) = counting.GetValueOrDefault(followUp.Trajectory);
            switch (FollowUpMoment.WindowOf(end, followUp.Date))
            {
                case FollowUpWindow.SixMonths when six is null || followUp.Date > six.Date:
                    counting[followUp.Trajectory] = (followUp, twelve);
                    break;
                case FollowUpWindow.TwelveMonths when twelve is null || followUp.Date > twelve.Date:
                    counting[followUp.Trajectory] = (six, followUp);
                    break;
            }
        }
        return counting;
    }

    /// <summary>The rows of facts taken as they come, all as if at one practice (index 0): for formulas over a hand-made list.</summary>
    public static PackedPeople Of(IReadOnlyList<TrajectoryFact> trajectories, IReadOnlyList<CertificateFact> certificates,
        IReadOnlyList<FollowUpFact>? followUps = null) =>
        new((_, _) => 0, trajectories, certificates, followUps ?? []);

    /// <summary>Every trajectory at a known practice, ordered by participant.</summary>
    public PackedTrajectory[] Trajectories { get; }

    /// <summary>Every certificate at a known practice.</summary>
    public PackedCertificate[] Certificates { get; }

    /// <summary>The follow-ups that count in P13 and P14, of trajectories at a known practice.</summary>
    public PackedFollowUp[] FollowUps { get; }

    /// <summary>
    /// The rows of the trajectories active in the period (day numbers, both included) or ended in paid work in the period
    /// P15 looks back to (<see cref="FollowUpMoment.ResponseDays"/>), and of the certificates and follow-ups dated in it,
    /// in row order. A page asks several tables of one period (its breakdowns, a trend per practice kind), and each then
    /// visits only these rows; the lists of recent periods are kept.
    /// </summary>
    public RowsInPeriod RowsIn(Period period)
    {
        var (from, to) = (period.From.DayNumber, period.To.DayNumber);
        if (_rowsInPeriod.Count >= RememberedPeriods)
        {
            _rowsInPeriod.Clear();
        }
        return _rowsInPeriod.GetOrAdd((from, to), _ =>
        {
            var response = FollowUpMoment.ResponseDays(period);
            return new RowsInPeriod(
                Enumerable.Range(0, Trajectories.Length)
                    .Where(row => Trajectories[row].IsActiveIn(from, to) || Trajectories[row].EndedInPaidWorkIn(response.From, response.To)).ToArray(),
                Enumerable.Range(0, Certificates.Length).Where(row => Certificates[row].Date >= from && Certificates[row].Date <= to).ToArray(),
                Enumerable.Range(0, FollowUps.Length).Where(row => FollowUps[row].Date >= from && FollowUps[row].Date <= to).ToArray());
        });
    }

    private const int RememberedPeriods = 32;

    /// <summary>The code texts by number; number 0 stands for none.</summary>
    public IReadOnlyList<string?> Codes => _codes;

    /// <summary>The number of a code text, or null when no row holds it.</summary>
    public ushort? NumberOf(string code) => _codeNumbers.TryGetValue(code, out var number) ? number : null;

    private ushort Code(string? text)
    {
        if (text is null)
        {
            return 0;
        }
        if (!_codeNumbers.TryGetValue(text, out var number))
        {
            number = checked((ushort)_codes.Count);
            _codes.Add(text);
            _codeNumbers[text] = number;
        }
        return number;
    }

    private static Exit ExitOf(TrajectoryFact trajectory) => trajectory switch
    {
        { End: null } => Exit.None,
        { Outcome: { } o } when PeopleFormulas.PaidWork.Contains(o) => Exit.PaidWork,
        { Outcome: { } o } when PeopleFormulas.Education.Contains(o) => Exit.Education,
        { Outcome: { } o } when PeopleFormulas.DropOut.Contains(o) => Exit.DropOut,
        _ => Exit.Other,
    };
}

/// <summary>Row numbers in <see cref="PackedPeople.Trajectories"/>, <see cref="PackedPeople.Certificates"/> and <see cref="PackedPeople.FollowUps"/>.</summary>
public sealed record RowsInPeriod(int[] Trajectories, int[] Certificates, int[] FollowUps);
