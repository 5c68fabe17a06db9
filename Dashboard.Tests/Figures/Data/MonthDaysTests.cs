using Dashboard.Data.Figures.Data;
using static Dashboard.Tests.Figures.Facts;

namespace Dashboard.Tests.Figures.Data;

/// <summary>The day totals of one month: a period that cuts the month gets exactly the totals of its own days.</summary>
public class MonthDaysTests
{
    // Practice 1 sells on 1, 14, 15 and 30 April; practice 2 on 15 April, in two categories.
    private static readonly MonthDays April = new(Day("2025-04-01"),
    [
        (1, 30, Sums("kleding_textiel", 3000)),
        (2, 15, Sums("boeken_media", 1500)),
        (1, 1, Sums("kleding_textiel", 100)),
        (1, 15, Sums("kleding_textiel", 1500)),
        (2, 15, Sums("huisraad", 1501)),
        (1, 14, Sums("meubels", 1400)),
    ]);

    [Theory]
    [InlineData("2025-04-01", "2025-04-14", new long[] { 100, 1400 })]
    [InlineData("2025-04-15", "2025-04-15", new long[] { 1500, 1500, 1501 })]
    [InlineData("2025-04-15", "2025-04-30", new long[] { 1500, 1500, 1501, 3000 })]
    [InlineData("2025-04-02", "2025-04-13", new long[0])]
    [InlineData("2025-04-01", "2025-04-30", new long[] { 100, 1400, 1500, 1500, 1501, 3000 })]
    public void A_period_inside_the_month_gets_the_totals_of_its_days(string from, string to, long[] revenueCents)
    {
        var days = April.Within(Period(from, to)).ToArray();

        Assert.Equal(revenueCents, days.Select(f => f.Sums.RevenueCents).Order());
        // Each carries its month, as a row of sales_monthly does.
        Assert.All(days, f => Assert.Equal(Day("2025-04-01"), f.Month));
    }

    [Fact]
    public void A_period_outside_the_month_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => April.Within(Period("2025-03-31", "2025-04-02")));
        Assert.Throws<ArgumentOutOfRangeException>(() => April.Within(Period("2025-05-01", "2025-05-02")));
    }

    private static SalesSums Sums(string category, long revenueCents) => new(category, revenueCents, 1, 0, 1, 0, 0, 1);
}
