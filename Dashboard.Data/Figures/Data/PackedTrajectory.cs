namespace Dashboard.Data.Figures.Data;

/// <summary>
/// A <see cref="TrajectoryFact"/> as the calculator scans it, a value in one contiguous array (see <see cref="PackedPeople"/>):
/// the practice as its index in the snapshot, days as day numbers (<see cref="End"/> is <see cref="int.MaxValue"/> while
/// it runs), codes as numbers of <see cref="PackedPeople.Codes"/> (0 = none) and the ladder steps (1–6) as −1 when not
/// given; small fields are bytes, so that a row takes 56 bytes.
/// The hours per week are also kept in hundredths when that is exact (always, for hours typed with up to two decimals),
/// so that summing hours is integer work; −1 otherwise. <see cref="Key"/> and <see cref="ParticipantKey"/> are the record
/// keys of the trajectory and of its participant. <see cref="SixMonthsAnswered"/> tells whether its 6-month follow-up (the one
/// that counts, see <see cref="PackedFollowUp"/>) found a situation other than `onbekend` (P15).
/// </summary>
public readonly record struct PackedTrajectory(
    int Participant,
    int Practice,
    int Start,
    int End,
    decimal HoursPerWeek,
    long HoursPerWeekInHundredths,
    ushort TargetGroup,
    ushort AgeGroup,
    ushort TrajectoryType,
    ushort Scheme,
    ushort Outcome,
    Exit Exit,
    sbyte LadderStart,
    sbyte LadderEnd,
    byte Key,
    byte ParticipantKey,
    bool SixMonthsAnswered = false)
{
    public const int Running = int.MaxValue;

    /// <summary>The hours in hundredths when that is exact, else −1.</summary>
    public static long InHundredths(decimal hours) => decimal.Round(hours * 100m) == hours * 100m ? (long)(hours * 100m) : -1;

    /// <summary>Active in the period: start ≤ tot and (no end or end ≥ van) (docs/indicatoren.md#mensen).</summary>
    public bool IsActiveIn(int from, int to) => Start <= to && End >= from;

    /// <summary>Ended in paid work between the days <paramref name="from"/> and <paramref name="to"/>, both included (P15).</summary>
    public bool EndedInPaidWorkIn(int from, int to) => Exit == Exit.PaidWork && End >= from && End <= to;
}

/// <summary>What an ended trajectory's outcome counts as in P4, P5 and P7R.</summary>
public enum Exit : byte
{
    /// <summary>Still running.</summary>
    None,
    PaidWork,
    Education,
    DropOut,

    /// <summary>Ended with another outcome (care, another trajectory, moved, …).</summary>
    Other,
}
