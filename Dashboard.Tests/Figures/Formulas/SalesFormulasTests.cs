using Dashboard.Data.Figures.Data;
using Dashboard.Data.Figures.Formulas;
using Dashboard.Data.Figures.Results;
using Dashboard.Data.Figures.Settings;
using static Dashboard.Tests.Figures.Facts;

namespace Dashboard.Tests.Figures.Formulas;

/// <summary>
/// E1–E3 and M1–M3 over sales totals (what the monthly aggregate and the raw edge months deliver). Which raw
/// row goes into which total is checked end to end in Data/SalesFiguresTests.
/// </summary>
public class SalesFormulasTests
{
    // kleding_textiel: € 120 (refunds included), 30 items, 6 kg on rows with a weight, 10 items on rows without one,
    //                  € 100 on rows that give receipts, 8 receipts, 6 rows.
    // meubels:         € 250, 2 items, both without weight, no receipts, 2 rows.
    // horeca:          € 300, 60 items, 12 kg given, 40 items without weight, € 300 over 42 receipts, 10 rows.
    // huisraad refund: € −20, −2 items without weight, 1 row.
    private static readonly IReadOnlyList<SalesSums> Month = new SalesFact[]
    {
        Sales(AanWinkel, "2025-03", "kleding_textiel", 120.00m, items: 30, weightKg: 6.0m, itemsWithoutWeight: 10,
            revenueWithTransactions: 100.00m, transactions: 8, rows: 6),
        Sales(AanWinkel, "2025-03", "meubels", 250.00m, items: 2, itemsWithoutWeight: 2, rows: 2),
        Sales(AanRest, "2025-03", "horeca", 300.00m, items: 60, weightKg: 12m, itemsWithoutWeight: 40,
            revenueWithTransactions: 300.00m, transactions: 42, rows: 10),
        Sales(AanWinkel, "2025-03", "huisraad", -20.00m, items: -2, itemsWithoutWeight: -2, rows: 1),
    }.Select(f => f.Sums).ToList();

    [Fact]
    public void E1_is_the_revenue_with_refunds_subtracted()
    {
        // 120 + 250 + 300 − 20 = 650
        var e1 = SalesFormulas.Revenue(Month);

        Assert.Equal(650.00m, e1.Value);
        Assert.Equal(19, e1.SourceRows); // 6 + 2 + 10 + 1
    }

    [Fact]
    public void E3_divides_only_the_revenue_of_rows_that_give_receipts()
    {
        // (100 + 300) / (8 + 42) = 400 / 50 = 8; the € 250 of furniture and the refund have no receipts.
        Assert.Equal(8m, SalesFormulas.AverageSpend(Month).Value);
    }

    [Fact]
    public void E3_without_any_receipts_is_no_data()
    {
        Assert.Null(SalesFormulas.AverageSpend([Month[1]]).Value);
        Assert.Null(SalesFormulas.AverageSpend([]).Value);
    }

    [Fact]
    public void E2_is_revenue_per_participant_hour_and_no_data_without_hours()
    {
        // 650 / 130 = 5
        Assert.Equal(5m, SalesFormulas.RevenuePerParticipantHour(new Measure(650m, 19), new Measure(130m, 3, 3)).Value);
        Assert.Null(SalesFormulas.RevenuePerParticipantHour(new Measure(650m, 19), new Measure(0m, 0)).Value);
    }

    [Fact]
    public void M1_counts_items_except_food_and_drink_refunds_subtracted()
    {
        // 30 + 2 − 2 = 30; the 60 horeca items are not goods reused.
        Assert.Equal(30m, SalesFormulas.ItemsReused(Month).Value);
    }

    [Fact]
    public void M2_takes_the_weight_given_else_items_times_the_average_weight_of_the_category()
    {
        // kleding_textiel 6.0 + 10 × 0.4 = 10; meubels 2 × 25 = 50; horeca 0 (not 12 + 40 × anything); huisraad −2 × 1 = −2
        // → 10 + 50 + 0 − 2 = 58 kg
        Assert.Equal(58m, SalesFormulas.WeightReusedKg(Month, IndicatorSettings.Defaults).Value);
    }

    [Fact]
    public void M3_is_the_weight_times_the_CO2_factor_of_the_category()
    {
        // Default factor 1.0 for every category: 58 × 1.0 = 58
        Assert.Equal(58m, SalesFormulas.Co2AvoidedKg(Month, IndicatorSettings.Defaults).Value);
    }

    [Fact]
    public void M2_and_M3_follow_the_settings_per_category()
    {
        var settings = IndicatorSettings.Defaults with
        {
            Categories = new Dictionary<string, CategorySetting>(IndicatorSettings.Defaults.Categories)
            {
                ["meubels"] = new("meubels", 2.5m, "test", 30m, "test"),
                ["kleding_textiel"] = new("kleding_textiel", 3m, "test", 0.5m, "test"),
                // Even an administrator who gives food and drink a weight and factor does not make it reuse.
                ["horeca"] = new("horeca", 1m, "test", 1m, "test"),
            },
        };

        // M2: kleding_textiel 6.0 + 10 × 0.5 = 11; meubels 2 × 30 = 60; horeca 0; huisraad −2 × 1 = −2 → 69
        Assert.Equal(69m, SalesFormulas.WeightReusedKg(Month, settings).Value);
        // M3: 11 × 3 + 60 × 2.5 + 0 + (−2) × 1.0 = 33 + 150 − 2 = 181
        Assert.Equal(181m, SalesFormulas.Co2AvoidedKg(Month, settings).Value);
        Assert.Equal(30m, SalesFormulas.ItemsReused(Month).Value);
    }

    [Fact]
    public void Without_sales_the_sums_are_zero()
    {
        Assert.Equal(0m, SalesFormulas.Revenue([]).Value);
        Assert.Equal(0m, SalesFormulas.ItemsReused([]).Value);
        Assert.Equal(0m, SalesFormulas.WeightReusedKg([], IndicatorSettings.Defaults).Value);
        Assert.Equal(0m, SalesFormulas.Co2AvoidedKg([], IndicatorSettings.Defaults).Value);
    }
}
