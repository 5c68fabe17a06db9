using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Sector;

namespace Dashboard.Tests.Figures.Sector;

/// <summary>The arithmetic of the sector comparison by hand (docs/sector.md#sectorvergelijking): PERCENTILE.INC, quarters, rounding.</summary>
public class SectorStatisticsTests
{
    [Fact]
    public void Seven_values_interpolate_between_the_second_and_third_for_p25()
    {
        decimal[] values = [70, 10, 40, 30, 60, 20, 50];

        // Sorted 10 … 70: p25 at (7 − 1) × 0,25 = 1,5 → 20 + 0,5 × 10; the median at 3 → 40; p75 at 4,5 → 50 + 0,5 × 10.
        Assert.Equal(25m, SectorStatistics.Percentile(values, 0.25m));
        Assert.Equal(40m, SectorStatistics.Percentile(values, 0.5m));
        Assert.Equal(55m, SectorStatistics.Percentile(values, 0.75m));
    }

    [Fact]
    public void Nine_values_fall_on_values_themselves()
    {
        decimal[] values = [1, 2, 3, 4, 5, 6, 7, 8, 100];

        // (9 − 1) × 0,25 = 2, × 0,5 = 4, × 0,75 = 6: the third, fifth and seventh value; the outlier moves nothing.
        Assert.Equal((3m, 5m, 7m), (SectorStatistics.Percentile(values, 0.25m), SectorStatistics.Percentile(values, 0.5m), SectorStatistics.Percentile(values, 0.75m)));
    }

    [Fact]
    public void Fourteen_values_interpolate_at_a_quarter_a_half_and_three_quarters()
    {
        var values = Enumerable.Range(1, 14).Select(i => i * 10m).Reverse().ToList();

        // (14 − 1) × 0,25 = 3,25 → 40 + 0,25 × 10; × 0,5 = 6,5 → 70 + 0,5 × 10; × 0,75 = 9,75 → 100 + 0,75 × 10.
        Assert.Equal(42.5m, SectorStatistics.Percentile(values, 0.25m));
        Assert.Equal(75m, SectorStatistics.Percentile(values, 0.5m));
        Assert.Equal(107.5m, SectorStatistics.Percentile(values, 0.75m));
    }

    [Theory]
    [InlineData(25, 1)] // at P25: still the first quarter
    [InlineData(25.01, 2)]
    [InlineData(40, 2)]
    [InlineData(41, 3)]
    [InlineData(55, 3)]
    [InlineData(56, 4)]
    [InlineData(0, 1)]
    public void The_quarter_counts_a_value_on_a_boundary_in_the_lower_quarter(double value, int quarter) =>
        Assert.Equal(quarter, SectorStatistics.Quarter((decimal)value, 25m, 40m, 55m));

    [Fact]
    public void A_percentile_is_rounded_to_what_the_figure_shows()
    {
        // P4R shows one decimal, E1 whole euros, a normalised value three significant digits.
        Assert.Equal(23.5m, SectorStatistics.Rounded(23.4567m, IndicatorCatalogue.Get(IndicatorCode.P4R), normalised: false));
        Assert.Equal(1235m, SectorStatistics.Rounded(1234.5m, IndicatorCatalogue.Get(IndicatorCode.E1), normalised: false));
        Assert.Equal(0.00483m, SectorStatistics.Rounded(0.0048321m, IndicatorCatalogue.Get(IndicatorCode.P9), normalised: true));
        Assert.Equal(12.3m, SectorStatistics.Rounded(12.34m, IndicatorCatalogue.Get(IndicatorCode.P9), normalised: true));
    }
}
