using Dashboard.Data.Administration;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Data;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Data.Figures.Results;
using Dashboard.Data.Figures.Settings;
using Dashboard.Data.Figures.SocialValue;
using static Dashboard.Tests.Figures.Facts;

namespace Dashboard.Tests.Figures.SocialValue;

/// <summary>
/// The figures W1–W4, W3L and W3H through the calculator, worked out by hand on small value maps
/// (docs/maatschappelijke-waarde.md#berekening, docs/indicatoren.md#maatschappelijke-waarde): the quantity each row prices,
/// the investments prorated by days, the breakdowns of the value map and the funders, and where the figures are n.v.t.
/// </summary>
public class SocialValueFiguresTests
{
    private static readonly IndicatorFilter Year2025 = new(Facts.Period("2025-01-01", "2025-12-31"));

    /// <summary><paramref name="count"/> trajectories at <paramref name="practice"/> that ended in paid work on 30 June 2025: P4 = count.</summary>
    internal static IEnumerable<TrajectoryFact> ToWork(int count, int first = 1, long practice = AanWinkel) =>
        People(count, first, p => Trajectory(p, "2024-06-01", "2025-06-30", "betaald_werk", practice: practice));

    internal static ValueMapRow Row(string code, IndicatorCode indicator, decimal proxy, string stakeholder = "Gemeente",
        decimal deadweight = 0m, decimal displacement = 0m, decimal attribution = 0m, decimal dropOff = 0m, int years = 1,
        params string[] kinds) =>
        new(code, "Uitkomst " + code, stakeholder, indicator, proxy, "bron", deadweight, displacement, attribution, dropOff, years, kinds);

    internal static IndicatorSettings Map(decimal discountRatePct, params ValueMapRow[] rows) =>
        IndicatorSettings.Defaults with { ValueMap = new ValueMap(rows, discountRatePct, "bron") };

    private static readonly IndicatorCode[] SocialValueFigures =
        [IndicatorCode.W1, IndicatorCode.W2, IndicatorCode.W3, IndicatorCode.W4, IndicatorCode.W3L, IndicatorCode.W3H];

    [Fact]
    public void The_value_of_outcomes_to_paid_work_is_deducted_dropped_off_and_discounted_from_the_first_year()
    {
        // P4 = 6 at € 2.500, deadweight 25 %, displacement 10 %, attribution 20 %, drop-off 20 %, 3 years, 2,25 %.
        var settings = Map(2.25m, Row("WERK", IndicatorCode.P4, 2_500m, deadweight: 25m, displacement: 10m, attribution: 20m, dropOff: 20m, years: 3));

        var total = Calculate(Year2025, ToWork(6), settings: settings).Total;

        FigureAssert.Value(6m, total, IndicatorCode.P4);
        // Gross 6 × 2.500 = 15.000; × 0,75 = 11.250; × 0,9 = 10.125; × 0,8 = 8.100 in year 1; then 6.480 and 5.184.
        // 8.100 / 1,0225 + 6.480 / 1,0225² + 5.184 / 1,0225³ = 7.921,760… + 6.197,954… + 4.849,255… = 18.968,97
        Assert.Equal(18_968.97m, Math.Round(total[IndicatorCode.W1].Value!.Value, 2));
        FigureAssert.Value(15_000m, total, IndicatorCode.W4);
    }

    [Fact]
    public void The_gross_value_is_each_quantity_times_its_proxy_without_deductions_or_discount()
    {
        // P4 = 4 at € 14.000 with every deduction; 250 kg reused (M2) at € 0,12; 3 certificates (P9) at € 600.
        var settings = Map(2.25m,
            Row("WERK", IndicatorCode.P4, 14_000m, deadweight: 25m, displacement: 10m, attribution: 20m, dropOff: 20m, years: 3),
            Row("AFVAL", IndicatorCode.M2, 0.12m, displacement: 10m),
            Row("CERT", IndicatorCode.P9, 600m, stakeholder: "Deelnemer", deadweight: 20m, attribution: 25m, years: 2));
        var certificates = Enumerable.Range(1, 3).Select(p => Certificate(p, "2025-05-01"));

        var total = Calculate(Year2025, ToWork(4), certificates, [Sales(AanWinkel, "2025-03", "meubels", 100m, items: 10, weightKg: 250m)],
            settings: settings).Total;

        // 4 × 14.000 + 250 × 0,12 + 3 × 600 = 56.000 + 30 + 1.800
        FigureAssert.Value(57_830m, total, IndicatorCode.W4);
    }

    [Theory]
    [InlineData("2025-01-01", "2025-03-31", 2025, 36_500, 9_000)]   // 36.500 × 90 / 365
    [InlineData("2024-01-01", "2024-03-31", 2024, 36_600, 9_100)]   // leap year: 36.600 × (31 + 29 + 31) / 366
    [InlineData("2024-02-29", "2024-02-29", 2024, 36_600, 100)]     // the leap day alone: 36.600 / 366
    [InlineData("2025-01-01", "2025-12-31", 2025, 12_345.67, 12_345.67)]
    [InlineData("2026-01-01", "2026-03-31", 2025, 36_500, 0)]       // another year's money has no share
    public void An_investment_is_prorated_by_the_days_of_its_year_inside_the_period(string from, string to, int year, double amount, double expected)
    {
        var total = Calculate(new IndicatorFilter(Facts.Period(from, to)), [], investments: [Investment(AanRest, year, (decimal)amount)]).Total;

        FigureAssert.Value((decimal)expected, total, IndicatorCode.W2);
    }

    [Fact]
    public void A_period_across_new_year_takes_each_years_investment_by_its_own_days()
    {
        // December 2024 of 36.600 (leap year): 31 / 366 = 3.100; January 2025 of 36.500: 31 / 365 = 3.100.
        var total = Calculate(new IndicatorFilter(Facts.Period("2024-12-01", "2025-01-31")), [],
            investments: [Investment(AanWinkel, 2024, 36_600m), Investment(AanWinkel, 2025, 36_500m)]).Total;

        FigureAssert.Value(6_200m, total, IndicatorCode.W2);
    }

    [Fact]
    public void By_quarter_and_by_practice_each_group_gets_its_own_share_of_the_investment()
    {
        // 36.500 at the restaurant in 2025 over quarters of 90, 91, 92 and 92 days; 3.650 at the bicycle workshop.
        var investments = new[] { Investment(AanRest, 2025, 36_500m), Investment(BleFiets, 2025, 3_650m, "fonds") };

        var quarters = Calculate(Year2025, [], breakdown: Dimension.Quarter, investments: investments);
        var practices = Calculate(Year2025, [], breakdown: Dimension.Practice, investments: investments);

        // (36.500 + 3.650) / 365 = 110 a day: 9.900, 10.010, 10.120, 10.120
        Assert.Equal(["9900", "10010", "10120", "10120"], FigureAssert.Column(quarters.Groups, IndicatorCode.W2));
        Assert.Equal(["36500", "0", "3650", "0", "0"], FigureAssert.Column(practices.Groups, IndicatorCode.W2));
        FigureAssert.Value(40_150m, practices.Total, IndicatorCode.W2);
    }

    [Fact]
    public void An_investment_of_a_funder_no_longer_in_the_list_counts_under_onbekend_so_the_funders_add_up()
    {
        var table = Calculate(Year2025, ToWork(6), breakdown: Dimension.Funder,
            investments: [Investment(AanRest, 2025, 36_500m), Investment(AanWinkel, 2025, 21_500m, "provincie")]);

        Assert.Equal(["gemeente", "uwv", "fonds", "eigen_middelen", "overig", "onbekend"], table.Groups.Select(g => g.Key));
        Assert.Equal(["36500", "0", "0", "0", "0", "21500"], FigureAssert.Column(table.Groups, IndicatorCode.W2));
        FigureAssert.Value(58_000m, table.Total, IndicatorCode.W2);
    }

    [Fact]
    public void Investments_are_broken_down_by_funder_and_only_W2_has_a_value_there()
    {
        // Q1 2025 (90 days): gemeente 36.500 + 7.300 at two practices, fonds 14.600; Zwolle's money is outside the filter.
        var filter = new IndicatorFilter(Facts.Period("2025-01-01", "2025-03-31")) { Organisations = new HashSet<long> { AanDeMaas } };
        var table = Calculate(filter, ToWork(6), breakdown: Dimension.Funder, investments:
        [
            Investment(AanRest, 2025, 36_500m), Investment(BleFiets, 2025, 7_300m), Investment(AanWinkel, 2025, 14_600m, "fonds"),
            Investment(ZwoText, 2025, 99_999m, "uwv"),
        ]);

        Assert.Equal(["gemeente", "uwv", "fonds", "eigen_middelen", "overig"], table.Groups.Select(g => g.Key));
        // gemeente (36.500 + 7.300) × 90 / 365 = 9.000 + 1.800; fonds 14.600 × 90 / 365 = 3.600
        Assert.Equal(["10800", "0", "3600", "0", "0"], FigureAssert.Column(table.Groups, IndicatorCode.W2));
        FigureAssert.Value(14_400m, table.Total, IndicatorCode.W2);
        foreach (var code in IndicatorCatalogue.All.Select(i => i.Code).Where(c => c != IndicatorCode.W2))
        {
            Assert.All(table.Groups, g => FigureAssert.Status(FigureStatus.NotApplicable, g, code));
        }
    }

    [Fact]
    public void Without_investment_the_returns_have_no_data_while_the_value_has_one()
    {
        var settings = Map(0m, Row("WERK", IndicatorCode.P4, 1_000m));

        var total = Calculate(Year2025, ToWork(5), settings: settings).Total;

        FigureAssert.Value(5_000m, total, IndicatorCode.W1);
        FigureAssert.Value(0m, total, IndicatorCode.W2);
        FigureAssert.Status(FigureStatus.NoData, total, IndicatorCode.W3);
        FigureAssert.Status(FigureStatus.NoData, total, IndicatorCode.W3L);
        FigureAssert.Status(FigureStatus.NoData, total, IndicatorCode.W3H);
    }

    [Fact]
    public void An_empty_value_map_gives_no_value_but_the_investment_still_counts()
    {
        var total = Calculate(Year2025, ToWork(5), settings: Map(2.25m), investments: [Investment(AanWinkel, 2025, 1_000m)]).Total;

        FigureAssert.Status(FigureStatus.NoData, total, IndicatorCode.W1);
        FigureAssert.Status(FigureStatus.NoData, total, IndicatorCode.W4);
        FigureAssert.Status(FigureStatus.NoData, total, IndicatorCode.W3);
        FigureAssert.Value(1_000m, total, IndicatorCode.W2);
    }

    [Fact]
    public void A_row_for_some_kinds_counts_only_the_outcomes_at_practices_of_those_kinds()
    {
        // P4: 2 at the restaurant (horeca), 3 at the shop floor (winkel).
        var settings = Map(0m, Row("HORECA", IndicatorCode.P4, 1_000m, kinds: "horeca"), Row("ALLE", IndicatorCode.P4, 10m));

        var total = Calculate(Year2025, [.. ToWork(2, 1, AanRest), .. ToWork(3, 10, AanWinkel)], settings: settings).Total;

        FigureAssert.Value(5m, total, IndicatorCode.P4);
        // 2 × 1.000 + 5 × 10
        FigureAssert.Value(2_050m, total, IndicatorCode.W4);
        FigureAssert.Value(2_050m, total, IndicatorCode.W1);
        Assert.Equal([2m, 5m], total.Value!.Rows.Select(r => r.Value!.Quantity));
    }

    [Fact]
    public void A_row_for_a_kind_outside_the_filter_values_nothing()
    {
        var settings = Map(0m, Row("HORECA", IndicatorCode.P4, 1_000m, kinds: "horeca"));
        var shopFloors = Year2025 with { PracticeKinds = new HashSet<string> { "winkel" } };

        var total = Calculate(shopFloors, [.. ToWork(2, 1, AanRest), .. ToWork(3, 10, AanWinkel)], settings: settings).Total;

        FigureAssert.Value(3m, total, IndicatorCode.P4);
        FigureAssert.Value(0m, total, IndicatorCode.W1);
    }

    [Fact]
    public void Stakeholders_are_grouped_whatever_their_case_under_their_first_spelling()
    {
        // P4 = 5; 250 kg of furniture reused (M2), CO2 factor 1 for meubels (M3 = 250 kg).
        var settings = Map(0m,
            Row("WERK-G", IndicatorCode.P4, 1_000m, "Gemeente", deadweight: 20m),
            Row("WERK-D", IndicatorCode.P4, 300m, "Deelnemer"),
            Row("AFVAL", IndicatorCode.M2, 0.12m, "gemeente"),
            Row("CO2", IndicatorCode.M3, 0.15m, "GEMEENTE"));

        var table = Calculate(Year2025, ToWork(5), sales: [Sales(AanWinkel, "2025-03", "meubels", 100m, items: 10, weightKg: 250m)],
            breakdown: Dimension.Stakeholder, settings: settings);

        Assert.Equal(["Gemeente", "Deelnemer"], table.Groups.Select(g => g.Key));
        Assert.Equal(["Gemeente", "Deelnemer"], table.Groups.Select(g => g.Label));
        // Gemeente: 5 × 1.000 × 0,8 + 250 × 0,12 + 250 × 0,15 = 4.000 + 30 + 37,50; Deelnemer: 5 × 300.
        Assert.Equal(["4067.5", "1500"], FigureAssert.Column(table.Groups, IndicatorCode.W1));
        Assert.Equal(["5067.5", "1500"], FigureAssert.Column(table.Groups, IndicatorCode.W4));
        FigureAssert.Value(4_067.5m + 1_500m, table.Total, IndicatorCode.W1);
        Assert.Equal(new (string, decimal?)[] { ("Gemeente", 4_067.5m), ("Deelnemer", 1_500m) }, table.Total.Value!.ByStakeholder());
    }

    [Fact]
    public void The_value_map_row_breakdown_has_a_group_per_row_code_in_map_order()
    {
        var settings = Map(0m,
            Row("Z-WERK", IndicatorCode.P4, 1_000m, attribution: 50m),
            Row("A-OPLEIDING", IndicatorCode.P5, 2_000m, "Deelnemer"),
            Row("M-HORECA", IndicatorCode.P4, 100m, kinds: "horeca"));
        var trajectories = ToWork(4).Append(Trajectory(50, "2024-01-01", "2025-02-28", "opleiding", practice: AanRest));

        var table = Calculate(Year2025, trajectories, breakdown: Dimension.ValueMapRow, settings: settings, investments: [Investment(AanWinkel, 2025, 1_000m)]);

        Assert.Equal(["Z-WERK", "A-OPLEIDING", "M-HORECA"], table.Groups.Select(g => g.Key));
        Assert.Equal(["Uitkomst Z-WERK", "Uitkomst A-OPLEIDING", "Uitkomst M-HORECA"], table.Groups.Select(g => g.Label));
        // 4 × 1.000 × 0,5; 1 × 2.000; no paid work at the restaurant
        Assert.Equal(["2000", "2000", "0"], FigureAssert.Column(table.Groups, IndicatorCode.W1));
        Assert.Equal(["4000", "2000", "0"], FigureAssert.Column(table.Groups, IndicatorCode.W4));
        FigureAssert.Value(4_000m, table.Total, IndicatorCode.W1);
    }

    public static TheoryData<Dimension, IndicatorCode[]> ApplicableUnderBreakdown => new()
    {
        { Dimension.Stakeholder, [IndicatorCode.W1, IndicatorCode.W4] },
        { Dimension.ValueMapRow, [IndicatorCode.W1, IndicatorCode.W4] },
        { Dimension.Funder, [IndicatorCode.W2] },
        { Dimension.Outcome, [] },
        { Dimension.CertificateKind, [] },
        { Dimension.TargetGroup, [] },
        { Dimension.AgeGroup, [] },
        { Dimension.TrajectoryType, [] },
        { Dimension.Scheme, [] },
        { Dimension.Practice, SocialValueFigures },
        { Dimension.Quarter, SocialValueFigures },
    };

    [Theory]
    [MemberData(nameof(ApplicableUnderBreakdown))]
    public void Under_each_breakdown_only_the_documented_social_value_figures_apply(Dimension breakdown, IndicatorCode[] applicable)
    {
        var settings = Map(0m, Row("WERK", IndicatorCode.P4, 1_000m));

        var table = Calculate(Year2025, ToWork(6), breakdown: breakdown, settings: settings, investments: [Investment(AanWinkel, 2025, 1_000m)]);

        Assert.NotEmpty(table.Groups);
        foreach (var code in SocialValueFigures)
        {
            var expected = applicable.Contains(code) ? FigureStatus.Ok : FigureStatus.NotApplicable;
            Assert.All(table.Groups, g => Assert.True(
                g[code].Status == expected || expected == FigureStatus.Ok && g[code].Status == FigureStatus.NoData,
                $"{code} under {breakdown} in {g.Key}: {g[code].Status}"));
        }
        // The total is never broken down: every W has its value there.
        FigureAssert.Value(6_000m, table.Total, IndicatorCode.W1);
        FigureAssert.Value(6m, table.Total, IndicatorCode.W3);
    }

    [Theory]
    [InlineData(Dimension.Stakeholder)]
    [InlineData(Dimension.ValueMapRow)]
    public void Under_a_value_map_breakdown_figures_other_than_W1_and_W4_are_not_applicable(Dimension breakdown)
    {
        var table = Calculate(Year2025, ToWork(6), breakdown: breakdown, settings: Map(0m, Row("WERK", IndicatorCode.P4, 1_000m)));

        var group = Assert.Single(table.Groups);
        foreach (var code in IndicatorCatalogue.All.Select(i => i.Code).Where(c => c is not (IndicatorCode.W1 or IndicatorCode.W4)))
        {
            FigureAssert.Status(FigureStatus.NotApplicable, group, code);
        }
    }

    public static TheoryData<string> ParticipantFilters => new() { "doelgroep", "leeftijdsgroep", "traject", "regeling" };

    [Theory]
    [MemberData(nameof(ParticipantFilters))]
    public void Under_a_participant_filter_every_social_value_figure_is_not_applicable(string attribute)
    {
        var filter = attribute switch
        {
            "doelgroep" => Year2025 with { TargetGroups = new HashSet<string> { "arbeidsbeperking" } },
            "leeftijdsgroep" => Year2025 with { AgeGroups = new HashSet<string> { "tot27" } },
            "traject" => Year2025 with { TrajectoryTypes = new HashSet<string> { "werkervaring" } },
            _ => Year2025 with { Schemes = new HashSet<string> { "participatiewet" } },
        };

        var total = Calculate(filter, ToWork(6), settings: Map(0m, Row("WERK", IndicatorCode.P4, 1_000m)),
            investments: [Investment(AanWinkel, 2025, 1_000m)]).Total;

        FigureAssert.Value(6m, total, IndicatorCode.P4);
        foreach (var code in SocialValueFigures)
        {
            FigureAssert.Status(FigureStatus.NotApplicable, total, code);
        }
    }

    [Fact]
    public void The_cautious_and_generous_returns_bound_the_return()
    {
        // P4 = 10, M2 = 250 kg; investment € 10.000; discount 3 %.
        var settings = Map(3m,
            Row("WERK", IndicatorCode.P4, 5_000m, deadweight: 25m, displacement: 10m, attribution: 20m, dropOff: 20m, years: 3),
            Row("AFVAL", IndicatorCode.M2, 0.12m, displacement: 10m));

        var total = Calculate(Year2025, ToWork(10), sales: [Sales(AanWinkel, "2025-03", "meubels", 100m, items: 10, weightKg: 250m)],
            settings: settings, investments: [Investment(AanWinkel, 2025, 10_000m)]).Total;

        var (low, mid, high) = (total[IndicatorCode.W3L].Value!.Value, total[IndicatorCode.W3].Value!.Value, total[IndicatorCode.W3H].Value!.Value);
        Assert.True(low < mid && mid < high, $"{low} < {mid} < {high}");
        Assert.Equal(total[IndicatorCode.W1].Value / 10_000m, mid);
    }

    [Fact]
    public void The_cautious_deductions_stop_at_100_and_the_generous_ones_at_0()
    {
        // P4 = 10 at € 1.000, deadweight 95 %, displacement 5 %, attribution 95 %, 1 year, no discount; € 1.000 invested.
        var settings = Map(0m, Row("WERK", IndicatorCode.P4, 1_000m, deadweight: 95m, displacement: 5m, attribution: 95m));

        var total = Calculate(Year2025, ToWork(10), settings: settings, investments: [Investment(AanWinkel, 2025, 1_000m)]).Total;

        // W1 = 10.000 × 0,05 × 0,95 × 0,05 = 23,75
        FigureAssert.Value(0.02375m, total, IndicatorCode.W3);
        // Cautious: deadweight 100 % (not 105 %) leaves nothing, never less.
        FigureAssert.Value(0m, total, IndicatorCode.W3L);
        // Generous: 12.000 × (1 − 0,85) × (1 − 0) × (1 − 0,85) = 270 (displacement 0 %, not −5 %, which would give 283,50).
        FigureAssert.Value(0.27m, total, IndicatorCode.W3H);
    }

    [Fact]
    public void The_cautious_drop_off_stops_at_100_and_the_generous_one_keeps_drop_off_and_duration()
    {
        // P4 = 10 at € 1.000, no deductions, drop-off 95 %, 3 years, no discount; € 10.000 invested.
        var settings = Map(0m, Row("WERK", IndicatorCode.P4, 1_000m, dropOff: 95m, years: 3));

        var total = Calculate(Year2025, ToWork(10), settings: settings, investments: [Investment(AanWinkel, 2025, 10_000m)]).Total;

        // W1 = 10.000 + 500 + 25 = 10.525
        FigureAssert.Value(10_525m, total, IndicatorCode.W1);
        FigureAssert.Value(1.0525m, total, IndicatorCode.W3);
        // Cautious: 8.000 × 0,9 × 0,9 × 0,9 = 5.832 in year 1; drop-off 100 % (not 105 %) leaves 0 in year 2, 2 years.
        FigureAssert.Value(0.5832m, total, IndicatorCode.W3L);
        // Generous: deductions 0 % (not −10 %), 12.000 + 600 + 30 = 12.630 over the same 3 years at 95 % drop-off.
        FigureAssert.Value(1.263m, total, IndicatorCode.W3H);
    }

    [Fact]
    public void A_one_year_row_stays_one_year_in_the_cautious_return()
    {
        // P4 = 10 at € 1.000, 1 year: cautious 8.000 × 0,9 × 0,9 × 0,9 = 5.832 (a year shorter would leave nothing).
        var total = Calculate(Year2025, ToWork(10), settings: Map(0m, Row("WERK", IndicatorCode.P4, 1_000m)),
            investments: [Investment(AanWinkel, 2025, 10_000m)]).Total;

        FigureAssert.Value(0.5832m, total, IndicatorCode.W3L);
        FigureAssert.Value(1.2m, total, IndicatorCode.W3H); // 12.000 / 10.000
    }

    [Fact]
    public void A_negative_proxy_gives_a_negative_value_and_its_cautious_return_is_less_negative()
    {
        // P4 = 10 at € −500 (a harm), deadweight 20 %, 1 year, no discount; € 8.000 invested.
        var settings = Map(0m, Row("SCHADE", IndicatorCode.P4, -500m, deadweight: 20m));

        var total = Calculate(Year2025, ToWork(10), settings: settings, investments: [Investment(AanWinkel, 2025, 8_000m)]).Total;

        FigureAssert.Value(-5_000m, total, IndicatorCode.W4);   // 10 × −500
        FigureAssert.Value(-4_000m, total, IndicatorCode.W1);   // × 0,8
        FigureAssert.Value(-0.5m, total, IndicatorCode.W3);
        // docs/maatschappelijke-waarde.md#berekening: the same rule, literally. Cautious: 10 × −400 × 0,7 × 0,9 × 0,9 = −2.268;
        // generous: 10 × −600 × 0,9 = −5.400. So here W3H < W3 < W3L.
        FigureAssert.Value(-0.2835m, total, IndicatorCode.W3L);
        FigureAssert.Value(-0.675m, total, IndicatorCode.W3H);
    }
}
