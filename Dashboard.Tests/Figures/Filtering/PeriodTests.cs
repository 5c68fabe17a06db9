using Dashboard.Data.Figures.Filtering;
using static Dashboard.Tests.Figures.Facts;
using Presets = Dashboard.Data.Figures.Filtering.Period;

namespace Dashboard.Tests.Figures.Filtering;

/// <summary>
/// Periods (docs/indicatoren.md#regels-voor-elk-cijfer and docs/indicatoren.md#vergelijken): days, the previous period, the same period a year earlier, months/quarters/years within; at
/// most 50 years between 1900 and 2199.
/// </summary>
public class PeriodTests
{
    [Theory]
    [InlineData("2025-03-10", "2025-04-13", 35)]
    [InlineData("2025-04-13", "2025-04-13", 1)]
    [InlineData("2024-01-01", "2024-12-31", 366)]
    [InlineData("2025-02-01", "2025-02-28", 28)]
    public void Days_count_both_ends(string from, string to, int days)
    {
        Assert.Equal(days, Period(from, to).Days);
    }

    [Fact]
    public void A_period_cannot_end_before_it_starts()
    {
        Assert.Throws<ArgumentException>(() => Period("2025-03-10", "2025-03-09"));
    }

    [Theory]
    [InlineData("5000-01-01", "9998-12-31")] // 5,000 years: minutes and gigabytes to draw
    [InlineData("0001-01-01", "9999-12-31")] // no previous period before year 1
    [InlineData("2000-01-01", "2050-12-31")] // 51 years
    [InlineData("1800-01-01", "1800-12-31")]
    [InlineData("2200-01-01", "2200-12-31")]
    public void A_period_of_more_than_50_years_or_far_outside_the_known_dates_cannot_be_built(string from, string to)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Period(from, to));
    }

    [Theory]
    [InlineData("1900-01-01", "1949-12-31")]
    [InlineData("2000-02-29", "2050-02-27")]
    [InlineData("1975-06-15", "2025-06-14")] // its previous period, as many days, ends a day later in the year: fewer leap days
    [InlineData("2150-01-01", "2199-12-31")]
    public void The_longest_period_a_user_may_ask_for_has_a_previous_period_and_a_last_year(string from, string to)
    {
        var period = Period(from, to);

        Assert.Null(Presets.Problem(period.From, period.To));
        Assert.Equal(period.From.AddDays(-1), period.Previous().To);
        Assert.Equal(period.From.AddYears(-1), period.LastYear().From);
        Assert.InRange(period.Split(TimeGrain.Month).Count, 600, 601);
        Assert.Equal(period.To, period.Split(TimeGrain.Year)[^1].To);
    }

    [Theory]
    [InlineData("5000-01-01", "9998-12-31", "De periode 01-01-5000 t/m 31-12-9998 is langer dan 50 jaar, de langste periode die het dashboard toont: kies een kortere.")]
    [InlineData("0001-01-01", "9999-12-31", "De periode 01-01-0001 t/m 31-12-9999 is langer dan 50 jaar, de langste periode die het dashboard toont: kies een kortere.")]
    [InlineData("2000-01-01", "2050-01-01", "De periode 01-01-2000 t/m 01-01-2050 is langer dan 50 jaar, de langste periode die het dashboard toont: kies een kortere.")]
    [InlineData("0001-01-01", "0001-12-31",
        "De periode 01-01-0001 t/m 31-12-0001 ligt niet tussen 01-01-1900 en 31-12-2199, de datums die het dashboard kent: kies een periode daarbinnen.")]
    [InlineData("9999-01-01", "9999-12-31",
        "De periode 01-01-9999 t/m 31-12-9999 ligt niet tussen 01-01-1900 en 31-12-2199, de datums die het dashboard kent: kies een periode daarbinnen.")]
    [InlineData("1899-12-31", "1900-01-31",
        "De periode 31-12-1899 t/m 31-01-1900 ligt niet tussen 01-01-1900 en 31-12-2199, de datums die het dashboard kent: kies een periode daarbinnen.")]
    [InlineData("2025-03-10", "2025-03-09", "De periode 10-03-2025 t/m 09-03-2025 eindigt vóór ze begint.")]
    public void A_period_a_user_may_not_ask_for_says_why_in_Dutch(string from, string to, string problem)
    {
        Assert.Equal(problem, Presets.Problem(Day(from), Day(to)));
    }

    [Theory]
    // calendar months, quarters and years → the previous calendar one
    [InlineData("2025-03-01", "2025-03-31", "2025-02-01", "2025-02-28")]
    [InlineData("2024-03-01", "2024-03-31", "2024-02-01", "2024-02-29")] // into a leap February
    [InlineData("2025-01-01", "2025-01-31", "2024-12-01", "2024-12-31")] // over the year boundary
    [InlineData("2025-05-01", "2025-05-31", "2025-04-01", "2025-04-30")] // 31 days → the 30 of April, not 31 days back
    [InlineData("2025-01-01", "2025-03-31", "2024-10-01", "2024-12-31")] // Q1 → Q4 of last year
    [InlineData("2024-07-01", "2024-09-30", "2024-04-01", "2024-06-30")] // Q3 → Q2 (92 days → 91)
    [InlineData("2025-01-01", "2025-12-31", "2024-01-01", "2024-12-31")] // 365 days → the 366 of 2024
    // any other period → the same number of days directly before it
    [InlineData("2025-03-15", "2025-05-10", "2025-01-17", "2025-03-14")] // 57 days
    [InlineData("2025-01-01", "2025-06-30", "2024-07-04", "2024-12-31")] // year to date: 181 days
    [InlineData("2025-02-01", "2025-02-27", "2025-01-05", "2025-01-31")] // almost a month: 27 days
    [InlineData("2025-03-02", "2025-03-31", "2025-01-31", "2025-03-01")] // from the 2nd: 30 days
    [InlineData("2025-04-13", "2025-04-13", "2025-04-12", "2025-04-12")] // one day
    public void The_previous_period(string from, string to, string previousFrom, string previousTo)
    {
        Assert.Equal(Period(previousFrom, previousTo), Period(from, to).Previous());
    }

    [Theory]
    [InlineData("2025-03-15", "2025-05-10", "2024-03-15", "2024-05-10")]
    [InlineData("2025-01-01", "2025-12-31", "2024-01-01", "2024-12-31")]
    [InlineData("2025-04-01", "2025-06-30", "2024-04-01", "2024-06-30")]
    [InlineData("2024-02-29", "2024-03-10", "2023-02-28", "2023-03-10")] // 29 February becomes 28 February
    [InlineData("2024-01-01", "2024-02-29", "2023-01-01", "2023-02-28")] // year to date up to a leap day
    [InlineData("2025-02-01", "2025-02-28", "2024-02-01", "2024-02-29")] // calendar February → the whole leap February
    [InlineData("2024-02-01", "2024-02-29", "2023-02-01", "2023-02-28")] // and back
    [InlineData("2025-01-01", "2025-03-31", "2024-01-01", "2024-03-31")] // a calendar quarter
    public void The_same_period_a_year_earlier(string from, string to, string lastFrom, string lastTo)
    {
        Assert.Equal(Period(lastFrom, lastTo), Period(from, to).LastYear());
    }

    [Fact]
    public void Split_into_months_clips_the_first_and_last_month()
    {
        var months = Period("2025-03-15", "2025-05-10").Split(TimeGrain.Month);

        Assert.Equal([Period("2025-03-15", "2025-03-31"), Period("2025-04-01", "2025-04-30"), Period("2025-05-01", "2025-05-10")], months);
        Assert.Equal(["2025-03", "2025-04", "2025-05"], months.Select(m => m.Label(TimeGrain.Month)));
    }

    [Fact]
    public void Split_into_quarters_and_years()
    {
        var quarters = Period("2024-11-15", "2025-04-10").Split(TimeGrain.Quarter);
        Assert.Equal([Period("2024-11-15", "2024-12-31"), Period("2025-01-01", "2025-03-31"), Period("2025-04-01", "2025-04-10")], quarters);
        Assert.Equal(["2024-Q4", "2025-Q1", "2025-Q2"], quarters.Select(q => q.Label(TimeGrain.Quarter)));

        var years = Period("2024-12-20", "2026-01-05").Split(TimeGrain.Year);
        Assert.Equal([Period("2024-12-20", "2024-12-31"), Period("2025-01-01", "2025-12-31"), Period("2026-01-01", "2026-01-05")], years);
        Assert.Equal(["2024", "2025", "2026"], years.Select(y => y.Label(TimeGrain.Year)));
    }

    [Fact]
    public void Split_within_one_month_is_that_part_alone()
    {
        Assert.Equal([Period("2025-04-05", "2025-04-25")], Period("2025-04-05", "2025-04-25").Split(TimeGrain.Month));
        Assert.Equal([Period("2025-11-05", "2025-11-25")], Period("2025-11-05", "2025-11-25").Split(TimeGrain.Quarter));
    }

    [Fact]
    public void The_presets()
    {
        Assert.Equal(Period("2024-02-01", "2024-02-29"), Presets.Month(2024, 2));
        Assert.Equal(Period("2025-10-01", "2025-12-31"), Presets.Quarter(2025, 4));
        Assert.Equal(Period("2025-01-01", "2025-12-31"), Presets.Year(2025));
        Assert.Equal(Period("2025-01-01", "2025-08-14"), Presets.YearToDate(Day("2025-08-14")));
    }
}
