using Dashboard.Data.Installation.Demo;

namespace Dashboard.Tests.Installation.Demo;

public sealed class DemoDensityTests
{
    [Theory]
    [InlineData("1x1", 1, 1)]
    [InlineData("4x5", 4, 5)]
    [InlineData("12x3", 12, 3)]
    public void Reads_till_reports_per_day_then_the_place_factor_and_writes_them_back(string text, int tillReports, int placeFactor)
    {
        var density = DemoDensity.Parse(text);
        Assert.Equal(new DemoDensity(tillReports, placeFactor), density);
        Assert.Equal(text, density.ToString());
    }

    [Theory]
    [InlineData("4")]
    [InlineData("4,5")]
    [InlineData("4x")]
    [InlineData("x5")]
    [InlineData("-1x5")]
    [InlineData("4x5x6")]
    public void Refuses_what_is_not_two_whole_numbers(string text) =>
        Assert.Throws<FormatException>(() => DemoDensity.Parse(text));

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 0)]
    public void Refuses_less_than_the_demos_own_density(int tillReports, int placeFactor) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new DemoDensity(tillReports, placeFactor));

    [Fact]
    public void The_demo_is_one_till_report_a_day_and_its_own_places() => Assert.Equal(new DemoDensity(1, 1), DemoDensity.Demo);
}
