using Dashboard.Data.Figures;
using Dashboard.Data.Figures.SocialValue;

namespace Dashboard.Tests.Figures.SocialValue;

/// <summary>
/// One value-map row's worth, by hand (docs/maatschappelijke-waarde.md#berekening): the deductions one after the other,
/// drop-off over the years, discounting from the first year, the waterfall that adds up, and the cautious and generous rows.
/// </summary>
public class SocialValueFormulasTests
{
    /// <summary>10 outcomes at € 1,000, deadweight 20 %, displacement 10 %, attribution 25 %, drop-off 50 %, 3 years.</summary>
    private static readonly ValueMapRow Row = new("R", "Uitkomst", "Gemeente", IndicatorCode.P4, 1_000m, "bron", 20m, 10m, 25m, 50m, 3, []);

    [Fact]
    public void Deductions_apply_one_after_the_other_and_the_years_drop_off()
    {
        var value = SocialValueFormulas.Value(Row, 10m, 5m);

        // Gross 10 × 1,000 = 10,000; − 20 % = 8,000; − 10 % = 7,200; − 25 % = 5,400 in the first year; then 2,700 and 1,350.
        Assert.Equal(10_000m, value.Gross);
        Assert.Equal(5_400m, value.FirstYear);
        Assert.Equal([5_400m, 2_700m, 1_350m], value.Years);
    }

    [Fact]
    public void Every_year_is_discounted_the_first_one_too()
    {
        var value = SocialValueFormulas.Value(Row, 10m, 5m);

        // 5,400 / 1.05 + 2,700 / 1.05² + 1,350 / 1.05³ = 5,142.857… + 2,448.979… + 1,166.180… = 8,758.017…
        Assert.Equal(8_758.02m, Math.Round(value.PresentValue, 2));
        Assert.Equal(5_142.86m, Math.Round(SocialValueFormulas.Value(Row with { DurationYears = 1 }, 10m, 5m).PresentValue, 2));
        Assert.Equal(5_400m, SocialValueFormulas.Value(Row with { DurationYears = 1 }, 10m, 0m).PresentValue);
    }

    [Fact]
    public void The_waterfall_goes_from_gross_to_present_value_in_steps_that_add_up()
    {
        var step = SocialValueFormulas.Value(Row, 10m, 5m).Waterfall;

        Assert.Equal((10_000m, -2_000m, -800m, -1_800m, 4_050m), (step.Gross, step.Deadweight, step.Displacement, step.Attribution, step.LaterYears));
        Assert.Equal(-691.98m, Math.Round(step.Discounting, 2)); // 9,450 undiscounted − 8,758.02
        Assert.Equal(step.PresentValue, step.Gross + step.Deadweight + step.Displacement + step.Attribution + step.LaterYears + step.Discounting);
    }

    [Fact]
    public void The_cautious_row_adds_10_points_shortens_a_year_and_takes_80_percent_of_the_proxy()
    {
        var cautious = SocialValueFormulas.Cautious(Row);

        Assert.Equal((30m, 20m, 35m, 60m, 2, 800m),
            (cautious.DeadweightPct, cautious.DisplacementPct, cautious.AttributionPct, cautious.DropOffPct, cautious.DurationYears, cautious.ProxyEur));
        // 8,000 × 0.7 × 0.8 × 0.65 = 2,912, then 1,164.80: 2,912 / 1.05 + 1,164.80 / 1.1025 = 3,829.84
        Assert.Equal(3_829.84m, Math.Round(SocialValueFormulas.Value(cautious, 10m, 5m).PresentValue, 2));
    }

    [Fact]
    public void The_generous_row_takes_10_points_off_the_deductions_and_120_percent_of_the_proxy()
    {
        var generous = SocialValueFormulas.Generous(Row);

        Assert.Equal((10m, 0m, 15m, 50m, 3, 1_200m),
            (generous.DeadweightPct, generous.DisplacementPct, generous.AttributionPct, generous.DropOffPct, generous.DurationYears, generous.ProxyEur));
        // 12,000 × 0.9 × 1 × 0.85 = 9,180, 4,590, 2,295, discounted at 5 %: 14,888.63
        Assert.Equal(14_888.63m, Math.Round(SocialValueFormulas.Value(generous, 10m, 5m).PresentValue, 2));
    }

    [Fact]
    public void The_range_clamps_at_0_and_100_and_at_one_year()
    {
        var edge = Row with { DeadweightPct = 95m, DisplacementPct = 5m, AttributionPct = 100m, DropOffPct = 0m, DurationYears = 1 };

        var cautious = SocialValueFormulas.Cautious(edge);
        var generous = SocialValueFormulas.Generous(edge);

        Assert.Equal((100m, 15m, 100m, 10m, 1), (cautious.DeadweightPct, cautious.DisplacementPct, cautious.AttributionPct, cautious.DropOffPct, cautious.DurationYears));
        Assert.Equal((85m, 0m, 90m), (generous.DeadweightPct, generous.DisplacementPct, generous.AttributionPct));
        Assert.Equal(0m, SocialValueFormulas.Value(cautious, 10m, 5m).PresentValue);
    }

    [Fact]
    public void A_negative_proxy_gives_a_negative_value_and_no_investment_gives_no_return()
    {
        Assert.Equal(-5_400m, SocialValueFormulas.Value(Row with { ProxyEur = -1_000m, DurationYears = 1 }, 10m, 0m).PresentValue);
        Assert.Null(SocialValueFormulas.Return(8_758m, 0m));
        Assert.Equal(2.4m, SocialValueFormulas.Return(12_000m, 5_000m));
    }
}
