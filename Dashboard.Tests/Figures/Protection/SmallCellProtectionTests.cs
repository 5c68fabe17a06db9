using Dashboard.Data.Administration;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Data;
using Dashboard.Data.Figures.Explaining;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Data.Figures.Protection;
using Dashboard.Data.Figures.Results;
using Dashboard.Data.Figures.Settings;
using static Dashboard.Tests.Figures.Facts;

namespace Dashboard.Tests.Figures.Protection;

/// <summary>
/// Small-cell protection (docs/indicatoren.md#afscherming, k = 5) as a protected viewer (bestuur, communicatie, every web export) sees
/// the figures: each rule on its own, the derived figures, and the secondary suppression in breakdowns. The facts here are
/// made by hand with record key 0, so every cell key is 0 and a shown count n ≥ k reads max(k, n − 2) — cell-key
/// perturbation (docs/privacy-en-toegang.md#afwijkingen-tegen-aftrekken), computed by hand in <see cref="Shown"/>.
/// </summary>
public class SmallCellProtectionTests
{
    private static readonly IndicatorFilter March = new(Facts.Period("2025-03-01", "2025-03-31"));

    /// <summary>Practices in display order of a practice breakdown.</summary>
    private static readonly long[] PracticeOrder = [AanRest, AanWinkel, BleFiets, ZwoText, ZwoWinkel];

    /// <summary><paramref name="count"/> people, each with one trajectory started in March at the practice (numbers unique per practice).</summary>
    private static IEnumerable<TrajectoryFact> Starting(long practice, int count, string? outcome = null) =>
        People(count, (int)practice * 1000, p => outcome is null
            ? Trajectory(p, "2025-03-02", practice: practice)
            : Trajectory(p, "2025-03-02", "2025-03-20", outcome, practice: practice, ladderStart: 2, ladderEnd: 4));

    /// <summary>Per practice in display order, that many people starting in March.</summary>
    private static IEnumerable<TrajectoryFact> StartingPerPractice(params int[] counts) =>
        counts.SelectMany((count, i) => Starting(PracticeOrder[i], count));

    /// <summary>A count of n ≥ k records with record key 0 as a protected viewer sees it: max(k, n + (0 mod 5) − 2).</summary>
    private static decimal Shown(int n) => Math.Max(5, n - 2);

    private static IndicatorTable Protected(IEnumerable<TrajectoryFact> trajectories, IEnumerable<CertificateFact>? certificates = null,
        IEnumerable<SalesFact>? sales = null, Dimension? breakdown = null, IndicatorFilter? filter = null, IndicatorSettings? settings = null,
        IEnumerable<FollowUpFact>? followUps = null) =>
        Calculate(filter ?? March, trajectories, certificates, sales, breakdown, ViewerProfile.Protected, settings, followUps: followUps);

    /// <summary>
    /// The catalogue's protection, whole: one participant with everything (ended trajectories with ladder steps, hours,
    /// a certificate) beside sales — every figure the catalogue marks as protected is hidden, every other one shown. A new
    /// figure whose formula forgets to count its contributors, or whose entry forgets its inputs, fails here.
    /// </summary>
    [Fact]
    public void For_one_participant_every_protected_figure_of_the_catalogue_is_hidden_and_every_other_shown()
    {
        // One participant: a course ended in education, then a placement ended in paid work; earlier jobs that ended in
        // paid work six months and a year before March were followed up in March (P13, P14), and the one ended in
        // September 2024 counts in March's response (P15).
        TrajectoryFact[] trajectories =
        [
            Trajectory(1, "2024-02-01", "2024-03-05", "betaald_werk"),
            Trajectory(1, "2024-08-01", "2024-09-05", "betaald_werk"),
            Trajectory(1, "2025-03-02", "2025-03-10", "opleiding", ladderStart: 1, ladderEnd: 2),
            Trajectory(1, "2025-03-11", "2025-03-20", "betaald_werk", ladderStart: 2, ladderEnd: 4),
        ];
        var sales = new[] { Sales(AanWinkel, "2025-03", "kleding_textiel", 120m, items: 10, weightKg: 4, revenueWithTransactions: 120m, transactions: 3) };
        FollowUpFact[] followUps = [FollowUp(trajectories[0], "2025-03-06"), FollowUp(trajectories[1], "2025-03-06")];

        var total = Protected(trajectories, [Certificate(1, "2025-03-15", attributedTo: trajectories[3])], sales, followUps: followUps).Total;

        Assert.All(IndicatorCatalogue.All, indicator =>
        {
            if (indicator.IsProtected)
            {
                FigureAssert.Hidden(total, indicator.Code);
            }
            else
            {
                FigureAssert.Shown(total, indicator.Code);
            }
        });
    }

    [Theory]
    [InlineData(0, false)] // 0 is shown as 0
    [InlineData(1, true)]
    [InlineData(4, true)]  // k − 1
    [InlineData(5, false)] // k
    [InlineData(6, false)]
    public void A_count_from_1_to_k_minus_1_is_hidden_and_0_is_shown(int n, bool hidden)
    {
        // n people start and end in March with paid work, each earning one certificate.
        var trajectories = Starting(AanWinkel, n, "betaald_werk").ToList();
        var certificates = trajectories.Select(t => Certificate(t.Participant, "2025-03-15", attributedTo: t));

        var total = Protected(trajectories, certificates).Total;

        foreach (var code in new[] { IndicatorCode.P1, IndicatorCode.P2, IndicatorCode.P3, IndicatorCode.P4, IndicatorCode.P9 })
        {
            if (hidden)
            {
                FigureAssert.Hidden(total, code);
            }
            else
            {
                FigureAssert.Value(n == 0 ? 0 : Shown(n), total, code);
            }
        }
        FigureAssert.Value(0m, total, IndicatorCode.P5); // nobody went into education: 0 is never hidden
    }

    [Fact]
    public void The_threshold_is_the_setting_k()
    {
        var k3 = IndicatorSettings.Defaults with { SmallCellK = 3 };

        FigureAssert.Hidden(Protected(Starting(AanWinkel, 2), settings: k3).Total, IndicatorCode.P1);
        FigureAssert.Value(3m, Protected(Starting(AanWinkel, 3), settings: k3).Total, IndicatorCode.P1);
        FigureAssert.Hidden(Protected(Starting(AanWinkel, 2), settings: k3).Total, IndicatorCode.P8);
        FigureAssert.Shown(Protected(Starting(AanWinkel, 3), settings: k3).Total, IndicatorCode.P8);
        // With the default k = 5, 3 people are hidden.
        FigureAssert.Hidden(Protected(Starting(AanWinkel, 3)).Total, IndicatorCode.P1);
    }

    [Fact]
    public void A_rate_is_hidden_when_its_numerator_is_small()
    {
        // 10 ended: 3 paid work, 5 education, 2 drop-out.
        var table = Protected([.. Starting(AanWinkel, 3, "betaald_werk"), .. Starting(AanRest, 5, "opleiding"), .. Starting(BleFiets, 2, "uitval")]);

        FigureAssert.Value(Shown(10), table.Total, IndicatorCode.P3);
        FigureAssert.Hidden(table.Total, IndicatorCode.P4);   // 3
        FigureAssert.Hidden(table.Total, IndicatorCode.P4R);  // numerator 3
        FigureAssert.Value(Shown(5), table.Total, IndicatorCode.P5);
        FigureAssert.Hidden(table.Total, IndicatorCode.P6R);  // numerator 3 + 5 = 8 is fine, but P4 is hidden
        FigureAssert.Hidden(table.Total, IndicatorCode.P7R);  // numerator 2
    }

    [Fact]
    public void P6R_is_hidden_when_P5_is_hidden_though_its_own_numerator_is_large()
    {
        // 10 ended: 6 paid work, 2 education, 2 other trajectory; no drop-out.
        var table = Protected([.. Starting(AanWinkel, 6, "betaald_werk"), .. Starting(AanRest, 2, "opleiding"), .. Starting(BleFiets, 2, "ander_traject")]);

        FigureAssert.Value(62.5m, table.Total, IndicatorCode.P4R);  // exact 100 × 6 / 10; shown 100 × max(5, 4) / 8
        FigureAssert.Hidden(table.Total, IndicatorCode.P5);       // 2
        FigureAssert.Hidden(table.Total, IndicatorCode.P6R);      // 80 % would give P5 = 8 − 6 = 2 away
        FigureAssert.Value(0m, table.Total, IndicatorCode.P7R);   // numerator 0 is not small
    }

    [Fact]
    public void A_rate_is_hidden_when_its_denominator_is_small_even_with_numerator_0()
    {
        // 4 ended, none to paid work, education or drop-out; 6 more still running.
        var table = Protected([.. Starting(AanWinkel, 4, "ander_traject"), .. Starting(AanRest, 6)]);

        FigureAssert.Value(Shown(10), table.Total, IndicatorCode.P1);
        FigureAssert.Hidden(table.Total, IndicatorCode.P3);
        FigureAssert.Value(0m, table.Total, IndicatorCode.P4);
        FigureAssert.Hidden(table.Total, IndicatorCode.P4R);
        FigureAssert.Hidden(table.Total, IndicatorCode.P6R);
        FigureAssert.Hidden(table.Total, IndicatorCode.P7R);
    }

    [Fact]
    public void A_rate_without_outflow_is_no_data_not_hidden()
    {
        var table = Protected(Starting(AanWinkel, 6));

        FigureAssert.Value(0m, table.Total, IndicatorCode.P3);
        FigureAssert.Status(FigureStatus.NoData, table.Total, IndicatorCode.P4R);
        FigureAssert.Status(FigureStatus.NoData, table.Total, IndicatorCode.P10);
    }

    [Fact]
    public void Sums_and_means_are_hidden_when_fewer_than_k_people_contribute_however_many_trajectories()
    {
        // 3 people with 2 trajectories each, all started and ended in March, both ladder steps: 6 trajectories.
        var trajectories = new[] { 1, 2, 3 }.SelectMany(p => new[]
        {
            Trajectory(p, "2025-03-01", "2025-03-10", "betaald_werk", hours: 14, ladderStart: 2, ladderEnd: 3),
            Trajectory(p, "2025-03-11", "2025-03-28", "betaald_werk", hours: 14, ladderStart: 3, ladderEnd: 4),
        }).ToList();

        var total = Protected(trajectories, sales: [Sales(AanWinkel, "2025-03", "overig", 500m)]).Total;

        FigureAssert.Value(Shown(6), total, IndicatorCode.P2);  // 6 trajectories: a count, shown
        FigureAssert.Value(Shown(6), total, IndicatorCode.P3);
        FigureAssert.Hidden(total, IndicatorCode.P1);     // 3 people
        FigureAssert.Hidden(total, IndicatorCode.P8);     // 3 contributors
        FigureAssert.Hidden(total, IndicatorCode.P10);
        FigureAssert.Hidden(total, IndicatorCode.P11);
        FigureAssert.Hidden(total, IndicatorCode.P12);    // computed from P8
        FigureAssert.Hidden(total, IndicatorCode.E2);     // revenue per participant hour: from P8
        FigureAssert.Value(500m, total, IndicatorCode.E1); // sales are not about people
    }

    [Fact]
    public void P11_counts_only_the_people_with_both_ladder_steps_as_contributors()
    {
        // 6 people ended in March; only 4 have both steps.
        var trajectories = People(6, 1, p => Trajectory(p, "2025-03-01", "2025-03-15", "uitval", ladderStart: 2, ladderEnd: p <= 4 ? 3 : null));

        var total = Protected(trajectories).Total;

        FigureAssert.Value(0.5m, total, IndicatorCode.P10);          // 6 contributors: 15 days / 30.4375, one decimal
        FigureAssert.Hidden(total, IndicatorCode.P11);               // 4 contributors
        FigureAssert.Shown(total, IndicatorCode.P8);
        FigureAssert.Shown(total, IndicatorCode.P12);
    }

    [Fact]
    public void Money_and_environment_figures_are_never_hidden_on_their_own()
    {
        var total = Protected(Starting(AanWinkel, 5), sales:
            [Sales(AanWinkel, "2025-03", "speelgoed", 3m, items: 2, itemsWithoutWeight: 2, revenueWithTransactions: 3m, transactions: 1)]).Total;

        FigureAssert.Value(3m, total, IndicatorCode.E1);
        FigureAssert.Value(3m, total, IndicatorCode.E3);
        FigureAssert.Value(2m, total, IndicatorCode.M1);
        FigureAssert.Value(1.6m, total, IndicatorCode.M2); // 2 × 0.8
    }

    [Fact]
    public void The_hand_made_set_as_a_protected_viewer_sees_it()
    {
        var total = Calculate(HandMadeSet.Filter, HandMadeSet.Trajectories, HandMadeSet.Certificates, HandMadeSet.Sales,
            profile: ViewerProfile.Protected).Total;

        // Hidden: P2 = 4, P4 = 2, P5 = 1, P9 = 4; P4R (numerator 2), P6R (numerator 3), P7R (numerator 1);
        // P11 (T2, T4, T7, T10: 4 people); the social value, as the example map prices P4, P5 and P9.
        var hidden = new[] { IndicatorCode.P2, IndicatorCode.P4, IndicatorCode.P4R, IndicatorCode.P5, IndicatorCode.P6R, IndicatorCode.P7R,
            IndicatorCode.P9, IndicatorCode.P11, IndicatorCode.W1, IndicatorCode.W3, IndicatorCode.W4, IndicatorCode.W3L, IndicatorCode.W3H };
        Assert.Equal(hidden.Order(), total.Figures.Values.Where(f => f.Status == FigureStatus.Hidden).Select(f => f.Code).Order());
        // Shown: P1 = 7, P3 = 5, P8 (7 people), P10 (5 people: p2, p4, p1, p6, p9), P12, and every sales figure.
        FigureAssert.Value(Shown(5), total, IndicatorCode.P3);
        FigureAssert.Value(3.2m, total, IndicatorCode.P10);  // a mean is not perturbed
        // E2 = E1 / P8 as shown: P8 = 369 hours × (1 + (0 mod 11 − 5) / 100) = 350.55, rounded to 10 hours: 350.
        FigureAssert.Value(3690m / 350m, total, IndicatorCode.E2);
    }

    [Fact]
    public void The_exact_profile_hides_nothing()
    {
        var table = Calculate(HandMadeSet.Filter, HandMadeSet.Trajectories, HandMadeSet.Certificates, HandMadeSet.Sales,
            Dimension.Practice, ViewerProfile.Exact);

        Assert.All(table.Groups.Append(table.Total), g => Assert.DoesNotContain(g.Figures.Values, f => f.Status == FigureStatus.Hidden));
        FigureAssert.Value(2m, table.Total, IndicatorCode.P4);
        FigureAssert.Value(1.5m, table.Total, IndicatorCode.P11);
    }

    // ---- Secondary suppression: groups that add up (P2–P5, P9) ----------------------------------------------

    [Theory]
    // people starting per practice in display order AAN/REST, AAN/WINKEL, BLE/FIETS, ZWO/TEXT, ZWO/WINKEL → P2 as shown,
    // each shown count n being max(5, n − 2)
    [InlineData(new[] { 3, 7, 6, 0, 6 }, "hidden|5|hidden|0|5")]      // one hidden; smallest other non-zero 6, a tie: the first
    [InlineData(new[] { 3, 6, 6, 0, 5 }, "hidden|5|5|0|hidden")]      // the smallest (5) even when it comes last
    [InlineData(new[] { 2, 3, 8, 0, 9 }, "hidden|hidden|6|0|7")]      // two hidden: nothing more
    [InlineData(new[] { 0, 3, 0, 0, 0 }, "0|hidden|0|0|0")]           // no other non-zero group to hide
    [InlineData(new[] { 5, 7, 6, 0, 6 }, "5|5|5|0|5")]               // none hidden: nothing to do
    [InlineData(new[] { 1, 0, 0, 0, 12 }, "hidden|0|0|0|hidden")]     // zeros are never taken as the second cell
    public void Exactly_one_hidden_group_takes_the_smallest_other_non_zero_group_with_it(int[] perPractice, string expected)
    {
        var table = Protected(StartingPerPractice(perPractice), breakdown: Dimension.Practice);

        Assert.Equal(expected, string.Join("|", FigureAssert.Column(table.Groups, IndicatorCode.P2)));
    }

    /// <summary>
    /// A group hidden only to protect another holds 5 or more: it reads "afgeschermd", never "&lt;5", which would be false
    /// (and would tell that the group is small). The small group itself reads "&lt;5".
    /// </summary>
    [Fact]
    public void A_count_hidden_only_by_secondary_suppression_reads_protected_not_less_than_k()
    {
        var table = Protected(StartingPerPractice(3, 7, 6, 0, 6), breakdown: Dimension.Practice);

        Assert.Equal(["<5", "5", "afgeschermd", "0", "5"],
            table.Groups.Select(g => FigureFormat.Value(g[IndicatorCode.P2], smallCellK: 5)).ToList());
    }

    [Fact]
    public void Secondary_suppression_is_per_figure_and_covers_participants_and_hours_too()
    {
        var table = Protected(StartingPerPractice(3, 7, 6, 0, 6), breakdown: Dimension.Practice);

        // BLE/FIETS loses its P2 (= 6) to protect AAN/REST's 3, and its P1 of 6 people and their hours too: the total
        // minus the visible groups would otherwise give AAN/REST's people and hours (P12 and E2 follow P8).
        Assert.Equal(["hidden", "5", "hidden", "0", "5"], FigureAssert.Column(table.Groups, IndicatorCode.P1));
        Assert.Equal(["hidden", "5", "hidden", "0", "5"], FigureAssert.Column(table.Groups, IndicatorCode.P2));
        Assert.Equal(["hidden", "shown", "hidden", "shown", "shown"],
            table.Groups.Select(g => g[IndicatorCode.P8].Status == FigureStatus.Hidden ? "hidden" : "shown").ToList());
        Assert.Equal(["hidden", "shown", "hidden", "shown", "shown"],
            table.Groups.Select(g => g[IndicatorCode.P12].Status == FigureStatus.Hidden ? "hidden" : "shown").ToList());
        // The total is shown: 22 people, as 20.
        FigureAssert.Value(Shown(22), table.Total, IndicatorCode.P2);
    }

    [Fact]
    public void A_group_whose_P3_is_hidden_by_secondary_suppression_loses_its_rates()
    {
        // Ended in March per practice: REST 3, WINKEL 6, FIETS 8, all to another trajectory (P4 = P5 = drop-out = 0).
        var table = Protected([.. Starting(AanRest, 3, "ander_traject"), .. Starting(AanWinkel, 6, "ander_traject"), .. Starting(BleFiets, 8, "ander_traject")],
            breakdown: Dimension.Practice);

        Assert.Equal(["hidden", "hidden", "6", "0", "0"], FigureAssert.Column(table.Groups, IndicatorCode.P3));
        // WINKEL: 0 of 6 would be a shown 0 %, but from P4R = 0 and the total one could read its P3 back.
        Assert.Equal(["hidden", "hidden", "0", "geen gegevens", "geen gegevens"], FigureAssert.Column(table.Groups, IndicatorCode.P4R));
        Assert.Equal(["hidden", "hidden", "0", "geen gegevens", "geen gegevens"], FigureAssert.Column(table.Groups, IndicatorCode.P6R));
        Assert.Equal(["hidden", "hidden", "0", "geen gegevens", "geen gegevens"], FigureAssert.Column(table.Groups, IndicatorCode.P7R));
        // P10 is a mean over P3: where P3 is hidden, so is P10 — its digits could give P3 back. FIETS keeps its mean of
        // 2–20 March, 19 days, with one decimal.
        FigureAssert.Hidden(table.Groups[1], IndicatorCode.P10);
        FigureAssert.Value(0.6m, table.Groups[2], IndicatorCode.P10);
    }

    [Fact]
    public void Secondary_suppression_of_P4_and_P5_hides_the_rates_built_on_them()
    {
        // REST 2 paid work; WINKEL 6 paid work; FIETS 7 paid work → P4 of WINKEL (6, smallest other) goes too.
        var table = Protected([.. Starting(AanRest, 2, "betaald_werk"), .. Starting(AanWinkel, 6, "betaald_werk"), .. Starting(BleFiets, 7, "betaald_werk")],
            breakdown: Dimension.Practice);

        Assert.Equal(["hidden", "hidden", "5", "0", "0"], FigureAssert.Column(table.Groups, IndicatorCode.P4));
        Assert.Equal("hidden", FigureAssert.Text(table.Groups[1][IndicatorCode.P4R]));
        Assert.Equal("hidden", FigureAssert.Text(table.Groups[1][IndicatorCode.P6R]));
        Assert.Equal("100", FigureAssert.Text(table.Groups[2][IndicatorCode.P4R]));
    }

    [Fact]
    public void Secondary_suppression_by_certificate_kind_with_a_tie()
    {
        // mbo_diploma 6, mbo_certificaat 2, praktijkverklaring 6, branchecertificaat 0, overig 7.
        var certificates = new[] { ("mbo_diploma", 6), ("mbo_certificaat", 2), ("praktijkverklaring", 6), ("overig", 7) }
            .SelectMany(k => Enumerable.Range(1, k.Item2).Select(i => Certificate(i, "2025-03-10", k.Item1)));

        var table = Protected([], certificates, breakdown: Dimension.CertificateKind);

        Assert.Equal(["hidden", "hidden", "5", "0", "5"], FigureAssert.Column(table.Groups, IndicatorCode.P9));
        FigureAssert.Value(Shown(21), table.Total, IndicatorCode.P9);
    }

    [Fact]
    public void Secondary_suppression_in_a_month_breakdown()
    {
        // Certificates: January 5, February 1, March 8.
        var certificates = new[] { ("2025-01-15", 5), ("2025-02-15", 1), ("2025-03-15", 8) }
            .SelectMany(m => Enumerable.Range(1, m.Item2).Select(i => Certificate(i, m.Item1)));

        var table = Protected([], certificates, breakdown: Dimension.Month, filter: new IndicatorFilter(Facts.Period("2025-01-01", "2025-03-31")));

        Assert.Equal(["hidden", "hidden", "6"], FigureAssert.Column(table.Groups, IndicatorCode.P9));
    }

    [Fact]
    public void Secondary_suppression_by_outcome()
    {
        // Ended in March: betaald_werk 6, opleiding 2, ander_traject 7, uitval 6.
        var trajectories = new[] { (AanRest, "betaald_werk", 6), (AanWinkel, "opleiding", 2), (BleFiets, "ander_traject", 7), (ZwoText, "uitval", 6) }
            .SelectMany(g => Starting(g.Item1, g.Item3, g.Item2));

        var table = Protected(trajectories, breakdown: Dimension.Outcome);

        // betaald_werk, betaald_werk_intern, opleiding, ander_traject, zorg, uitval, onbekend: opleiding is small;
        // the smallest others are betaald_werk and uitval (6 each): the first in display order goes.
        Assert.Equal(["hidden", "0", "hidden", "5", "0", "5", "0"], FigureAssert.Column(table.Groups, IndicatorCode.P3));
        Assert.Equal("hidden", FigureAssert.Text(table.Groups[0][IndicatorCode.P4R]));
    }

    [Fact]
    public void Secondary_suppression_needs_no_total_only_the_groups()
    {
        // What a breakdown shown without its total gets: the groups alone. P2 per group 3, 9, 6.
        IReadOnlyList<IReadOnlyDictionary<IndicatorCode, Measure>> groups =
        [
            new Dictionary<IndicatorCode, Measure> { [IndicatorCode.P2] = Measure.Count(new Cell(3, 0), 3, 3) },
            new Dictionary<IndicatorCode, Measure> { [IndicatorCode.P2] = Measure.Count(new Cell(9, 0), 9, 9) },
            new Dictionary<IndicatorCode, Measure> { [IndicatorCode.P2] = Measure.Count(new Cell(6, 0), 6, 6) },
        ];

        var hidden = SmallCellProtection.HiddenFigures(groups, new HashSet<IndicatorCode> { IndicatorCode.P2 }, 5);

        Assert.Equal([true, false, true], hidden.Select(h => h.Contains(IndicatorCode.P2)));
    }

    [Fact]
    public void A_hidden_figure_does_not_give_its_value_away_through_its_number_of_source_rows()
    {
        // Every figure can show how it was made, the number of source rows included (docs/indicatoren.md#regels-voor-elk-cijfer). For a count that
        // number is the count itself: "<5 · 3 bronregels" would state the hidden 3, and the 6 of the group hidden
        // to protect it would let the 3 be worked back from the total of 22.
        var table = Protected(StartingPerPractice(3, 7, 6, 0, 6), breakdown: Dimension.Practice);

        var rest = table.Groups[0][IndicatorCode.P2];
        var fiets = table.Groups[2][IndicatorCode.P2];
        Assert.Equal([FigureStatus.Hidden, FigureStatus.Hidden], [rest.Status, fiets.Status]);
        Assert.True(rest.SourceRows is null, $"the hidden P2 of AAN/REST (3) comes with {rest.SourceRows} source rows");
        Assert.True(fiets.SourceRows is null, $"the hidden P2 of BLE/FIETS (6) comes with {fiets.SourceRows} source rows");
        // A figure shown beside a hidden count must not tell it either: P10's source rows would be P3.
        Assert.All(table.Groups, g => Assert.Null(g[IndicatorCode.P10].SourceRows));
    }

    [Fact]
    public void The_exact_profile_does_no_secondary_suppression_either()
    {
        var table = Calculate(March, StartingPerPractice(3, 7, 6, 0, 6), breakdown: Dimension.Practice, profile: ViewerProfile.Exact);

        Assert.Equal(["3", "7", "6", "0", "6"], FigureAssert.Column(table.Groups, IndicatorCode.P2));
    }
}
