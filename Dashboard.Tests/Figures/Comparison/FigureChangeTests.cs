using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Comparison;
using Dashboard.Data.Figures.Results;

namespace Dashboard.Tests.Figures.Comparison;

public class FigureChangeTests
{
    private static Figure Value(decimal value) => new(IndicatorCode.P4R, FigureStatus.Ok, value, 10);
    private static Figure With(FigureStatus status) => new(IndicatorCode.P4R, status, null, 10);

    [Fact]
    public void A_rate_changes_in_percentage_points_and_in_percent()
    {
        var change = FigureChange.Between(Value(30m), Value(24m));

        Assert.Equal(FigureStatus.Ok, change.Status);
        Assert.Equal(6m, change.Absolute);       // 30% − 24% = 6 percentage points
        Assert.Equal(25m, change.Percent);       // 6 / 24 × 100
    }

    [Fact]
    public void A_percent_change_from_zero_is_not_applicable_while_the_absolute_change_is_shown()
    {
        var change = FigureChange.Between(Value(12m), Value(0m));

        Assert.Equal((FigureStatus.Ok, 12m, (decimal?)null), (change.Status, change.Absolute, change.Percent));
    }

    [Fact]
    public void A_change_from_a_negative_value_keeps_its_sign()
    {
        Assert.Equal(150m, FigureChange.Between(Value(10m), Value(-20m)).Percent); // (10 − −20) / |−20| × 100
    }

    [Theory]
    [InlineData(FigureStatus.Hidden, FigureStatus.Ok, FigureStatus.Hidden)]
    [InlineData(FigureStatus.Ok, FigureStatus.Hidden, FigureStatus.Hidden)]
    [InlineData(FigureStatus.NoData, FigureStatus.Ok, FigureStatus.NoData)]
    [InlineData(FigureStatus.Hidden, FigureStatus.NoData, FigureStatus.Hidden)]
    [InlineData(FigureStatus.NotApplicable, FigureStatus.Hidden, FigureStatus.NotApplicable)]
    public void A_change_involving_a_figure_without_a_value_has_no_value(FigureStatus now, FigureStatus before, FigureStatus expected)
    {
        var change = FigureChange.Between(now == FigureStatus.Ok ? Value(5m) : With(now), before == FigureStatus.Ok ? Value(5m) : With(before));

        Assert.Equal((expected, (decimal?)null, (decimal?)null), (change.Status, change.Absolute, change.Percent));
    }
}
