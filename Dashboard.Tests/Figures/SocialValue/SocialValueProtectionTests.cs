using Dashboard.Data.Administration;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Data.Figures.Results;
using static Dashboard.Tests.Figures.Facts;
using static Dashboard.Tests.Figures.SocialValue.SocialValueFiguresTests;

namespace Dashboard.Tests.Figures.SocialValue;

/// <summary>
/// The social value as a protected viewer sees it, k = 5 (docs/indicatoren.md#afscherming, the *Afscherming* of W1–W4,
/// W3L and W3H): hidden with any people figure it prices, never for sales euros, and otherwise computed from the
/// perturbed quantities. Every trajectory here has record key 0, so a count of 5 or more is shown 2 lower, never below 5.
/// </summary>
public class SocialValueProtectionTests
{
    private static readonly IndicatorFilter Year2025 = new(Facts.Period("2025-01-01", "2025-12-31"));

    private static readonly IndicatorCode[] PricingPeople =
        [IndicatorCode.W1, IndicatorCode.W3, IndicatorCode.W4, IndicatorCode.W3L, IndicatorCode.W3H];

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void A_small_outflow_to_work_hides_every_value_of_it_but_not_the_investment(int toWork)
    {
        var settings = Map(0m, Row("WERK", IndicatorCode.P4, 1_000m));

        var total = Calculate(Year2025, ToWork(toWork), profile: ViewerProfile.Protected, settings: settings,
            investments: [Investment(AanWinkel, 2025, 10_000m)]).Total;

        FigureAssert.Hidden(total, IndicatorCode.P4);
        foreach (var code in PricingPeople)
        {
            FigureAssert.Hidden(total, code);
        }
        FigureAssert.Value(10_000m, total, IndicatorCode.W2);
        Assert.Null(Assert.Single(total.Value!.Rows).Value);
    }

    [Fact]
    public void A_map_of_sales_outcomes_only_is_never_hidden()
    {
        // 3 people to work (hidden), but the map prices only kilos: 250 kg × 0,12 × 0,9 + 250 kg × 1 (meubels) × 0,15 × 0,8.
        var settings = Map(0m, Row("AFVAL", IndicatorCode.M2, 0.12m, displacement: 10m), Row("CO2", IndicatorCode.M3, 0.15m, "Samenleving", displacement: 20m));

        var total = Calculate(Year2025, ToWork(3), sales: [Sales(AanWinkel, "2025-03", "meubels", 100m, items: 10, weightKg: 250m)],
            profile: ViewerProfile.Protected, settings: settings, investments: [Investment(AanWinkel, 2025, 1_000m)]).Total;

        FigureAssert.Hidden(total, IndicatorCode.P4);
        FigureAssert.Value(27m + 30m, total, IndicatorCode.W1);
        FigureAssert.Value(30m + 37.5m, total, IndicatorCode.W4);
        FigureAssert.Value(0.057m, total, IndicatorCode.W3);       // 57 / 1.000
        FigureAssert.Shown(total, IndicatorCode.W3L);
        FigureAssert.Shown(total, IndicatorCode.W3H);
    }

    [Fact]
    public void The_second_cell_hidden_to_protect_a_small_practice_hides_its_value_too()
    {
        // P4 per practice: AAN/REST 3 (hidden), AAN/WINKEL 6, BLE/FIETS 8, ZWO/TEXT 10, ZWO/WINKEL 0. Exactly one group is
        // hidden, so the smallest other above 0, AAN/WINKEL, is hidden too (docs/indicatoren.md#afscherming).
        var trajectories = ToWork(3, 1, AanRest).Concat(ToWork(6, 10, AanWinkel)).Concat(ToWork(8, 20, BleFiets)).Concat(ToWork(10, 30, ZwoText));

        var table = Calculate(Year2025, trajectories, breakdown: Dimension.Practice, profile: ViewerProfile.Protected,
            settings: Map(0m, Row("WERK", IndicatorCode.P4, 1_000m)));

        Assert.Equal(["AAN/REST", "AAN/WINKEL", "BLE/FIETS", "ZWO/TEXT", "ZWO/WINKEL"], table.Groups.Select(g => g.Key));
        Assert.Equal(["hidden", "hidden", "6", "8", "0"], FigureAssert.Column(table.Groups, IndicatorCode.P4));
        // The shown counts, 8 − 2 and 10 − 2, at € 1.000; nothing is nothing.
        Assert.Equal(["hidden", "hidden", "6000", "8000", "0"], FigureAssert.Column(table.Groups, IndicatorCode.W1));
        Assert.Equal(["hidden", "hidden", "6000", "8000", "0"], FigureAssert.Column(table.Groups, IndicatorCode.W4));
    }

    [Fact]
    public void A_row_for_some_kinds_is_hidden_where_its_group_was_hidden_to_protect_another()
    {
        // P4 per kind: horeca 5, textiel 4 (hidden), winkel 10, fietsen 11. Exactly one kind is hidden, so the smallest other,
        // horeca, is hidden too. A row pricing horeca alone would otherwise show horeca's 5 × € 2.500, and the total less the
        // kinds shown would give textiel's 4 away.
        var trajectories = ToWork(5, 1, AanRest).Concat(ToWork(4, 10, ZwoText)).Concat(ToWork(10, 20, AanWinkel)).Concat(ToWork(11, 40, BleFiets));

        var table = Calculate(Year2025, trajectories, breakdown: Dimension.PracticeKind, profile: ViewerProfile.Protected,
            settings: Map(0m, Row("WERK-HORECA", IndicatorCode.P4, 2_500m, kinds: "horeca")));

        var byKind = table.Groups.ToDictionary(g => g.Key);
        FigureAssert.Status(FigureStatus.Hidden, byKind["textiel"], IndicatorCode.P4);
        FigureAssert.Status(FigureStatus.Hidden, byKind["horeca"], IndicatorCode.P4);
        FigureAssert.Status(FigureStatus.Hidden, byKind["horeca"], IndicatorCode.W4);
        FigureAssert.Status(FigureStatus.Hidden, byKind["horeca"], IndicatorCode.W1);
        Assert.Null(Assert.Single(byKind["horeca"].Value!.Rows).Value);
        // Textiel has no restaurant: the row prices nothing there, whatever its own count.
        FigureAssert.Value(0m, byKind["textiel"], IndicatorCode.W4);
        FigureAssert.Value(0m, byKind["winkel"], IndicatorCode.W4);
    }

    [Fact]
    public void A_row_for_some_kinds_protects_its_own_counts_with_a_second_cell_among_the_practices_of_those_kinds()
    {
        // P4: AAN/WINKEL 3, AAN/REST 6, BLE/FIETS 8, ZWO/WINKEL 10; the row prices shop floors only. Over the shop floors
        // AAN/WINKEL (3) is the one hidden group, so ZWO/WINKEL (10) is hidden too: the total's value less ZWO/WINKEL's
        // would give the 3 away. The other practices count no shop-floor outcome: 0, shown.
        var trajectories = ToWork(3, 1, AanWinkel).Concat(ToWork(6, 10, AanRest)).Concat(ToWork(8, 20, BleFiets)).Concat(ToWork(10, 30, ZwoWinkel));

        var table = Calculate(Year2025, trajectories, breakdown: Dimension.Practice, profile: ViewerProfile.Protected,
            settings: Map(0m, Row("WINKEL", IndicatorCode.P4, 1_000m, kinds: "winkel")));

        Assert.Equal(["AAN/REST", "AAN/WINKEL", "BLE/FIETS", "ZWO/TEXT", "ZWO/WINKEL"], table.Groups.Select(g => g.Key));
        Assert.Equal(["hidden", "hidden", "6", "0", "8"], FigureAssert.Column(table.Groups, IndicatorCode.P4));
        Assert.Equal(["0", "hidden", "0", "0", "hidden"], FigureAssert.Column(table.Groups, IndicatorCode.W1));
        // The total: 13 shop-floor outcomes, shown as 11.
        FigureAssert.Value(11_000m, table.Total, IndicatorCode.W1);
    }

    [Fact]
    public void A_row_for_some_kinds_with_a_small_quantity_there_hides_the_value_though_the_whole_count_is_large()
    {
        // P4: 2 at the restaurant (horeca), 8 at the shop floor: 10 in all, shown as 8.
        var trajectories = ToWork(2, 1, AanRest).Concat(ToWork(8, 10, AanWinkel)).ToList();
        var restricted = Map(0m, Row("HORECA", IndicatorCode.P4, 1_000m, kinds: "horeca"), Row("ALLE", IndicatorCode.P4, 100m));
        var unrestricted = Map(0m, Row("ALLE", IndicatorCode.P4, 100m));

        var hidden = Calculate(Year2025, trajectories, profile: ViewerProfile.Protected, settings: restricted).Total;
        var shown = Calculate(Year2025, trajectories, profile: ViewerProfile.Protected, settings: unrestricted).Total;

        FigureAssert.Value(8m, hidden, IndicatorCode.P4);
        FigureAssert.Hidden(hidden, IndicatorCode.W1);
        FigureAssert.Hidden(hidden, IndicatorCode.W4);
        FigureAssert.Value(800m, shown, IndicatorCode.W1);          // 8 shown × 100
    }

    [Fact]
    public void Only_the_stakeholder_whose_row_is_hidden_is_hidden()
    {
        // The Gemeente row counts P4 at the restaurant only (2: hidden); Deelnemer prices all 10 (shown as 8); the sales row
        // of "gemeente" is never hidden itself but shares its stakeholder with the hidden row.
        var settings = Map(0m,
            Row("WERK-HORECA", IndicatorCode.P4, 1_000m, "Gemeente", kinds: "horeca"),
            Row("WERK-D", IndicatorCode.P4, 300m, "Deelnemer", deadweight: 50m),
            Row("AFVAL", IndicatorCode.M2, 0.12m, "gemeente"));
        var trajectories = ToWork(2, 1, AanRest).Concat(ToWork(8, 10, AanWinkel)).ToList();
        var sales = new[] { Sales(AanWinkel, "2025-03", "meubels", 100m, items: 10, weightKg: 250m) };

        var table = Calculate(Year2025, trajectories, sales: sales, breakdown: Dimension.Stakeholder, profile: ViewerProfile.Protected, settings: settings);
        var byRow = Calculate(Year2025, trajectories, sales: sales, breakdown: Dimension.ValueMapRow, profile: ViewerProfile.Protected, settings: settings);

        Assert.Equal(["Gemeente", "Deelnemer"], table.Groups.Select(g => g.Key));
        // Deelnemer: 8 shown × 300 × 0,5
        Assert.Equal(["hidden", "1200"], FigureAssert.Column(table.Groups, IndicatorCode.W1));
        Assert.Equal(["hidden", "2400"], FigureAssert.Column(table.Groups, IndicatorCode.W4));
        Assert.Equal(new (string, decimal?)[] { ("Gemeente", null), ("Deelnemer", 1_200m) }, table.Total.Value!.ByStakeholder());
        // Row by row only the restricted row is hidden; the kilos are 250 × 0,12.
        Assert.Equal(["hidden", "1200", "30"], FigureAssert.Column(byRow.Groups, IndicatorCode.W1));
        FigureAssert.Hidden(table.Total, IndicatorCode.W1);
    }

    [Fact]
    public void The_value_of_each_row_is_missing_exactly_where_its_quantity_is_hidden()
    {
        var settings = Map(0m,
            Row("WERK-HORECA", IndicatorCode.P4, 1_000m, kinds: "horeca"),
            Row("WERK", IndicatorCode.P4, 300m, "Deelnemer"),
            Row("OPLEIDING", IndicatorCode.P5, 2_000m, "Deelnemer"),
            Row("AFVAL", IndicatorCode.M2, 0.12m));
        var trajectories = ToWork(2, 1, AanRest).Concat(ToWork(8, 10, AanWinkel))
            .Append(Trajectory(50, "2024-01-01", "2025-02-28", "opleiding")).ToList();

        var value = Calculate(Year2025, trajectories, sales: [Sales(AanWinkel, "2025-03", "meubels", 100m, items: 10, weightKg: 250m)],
            profile: ViewerProfile.Protected, settings: settings).Total.Value!;

        // Restaurant P4 2 and P5 1 are small; the whole P4 (10) and the kilos are not.
        Assert.Equal([true, false, true, false], value.Rows.Select(r => r.Value is null));
        Assert.Equal([FigureStatus.Hidden, FigureStatus.Ok, FigureStatus.Hidden, FigureStatus.Ok], value.Rows.Select(r => r.Status));
        Assert.Equal([8m * 300m, 30m], value.Rows.Where(r => r.Value is not null).Select(r => r.Value!.PresentValue));
        Assert.True(value.AnyHidden);
        Assert.Null(value.Waterfall);
    }

    [Fact]
    public void A_protected_value_is_the_formula_over_the_shown_count()
    {
        // 10 to work, keys 0: shown P4 = 10 + (0 mod 5) − 2 = 8. At € 1.000, deadweight 20 %, 1 year, no discount: W1 = 8 × 800.
        var settings = Map(0m, Row("WERK", IndicatorCode.P4, 1_000m, deadweight: 20m));
        var trajectories = ToWork(10).ToList();

        var table = Calculate(Year2025, trajectories, profile: ViewerProfile.Protected, settings: settings,
            investments: [Investment(AanWinkel, 2025, 3_200m)]);
        var exact = Calculate(Year2025, trajectories, settings: settings, investments: [Investment(AanWinkel, 2025, 3_200m)]);

        var shownP4 = table.Total[IndicatorCode.P4].Value!.Value;
        Assert.Equal(8m, shownP4);
        FigureAssert.Value(shownP4 * 1_000m * 0.8m, table.Total, IndicatorCode.W1);
        FigureAssert.Value(shownP4 * 1_000m, table.Total, IndicatorCode.W4);
        FigureAssert.Value(shownP4 * 800m / 3_200m, table.Total, IndicatorCode.W3);
        FigureAssert.Value(10m * 800m, exact.Total, IndicatorCode.W1);
    }

    [Fact]
    public void A_protected_viewer_sees_a_value_map_breakdown_hidden_with_the_totals_small_count()
    {
        // The breakdown by row values the total's facts: P4 = 3 is hidden there, so the row is too.
        var table = Calculate(Year2025, ToWork(3), breakdown: Dimension.ValueMapRow, profile: ViewerProfile.Protected,
            settings: Map(0m, Row("WERK", IndicatorCode.P4, 1_000m), Row("AFVAL", IndicatorCode.M2, 0.12m)));

        Assert.Equal(["hidden", "0"], FigureAssert.Column(table.Groups, IndicatorCode.W1));
    }
}
