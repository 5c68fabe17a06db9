using Dashboard.Data.Administration;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Data;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Data.Figures.Protection;
using Dashboard.Data.Figures.Results;
using Dashboard.Data.Figures.Settings;
using static Dashboard.Tests.Figures.Facts;

namespace Dashboard.Tests.Figures.Protection;

/// <summary>
/// Cell-key perturbation (docs/privacy-en-toegang.md#afwijkingen-tegen-aftrekken), computed by hand: the rules on their
/// own, then through the calculator on hand-made facts whose record keys the test chooses.
/// </summary>
public class CellKeyPerturbationTests
{
    private const int K = 5;
    private static readonly IndicatorFilter March = new(Facts.Period("2025-03-01", "2025-03-31"));

    [Theory]
    [InlineData(7, 24, 9)]    // 24 mod 5 = 4: +2
    [InlineData(7, 20, 5)]    // 20 mod 5 = 0: −2
    [InlineData(7, 22, 7)]    // 22 mod 5 = 2: ±0
    [InlineData(6, 255, 5)]   // 255 mod 5 = 0: 6 − 2 = 4, but never below k
    [InlineData(100, 3, 101)] // 3 mod 5 = 3: +1
    [InlineData(0, 123, 0)]   // 0 stays 0
    public void A_count_shifts_by_its_cell_key_mod_5_minus_2_and_never_below_k(int count, int cellKey, long shown)
    {
        Assert.Equal(shown, CellKeyPerturbation.Count(new Cell(count, cellKey), K));
    }

    [Fact]
    public void A_cell_key_is_the_sum_of_its_records_keys_modulo_256()
    {
        var cell = new Cell(0, 0).With(200).With(100).With(1);

        Assert.Equal(new Cell(3, 45), cell); // 301 − 256
        Assert.Equal(new Cell(5, 50), cell + new Cell(2, 5));
    }

    [Fact]
    public void A_rate_comes_from_the_shifted_numerator_capped_at_the_shifted_denominator()
    {
        // 10 of 11: numerator key 4 → 12, denominator key 0 → 9: capped at 9 of 9.
        Assert.Equal(100m, CellKeyPerturbation.Rate(new Cell(10, 4), new Cell(11, 0), K));
        // 6 of 12: numerator key 3 → 7, denominator key 1 → 11.
        Assert.Equal(100m * 7 / 11, CellKeyPerturbation.Rate(new Cell(6, 3), new Cell(12, 1), K));
        // 0 of 12 stays 0 %; nothing ended is still "geen gegevens".
        Assert.Equal(0m, CellKeyPerturbation.Rate(new Cell(0, 0), new Cell(12, 1), K));
        Assert.Null(CellKeyPerturbation.Rate(new Cell(0, 0), new Cell(0, 0), K));
    }

    [Theory]
    [InlineData(369, 0, 350)]    // −5 %: 350.55 → 350
    [InlineData(1000, 10, 1050)] // 10 mod 11 = 10: +5 %
    [InlineData(5470, 3, 5360)]  // 3 − 5 = −2 %: 5360.6 → 5360
    [InlineData(125, 5, 130)]    // ±0 %: 125 rounds half away from zero to 130
    [InlineData(3, 0, 10)]       // 2.85 would round to 0, but hours there are never shown as none
    [InlineData(0, 7, 0)]
    public void Hours_shift_by_up_to_5_percent_and_round_to_10(int hours, int cellKey, int shown)
    {
        Assert.Equal(shown, CellKeyPerturbation.Hours(hours, new Cell(1, cellKey)));
    }

    /// <summary>Seven people start in March; the test gives each trajectory and each person a key.</summary>
    private static List<TrajectoryFact> SevenStarting() =>
        Enumerable.Range(1, 7).Select(p => Trajectory(p, "2025-03-02") with { Key = (byte)(10 * p), ParticipantKey = (byte)p }).ToList();

    [Fact]
    public void A_protected_viewer_sees_each_count_shifted_by_the_keys_of_exactly_what_it_counts()
    {
        var trajectories = SevenStarting();

        var shown = Calculate(March, trajectories, profile: ViewerProfile.Protected).Total;
        var exact = Calculate(March, trajectories, profile: ViewerProfile.Exact).Total;

        // P2 counts the trajectories: keys 10 + 20 + … + 70 = 280 → 24 → +2. P1 counts the people: 1 + … + 7 = 28 → 3 → +1.
        FigureAssert.Value(9m, shown, IndicatorCode.P2);
        FigureAssert.Value(8m, shown, IndicatorCode.P1);
        FigureAssert.Value(7m, exact, IndicatorCode.P2);
        FigureAssert.Value(7m, exact, IndicatorCode.P1);
    }

    [Fact]
    public void A_person_with_two_trajectories_counts_with_their_own_key_once()
    {
        // Person 1 starts twice: P1 still counts 7 people with keys 1 … 7; P2 counts 8 trajectories.
        var trajectories = SevenStarting().Append(Trajectory(1, "2025-03-20") with { Key = 6, ParticipantKey = 1 }).ToList();

        var shown = Calculate(March, trajectories, profile: ViewerProfile.Protected).Total;

        FigureAssert.Value(8m, shown, IndicatorCode.P1);  // 28 → +1
        FigureAssert.Value(6m, shown, IndicatorCode.P2);  // 286 → 30 → 0 → −2
    }

    [Fact]
    public void Positive_outflow_is_one_cell_of_its_own_trajectories_not_two_shifted_counts()
    {
        // 20 ended in March: 8 paid work (keys 3), 7 education (keys 3), 5 elsewhere (keys 0).
        var trajectories = new[] { (8, "betaald_werk", 3), (7, "opleiding", 3), (5, "ander_traject", 0) }
            .SelectMany((group, g) => Enumerable.Range(100 * g, group.Item1)
                .Select(p => Trajectory(p, "2025-03-02", "2025-03-20", group.Item2) with { Key = (byte)group.Item3, ParticipantKey = 1 }))
            .ToList();

        var shown = Calculate(March, trajectories, profile: ViewerProfile.Protected).Total;

        // P3: 20 trajectories, keys 45 → 0 → 18. P4: 24 → +2 → 10. P5: 21 → −1 → 6.
        FigureAssert.Value(18m, shown, IndicatorCode.P3);
        FigureAssert.Value(10m, shown, IndicatorCode.P4);
        FigureAssert.Value(6m, shown, IndicatorCode.P5);
        FigureAssert.Value(100m * 10 / 18, shown, IndicatorCode.P4R);
        // P6R's numerator is the 15 trajectories to work or education as one cell: 45 → −2 → 13 (not 10 + 6).
        FigureAssert.Value(100m * 13 / 18, shown, IndicatorCode.P6R);
        FigureAssert.Value(0m, shown, IndicatorCode.P7R);
    }

    [Fact]
    public void A_rate_never_passes_100_percent()
    {
        // 10 ended: 9 to paid work (one with key 4, others 0: +2 → 11), one elsewhere (key 1): P3's keys 5 → −2 → 8.
        var trajectories = Enumerable.Range(1, 9)
            .Select(p => Trajectory(p, "2025-03-02", "2025-03-20", "betaald_werk") with { Key = (byte)(p == 1 ? 4 : 0) })
            .Append(Trajectory(10, "2025-03-02", "2025-03-20", "zorg") with { Key = 1 })
            .ToList();

        var shown = Calculate(March, trajectories, profile: ViewerProfile.Protected).Total;

        FigureAssert.Value(11m, shown, IndicatorCode.P4);
        FigureAssert.Value(8m, shown, IndicatorCode.P3);
        FigureAssert.Value(100m, shown, IndicatorCode.P4R); // 11 capped at 8: 8 of 8
    }

    [Fact]
    public void Hours_shift_with_their_trajectories_keys_and_fte_and_revenue_per_hour_follow()
    {
        // 5 people, 14 hours a week, all of March: 5 × 14 × 31 / 7 = 310 hours. Keys 2 each: 10 → 10 mod 11 = 10 → +5 %.
        var trajectories = Enumerable.Range(1, 5).Select(p => Trajectory(p, "2025-03-01", hours: 14) with { Key = 2 }).ToList();
        var sales = new[] { Sales(AanWinkel, "2025-03", "overig", 660m) };

        var shown = Calculate(March, trajectories, sales: sales, profile: ViewerProfile.Protected).Total;
        var exact = Calculate(March, trajectories, sales: sales, profile: ViewerProfile.Exact).Total;

        FigureAssert.Value(310m, exact, IndicatorCode.P8);
        FigureAssert.Value(330m, shown, IndicatorCode.P8);  // 325.5, rounded to 10 hours
        FigureAssert.Value(330m * 7m / (IndicatorSettings.Defaults.FteHoursPerWeek * 31), shown, IndicatorCode.P12);
        FigureAssert.Value(2m, shown, IndicatorCode.E2);    // 660 / 330
        FigureAssert.Value(660m, shown, IndicatorCode.E1);  // sales are not shifted
    }

    [Fact]
    public void Hiding_is_decided_on_the_exact_count_whatever_the_key()
    {
        // 4 people with keys that would shift +2: still hidden as <5. 5 people with keys that would shift −2: shown as 5.
        var four = Enumerable.Range(1, 4).Select(p => Trajectory(p, "2025-03-02") with { Key = 1, ParticipantKey = 1 }).ToList();
        var five = Enumerable.Range(1, 5).Select(p => Trajectory(p, "2025-03-02") with { Key = 0, ParticipantKey = 0 }).ToList();

        var small = Calculate(March, four, profile: ViewerProfile.Protected).Total;
        FigureAssert.Hidden(small, IndicatorCode.P2);
        Assert.True(small[IndicatorCode.P2].Small);
        FigureAssert.Value(5m, Calculate(March, five, profile: ViewerProfile.Protected).Total, IndicatorCode.P2);
    }

    [Fact]
    public void The_groups_of_a_breakdown_are_shifted_one_by_one_and_need_not_add_up()
    {
        // 7 people at AAN/WINKEL (keys 10 … 70) and 6 at BLE/FIETS (keys 1 each).
        var trajectories = SevenStarting()
            .Concat(Enumerable.Range(20, 6).Select(p => Trajectory(p, "2025-03-02", practice: BleFiets) with { Key = 1, ParticipantKey = 1 }))
            .ToList();

        var table = Calculate(March, trajectories, breakdown: Dimension.Practice, profile: ViewerProfile.Protected);

        // AAN/WINKEL: 280 → +2 → 9; BLE/FIETS: 6 → +(6 mod 5 − 2) = −1 → 5; total: 286 → 30 → −2 → 11.
        Assert.Equal(["0", "9", "5", "0", "0"], FigureAssert.Column(table.Groups, IndicatorCode.P2));
        FigureAssert.Value(11m, table.Total, IndicatorCode.P2);
    }

    [Fact]
    public void An_exact_viewer_sees_every_count_unshifted()
    {
        var table = Calculate(March, SevenStarting(), breakdown: Dimension.Practice, profile: ViewerProfile.Exact);

        Assert.Equal(["0", "7", "0", "0", "0"], FigureAssert.Column(table.Groups, IndicatorCode.P2));
        FigureAssert.Value(7m, table.Total, IndicatorCode.P1);
    }

    [Fact]
    public void A_mean_keeps_one_decimal_for_a_protected_viewer()
    {
        // 6 people ended in March after 2, 3, 5, 7, 11 and 13 days: P10 = 41 / 6 / 30.4375 months.
        var trajectories = new[] { 2, 3, 5, 7, 11, 13 }
            .Select((days, p) => Trajectory(p, "2025-03-01", $"2025-03-{days:00}", "zorg", ladderStart: 1, ladderEnd: 1 + p % 3)).ToList();

        var exact = Calculate(March, trajectories, profile: ViewerProfile.Exact).Total;
        var shown = Calculate(March, trajectories, profile: ViewerProfile.Protected).Total;

        FigureAssert.Value(41m / 6m / 30.4375m, exact, IndicatorCode.P10);
        FigureAssert.Value(0.2m, shown, IndicatorCode.P10);
        FigureAssert.Value(1m, exact, IndicatorCode.P11);   // rises 0, 1, 2, 0, 1, 2
        FigureAssert.Value(1m, shown, IndicatorCode.P11);
    }
}
