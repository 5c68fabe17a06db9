using Dashboard.Data.Figures.Filtering;

namespace Dashboard.Data.Figures.FollowUps;

/// <summary>
/// When a follow-up (nameting) was made, counted from the end of its trajectory (docs/nameting.md#het-moment): whole months
/// as a spreadsheet's DATEDIF(einde; meetdatum; "m") counts them. 5–8 months is the 6-month follow-up, 11–14 months the
/// 12-month one; any other moment is stored but counts in neither.
/// </summary>
public static class FollowUpMoment
{
    /// <summary>
    /// Whole months from <paramref name="end"/> to <paramref name="date"/>: 12 × (year difference) + (month difference),
    /// minus 1 when the day of the month of <paramref name="date"/> is before that of <paramref name="end"/>.
    /// 31 January to 28 February is 0 months; to 31 March, 2.
    /// </summary>
    public static int MonthsAfter(DateOnly end, DateOnly date) =>
        12 * (date.Year - end.Year) + (date.Month - end.Month) - (date.Day < end.Day ? 1 : 0);

    /// <summary>The window a follow-up <paramref name="months"/> after the end falls in.</summary>
    public static FollowUpWindow WindowOf(int months) => months switch
    {
        >= 5 and <= 8 => FollowUpWindow.SixMonths,
        >= 11 and <= 14 => FollowUpWindow.TwelveMonths,
        _ => FollowUpWindow.None,
    };

    /// <summary>The window of a follow-up on <paramref name="date"/> of a trajectory that ended on <paramref name="end"/>.</summary>
    public static FollowUpWindow WindowOf(DateOnly end, DateOnly date) => date <= end ? FollowUpWindow.None : WindowOf(MonthsAfter(end, date));

    /// <summary>
    /// The last day of the 6-month window of a trajectory that ended on <paramref name="end"/>: 8 whole months after it, the
    /// day before 9 months have passed. Until then its follow-up may still come.
    /// </summary>
    public static DateOnly SixMonthWindowCloses(DateOnly end) => end.AddMonths(9).AddDays(-1);

    /// <summary>
    /// The period P15 looks back to: the period moved back 6 months, [van − 6 months, (tot + 1 day) − 6 months − 1 day], so
    /// that consecutive periods stay consecutive (the months of a year add up to the year). As day numbers, both included;
    /// empty (From &gt; To) for a short period that the move squeezes away, such as 30 August alone.
    /// </summary>
    public static (int From, int To) ResponseDays(Period period) =>
        (period.From.AddMonths(-6).DayNumber, period.To.AddDays(1).AddMonths(-6).DayNumber - 1);
}

/// <summary>Which follow-up a follow-up is, by its moment (<see cref="FollowUpMoment"/>).</summary>
public enum FollowUpWindow : byte
{
    /// <summary>Neither: stored, but in no figure.</summary>
    None,

    /// <summary>5–8 months after the end (P13, P15).</summary>
    SixMonths,

    /// <summary>11–14 months after the end (P14).</summary>
    TwelveMonths,
}
