using Dashboard.Data.Figures.Filtering;
using Dashboard.Data.Figures.FollowUps;
using static Dashboard.Tests.Figures.Facts;

namespace Dashboard.Tests.Figures.FollowUps;

/// <summary>
/// The moment of a follow-up (docs/nameting.md): whole months from the end of its trajectory as DATEDIF(einde; meetdatum; "m")
/// counts them — 12 × (year difference) + (month difference), minus 1 when the day of the date is before the day of the end —
/// its window, and the period P15 looks back to, [van − 6 months, (tot + 1 day) − 6 months − 1 day]. Every expected value
/// is worked out by that rule in the comment beside it.
/// </summary>
public class FollowUpMomentTests
{
    [Theory]
    [InlineData("2025-01-31", "2025-02-28", 0)]  // 1 month, 28 < 31 → 0
    [InlineData("2024-01-31", "2024-02-29", 0)]  // leap year: 1 month, 29 < 31 → 0
    [InlineData("2025-01-31", "2025-03-31", 2)]  // 2 months, 31 = 31
    [InlineData("2025-01-31", "2025-07-31", 6)]  // 6 months, 31 = 31
    [InlineData("2025-01-31", "2025-07-30", 5)]  // 6 months, 30 < 31 → 5
    [InlineData("2024-08-31", "2025-02-28", 5)]  // 12 − 6 = 6 months, 28 < 31 → 5
    [InlineData("2024-08-31", "2025-03-01", 6)]  // 12 − 5 = 7 months, 1 < 31 → 6
    [InlineData("2024-02-29", "2024-08-31", 6)]  // 6 months, 31 ≥ 29
    [InlineData("2024-11-30", "2025-05-30", 6)]  // across the year: 12 − 6 = 6
    [InlineData("2024-11-30", "2025-05-29", 5)]  // 29 < 30 → 5
    [InlineData("2025-03-15", "2025-03-15", 0)]  // the end itself
    [InlineData("2025-03-15", "2025-01-20", -2)] // before the end: −2 months, 20 ≥ 15 → −2
    [InlineData("2025-03-15", "2025-01-10", -3)] // −2, 10 < 15 → −3
    public void Months_after_the_end_are_counted_as_DATEDIF_counts_them(string end, string date, int months)
    {
        Assert.Equal(months, FollowUpMoment.MonthsAfter(Day(end), Day(date)));
    }

    [Theory]
    // The trajectory ended on 15 January 2025; the day before the 15th takes a month off.
    [InlineData("2025-06-14", FollowUpWindow.None)]          // 5 − 1 = 4
    [InlineData("2025-06-15", FollowUpWindow.SixMonths)]     // 5
    [InlineData("2025-07-15", FollowUpWindow.SixMonths)]     // 6
    [InlineData("2025-10-14", FollowUpWindow.SixMonths)]     // 9 − 1 = 8
    [InlineData("2025-10-15", FollowUpWindow.None)]          // 9
    [InlineData("2025-12-14", FollowUpWindow.None)]          // 11 − 1 = 10
    [InlineData("2025-12-15", FollowUpWindow.TwelveMonths)]  // 11
    [InlineData("2026-01-15", FollowUpWindow.TwelveMonths)]  // 12
    [InlineData("2026-04-14", FollowUpWindow.TwelveMonths)]  // 15 − 1 = 14
    [InlineData("2026-04-15", FollowUpWindow.None)]          // 15
    [InlineData("2027-01-15", FollowUpWindow.None)]          // 24
    [InlineData("2025-01-15", FollowUpWindow.None)]          // on the end
    [InlineData("2024-07-15", FollowUpWindow.None)]          // before the end (−6 months)
    [InlineData("2024-01-15", FollowUpWindow.None)]          // before the end (−12 months)
    public void The_window_is_5_to_8_or_11_to_14_whole_months_after_the_end(string date, FollowUpWindow window)
    {
        Assert.Equal(window, FollowUpMoment.WindowOf(Day("2025-01-15"), Day(date)));
    }

    [Theory]
    [InlineData(4, FollowUpWindow.None)]
    [InlineData(5, FollowUpWindow.SixMonths)]
    [InlineData(8, FollowUpWindow.SixMonths)]
    [InlineData(9, FollowUpWindow.None)]
    [InlineData(10, FollowUpWindow.None)]
    [InlineData(11, FollowUpWindow.TwelveMonths)]
    [InlineData(14, FollowUpWindow.TwelveMonths)]
    [InlineData(15, FollowUpWindow.None)]
    [InlineData(0, FollowUpWindow.None)]
    [InlineData(-6, FollowUpWindow.None)]
    public void The_windows_edges_in_months(int months, FollowUpWindow window)
    {
        Assert.Equal(window, FollowUpMoment.WindowOf(months));
    }

    [Theory]
    // At month ends: 31 August → 28 February is 5 months (in the window), 30 September → 28 February only 4.
    [InlineData("2024-08-31", "2025-02-28", FollowUpWindow.SixMonths)]
    [InlineData("2024-09-30", "2025-02-28", FollowUpWindow.None)]
    [InlineData("2024-09-30", "2025-03-29", FollowUpWindow.SixMonths)]   // 6 − 1 = 5
    [InlineData("2024-01-31", "2024-07-30", FollowUpWindow.SixMonths)]   // 6 − 1 = 5
    [InlineData("2024-01-31", "2024-06-30", FollowUpWindow.None)]        // 5 − 1 = 4
    [InlineData("2024-02-29", "2025-01-28", FollowUpWindow.None)]        // 11 − 1 = 10
    [InlineData("2024-02-29", "2025-01-29", FollowUpWindow.TwelveMonths)] // 11
    public void Month_end_dates_fall_in_the_window_their_whole_months_give(string end, string date, FollowUpWindow window)
    {
        Assert.Equal(window, FollowUpMoment.WindowOf(Day(end), Day(date)));
    }

    private static (DateOnly From, DateOnly To) Response(Period period)
    {
        var (from, to) = FollowUpMoment.ResponseDays(period);
        return (DateOnly.FromDayNumber(from), DateOnly.FromDayNumber(to));
    }

    [Theory]
    [InlineData("2025-03-01", "2025-03-31", "2024-09-01", "2024-09-30")] // a month: (1 April − 6 months) − 1 day = 30 September
    [InlineData("2025-01-01", "2025-03-31", "2024-07-01", "2024-09-30")] // the first quarter
    [InlineData("2025-04-01", "2025-06-30", "2024-10-01", "2024-12-31")] // the second quarter
    [InlineData("2025-01-01", "2025-12-31", "2024-07-01", "2025-06-30")] // a year
    [InlineData("2025-03-10", "2025-04-13", "2024-09-10", "2024-10-13")] // a custom period: (14 April − 6 months) − 1 = 13 October
    [InlineData("2025-08-01", "2025-08-31", "2025-02-01", "2025-02-28")] // ends on 31 August: (1 September − 6 months) − 1 = 28 February
    [InlineData("2024-08-01", "2024-08-31", "2024-02-01", "2024-02-29")] // the same in a leap year
    [InlineData("2025-07-15", "2025-08-31", "2025-01-15", "2025-02-28")] // custom, ending on a month end
    [InlineData("2025-08-31", "2025-09-30", "2025-02-28", "2025-03-31")] // starts on 31 August: 31 February does not exist → 28
    [InlineData("2025-08-31", "2025-08-31", "2025-02-28", "2025-02-28")] // 31 August alone: 28 February
    [InlineData("2025-08-01", "2025-08-30", "2025-02-01", "2025-02-27")] // (31 August − 6 months) − 1 = 27 February
    public void The_response_period_is_the_period_moved_back_6_months(string from, string to, string responseFrom, string responseTo)
    {
        Assert.Equal((Day(responseFrom), Day(responseTo)), Response(Period(from, to)));
    }

    [Theory]
    [InlineData("2025-08-30")] // from 30 − 6 months = 28 February; to (31 August − 6 months) − 1 = 27 February
    [InlineData("2025-08-29")] // from 28 February (29 does not exist in 2025); to (30 August − 6 months) − 1 = 27 February
    [InlineData("2024-08-30")] // leap year: from 29 February; to (31 August − 6 months) − 1 = 28 February
    public void A_short_period_the_move_squeezes_away_looks_back_to_nothing(string day)
    {
        var (from, to) = Response(Period(day, day));

        Assert.True(from > to, $"{day} looks back to {from:yyyy-MM-dd}..{to:yyyy-MM-dd}, expected an empty period");
        Assert.Equal(1, from.DayNumber - to.DayNumber); // empty, but still exactly between its neighbours
    }

    [Fact]
    public void The_months_and_quarters_of_a_year_and_the_days_of_August_tile_their_whole_response_period()
    {
        var year = Period("2025-01-01", "2025-12-31");
        var leapYear = Period("2024-01-01", "2024-12-31");
        AssertTiles(year, year.Split(TimeGrain.Month));
        AssertTiles(year, year.Split(TimeGrain.Quarter));
        AssertTiles(leapYear, leapYear.Split(TimeGrain.Month));
        var august = Period("2025-08-01", "2025-08-31");
        AssertTiles(august, Enumerable.Range(1, 31).Select(d => new Period(new DateOnly(2025, 8, d), new DateOnly(2025, 8, d))).ToList());
        var custom = Period("2025-07-15", "2025-10-14");
        AssertTiles(custom, custom.Split(TimeGrain.Month));
    }

    /// <summary>The parts' response periods follow one another without gap or overlap and together are the whole's.</summary>
    private static void AssertTiles(Period whole, IReadOnlyList<Period> parts)
    {
        var (from, to) = FollowUpMoment.ResponseDays(whole);
        var next = from;
        foreach (var part in parts)
        {
            var (partFrom, partTo) = FollowUpMoment.ResponseDays(part);
            Assert.Equal(next, partFrom);
            next = partTo + 1;
        }
        Assert.Equal(to + 1, next);
    }
}
