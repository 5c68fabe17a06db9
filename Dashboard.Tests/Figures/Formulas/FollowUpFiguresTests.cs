using Dashboard.Data.Administration;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Data;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Data.Figures.Formulas;
using Dashboard.Data.Figures.Results;
using static Dashboard.Tests.Figures.Facts;

namespace Dashboard.Tests.Figures.Formulas;

/// <summary>
/// P13, P14 and P15 (docs/nameting.md, docs/indicatoren.md#p13---duurzaam-werk-na-6-maanden), computed by hand: which
/// follow-up counts (its window, the later of two in one window), which trajectories' follow-ups count (those that ended
/// in paid work), the period P15 looks back to and how its parts add up, breakdowns, protection and perturbation.
/// </summary>
public class FollowUpFiguresTests
{
    private static readonly IndicatorFilter March = new(Period("2025-03-01", "2025-03-31"));

    /// <summary>A trajectory of <paramref name="participant"/> that ended on <paramref name="end"/>.</summary>
    private static TrajectoryFact Ended(int participant, string end, string outcome = "betaald_werk", string targetGroup = "arbeidsbeperking",
        byte key = 0) =>
        Trajectory(participant, "2023-01-01", end, outcome, targetGroup: targetGroup) with { Key = key };

    private static PeopleTally Tally(Period period, IEnumerable<TrajectoryFact> trajectories, IEnumerable<FollowUpFact> followUps) =>
        PeopleTally.Of(period, trajectories, followUps: followUps);

    private static IndicatorGroup Group(IndicatorTable table, string key) => table.Groups.Single(g => g.Key == key);

    [Theory]
    // end, follow-up date (in 2025), counted as a 6-month follow-up, as a 12-month one
    [InlineData("2024-10-15", "2025-03-14", 0, 0)]  // 5 − 1 = 4 months: neither
    [InlineData("2024-09-15", "2025-03-14", 1, 0)]  // 6 − 1 = 5
    [InlineData("2024-06-15", "2025-03-14", 1, 0)]  // 9 − 1 = 8
    [InlineData("2024-06-14", "2025-03-14", 0, 0)]  // 9: neither
    [InlineData("2024-04-15", "2025-03-14", 0, 0)]  // 11 − 1 = 10: neither
    [InlineData("2024-04-14", "2025-03-14", 0, 1)]  // 11
    [InlineData("2023-12-15", "2025-03-14", 0, 1)]  // 15 − 1 = 14
    [InlineData("2023-12-14", "2025-03-14", 0, 0)]  // 15: neither
    [InlineData("2024-08-31", "2025-02-28", 1, 0)]  // month ends: 6 − 1 = 5
    [InlineData("2024-09-30", "2025-02-28", 0, 0)]  // month ends: 5 − 1 = 4
    [InlineData("2025-01-31", "2025-07-31", 1, 0)]  // 6
    [InlineData("2025-01-31", "2025-02-28", 0, 0)]  // 1 − 1 = 0
    [InlineData("2025-03-14", "2025-03-14", 0, 0)]  // on the end itself
    public void The_window_decides_whether_a_follow_up_counts_in_P13_P14_or_neither(string end, string date, int six, int twelve)
    {
        var trajectory = Ended(1, end);

        var tally = Tally(Period("2025-01-01", "2025-12-31"), [trajectory], [FollowUp(trajectory, date, "uitkering")]);

        Assert.Equal(six, tally.AnsweredAfterSixMonths.Count);
        Assert.Equal(twelve, tally.AnsweredAfterTwelveMonths.Count);
        Assert.Equal(0, tally.InWorkAfterSixMonths.Count + tally.InWorkAfterTwelveMonths.Count); // uitkering is no work
    }

    /// <summary>
    /// March 2025. 6-month follow-ups dated in March: T1 (5 Sep → 10 Mar, 6 months) and T2 (20 Sep → 25 Mar, 6) found paid
    /// work, T3 (15 Aug → 15 Mar, 7) uitkering, T4 (15 Sep → 3 Mar, 5) onbekend. T5 (opleiding) and T9 (uitval) did not end
    /// in paid work; T8's follow-up is 4 months after its end; T11's is dated in February.
    /// P13 = 100 × 2 (T1, T2) / 3 (T1, T2, T3; T4 is onbekend). 12-month: T6 (10 Mar 2024 → 10 Mar, 12 months) found paid
    /// work, T7 (31 Mar 2024 → 1 Mar, 11) anders: P14 = 100 × 1 / 2.
    /// P15 looks back to September 2024: ended in paid work then T1, T2, T4, T10 (no follow-up); answered T1, T2:
    /// 100 × 2 / 4.
    /// </summary>
    private static (List<TrajectoryFact> Trajectories, List<FollowUpFact> FollowUps) HandMadeMarch()
    {
        var t1 = Ended(1, "2024-09-05");
        var t2 = Ended(2, "2024-09-20", "betaald_werk_intern");
        var t3 = Ended(3, "2024-08-15");
        var t4 = Ended(4, "2024-09-15");
        var t5 = Ended(5, "2024-09-15", "opleiding");
        var t6 = Ended(6, "2024-03-10");
        var t7 = Ended(7, "2024-03-31", "betaald_werk_intern");
        var t8 = Ended(8, "2024-10-10");
        var t9 = Ended(9, "2024-09-10", "uitval");
        var t10 = Ended(10, "2024-09-25");
        var t11 = Ended(11, "2024-08-20");
        return ([t1, t2, t3, t4, t5, t6, t7, t8, t9, t10, t11],
        [
            FollowUp(t1, "2025-03-10", "betaald_werk"),
            FollowUp(t2, "2025-03-25", "betaald_werk_intern"),
            FollowUp(t3, "2025-03-15", "uitkering"),
            FollowUp(t4, "2025-03-03", "onbekend"),
            FollowUp(t5, "2025-03-16", "betaald_werk"),
            FollowUp(t6, "2025-03-10", "betaald_werk"),
            FollowUp(t7, "2025-03-01", "anders"),
            FollowUp(t8, "2025-03-05", "betaald_werk"),
            FollowUp(t9, "2025-03-20", "betaald_werk"),
            FollowUp(t11, "2025-02-25", "betaald_werk"),
        ]);
    }

    [Fact]
    public void P13_to_P15_of_a_hand_made_March()
    {
        var (trajectories, followUps) = HandMadeMarch();

        var total = Calculate(March, trajectories, followUps: followUps).Total;
        var tally = Tally(March.Period, trajectories, followUps);

        FigureAssert.Value(100m * 2 / 3, total, IndicatorCode.P13);
        FigureAssert.Value(100m * 1 / 2, total, IndicatorCode.P14);
        FigureAssert.Value(100m * 2 / 4, total, IndicatorCode.P15);
        Assert.Equal((2, 3), (tally.InWorkAfterSixMonths.Count, tally.AnsweredAfterSixMonths.Count));
        Assert.Equal((1, 2), (tally.InWorkAfterTwelveMonths.Count, tally.AnsweredAfterTwelveMonths.Count));
        Assert.Equal((2, 4), (tally.FollowedUp.Count, tally.ToFollowUp.Count));
        // The source rows of a rate are its denominator's records.
        Assert.Equal(3, total[IndicatorCode.P13].SourceRows);
        Assert.Equal(4, total[IndicatorCode.P15].SourceRows);
    }

    [Fact]
    public void Without_follow_ups_or_outflow_to_follow_up_the_figures_are_geen_gegevens_not_0()
    {
        // Someone ended in paid work in March itself: nothing to follow up yet, nor six months back.
        var total = Calculate(March, [Ended(1, "2025-03-10")]).Total;

        FigureAssert.Status(FigureStatus.NoData, total, IndicatorCode.P13);
        FigureAssert.Status(FigureStatus.NoData, total, IndicatorCode.P14);
        FigureAssert.Status(FigureStatus.NoData, total, IndicatorCode.P15);

        // Only onbekend: nothing answered, still no data for P13; P15 has its outflow and answers 0 %.
        var t = Ended(2, "2024-09-10");
        var onlyUnknown = Calculate(March, [t], followUps: [FollowUp(t, "2025-03-12", "onbekend")]).Total;
        FigureAssert.Status(FigureStatus.NoData, onlyUnknown, IndicatorCode.P13);
        FigureAssert.Value(0m, onlyUnknown, IndicatorCode.P15);
    }

    [Fact]
    public void Of_two_follow_ups_in_one_window_the_later_counts_even_when_it_is_onbekend()
    {
        // Ended 10 September 2024: 12 March is 6 months on, 12 May 8 — one window. Listed later first.
        var t = Ended(1, "2024-09-10");
        FollowUpFact[] laterUnknown = [FollowUp(t, "2025-05-12", "onbekend"), FollowUp(t, "2025-03-12", "betaald_werk")];

        // March's own follow-up is not the one that counts (chosen before the period), and May's is onbekend.
        FigureAssert.Status(FigureStatus.NoData, Calculate(March, [t], followUps: laterUnknown).Total, IndicatorCode.P13);
        FigureAssert.Status(FigureStatus.NoData, Calculate(new(Period("2025-05-01", "2025-05-31")), [t], followUps: laterUnknown).Total, IndicatorCode.P13);
        // P15 of March (ended in September 2024): the counting follow-up has no answer → 0 of 1.
        FigureAssert.Value(0m, Calculate(March, [t], followUps: laterUnknown).Total, IndicatorCode.P15);

        // The other way round: the later found uitkering and counts, in May, as no work; March's onbekend is gone.
        FollowUpFact[] laterAnswered = [FollowUp(t, "2025-03-12", "onbekend"), FollowUp(t, "2025-05-12", "uitkering")];
        FigureAssert.Status(FigureStatus.NoData, Calculate(March, [t], followUps: laterAnswered).Total, IndicatorCode.P13);
        FigureAssert.Value(0m, Calculate(new(Period("2025-05-01", "2025-05-31")), [t], followUps: laterAnswered).Total, IndicatorCode.P13);
        FigureAssert.Value(100m, Calculate(March, [t], followUps: laterAnswered).Total, IndicatorCode.P15);
    }

    [Fact]
    public void A_later_follow_up_outside_the_window_and_one_in_the_other_window_leave_the_6_month_one_counting()
    {
        // Ended 10 September 2024: 12 March is 6 months on, 12 July 10 (no window), 12 September 12 (the other window).
        var t = Ended(1, "2024-09-10");
        FollowUpFact[] followUps =
        [
            FollowUp(t, "2025-03-12", "betaald_werk"),
            FollowUp(t, "2025-07-12", "onbekend"),
            FollowUp(t, "2025-09-12", "uitkering"),
        ];

        FigureAssert.Value(100m, Calculate(March, [t], followUps: followUps).Total, IndicatorCode.P13);
        FigureAssert.Value(100m, Calculate(March, [t], followUps: followUps).Total, IndicatorCode.P15);
        FigureAssert.Value(0m, Calculate(new(Period("2025-09-01", "2025-09-30")), [t], followUps: followUps).Total, IndicatorCode.P14);
    }

    [Theory]
    // outcome of the trajectory, situation found 6 months on: P13's numerator and denominator, P15's numerator and denominator
    [InlineData("betaald_werk", "betaald_werk", 1, 1, 1, 1)]
    [InlineData("betaald_werk", "betaald_werk_intern", 1, 1, 1, 1)]
    [InlineData("betaald_werk_intern", "betaald_werk", 1, 1, 1, 1)]
    [InlineData("betaald_werk_intern", "betaald_werk_intern", 1, 1, 1, 1)]
    [InlineData("betaald_werk", "opleiding", 0, 1, 1, 1)]
    [InlineData("betaald_werk", "uitkering", 0, 1, 1, 1)]
    [InlineData("betaald_werk", "anders", 0, 1, 1, 1)]
    [InlineData("betaald_werk_intern", "onbekend", 0, 0, 0, 1)]
    [InlineData("betaald_werk", "onbekend", 0, 0, 0, 1)]
    [InlineData("opleiding", "betaald_werk", 0, 0, 0, 0)]
    [InlineData("uitval", "betaald_werk", 0, 0, 0, 0)]
    [InlineData("ander_traject", "betaald_werk_intern", 0, 0, 0, 0)]
    [InlineData("zorg", "uitkering", 0, 0, 0, 0)]
    [InlineData("onbekend", "betaald_werk", 0, 0, 0, 0)]
    public void Only_follow_ups_of_trajectories_that_ended_in_paid_work_count_and_both_kinds_of_paid_work_count_as_work(
        string outcome, string situation, int inWork, int answered, int followedUp, int toFollowUp)
    {
        // Ended 10 September 2024, followed up 10 March 2025 (6 months).
        var t = Ended(1, "2024-09-10", outcome);

        var tally = Tally(March.Period, [t], [FollowUp(t, "2025-03-10", situation)]);

        Assert.Equal((inWork, answered), (tally.InWorkAfterSixMonths.Count, tally.AnsweredAfterSixMonths.Count));
        Assert.Equal((followedUp, toFollowUp), (tally.FollowedUp.Count, tally.ToFollowUp.Count));
    }

    [Fact]
    public void A_follow_up_of_a_running_trajectory_counts_nowhere()
    {
        var running = Trajectory(1, "2024-01-01");

        var tally = Tally(March.Period, [running], [FollowUp(running, "2025-03-10")]);

        Assert.Equal(0, tally.AnsweredAfterSixMonths.Count + tally.AnsweredAfterTwelveMonths.Count + tally.ToFollowUp.Count);
    }

    /// <summary>
    /// Paid-work outflow on the edges of the quarters' response periods of 2025 — Q1 1 Jul–30 Sep 2024, Q2 1 Oct–31 Dec,
    /// Q3 1 Jan–31 Mar 2025, Q4 1 Apr–30 Jun — and just outside the year's (30 Jun 2024, 1 Jul 2025). Answered: a 6-month
    /// follow-up with a known situation (uitkering counts as an answer); not answered: none, onbekend, a 12-month one only,
    /// or one 3 months on.
    /// Q1: 1 Jul answered, 30 Sep none → 1 / 2. Q2: 1 Oct and 15 Nov answered, 31 Dec 12-month only → 2 / 3.
    /// Q3: 1 Jan onbekend, 31 Mar 3 months → 0 / 2. Q4: 1 Apr, 30 Jun answered → 2 / 2. Year: 5 / 9.
    /// The education outflow of 1 August 2024 counts nowhere.
    /// </summary>
    private static (List<TrajectoryFact> Trajectories, List<FollowUpFact> FollowUps) OutflowAroundTheQuarters()
    {
        var trajectories = new List<TrajectoryFact>();
        var followUps = new List<FollowUpFact>();
        void Add(string end, string? followUp = null, string situation = "betaald_werk", string outcome = "betaald_werk")
        {
            var t = Ended(trajectories.Count + 1, end, outcome);
            trajectories.Add(t);
            if (followUp is not null)
            {
                followUps.Add(FollowUp(t, followUp, situation));
            }
        }
        Add("2024-06-30", "2024-12-30");                    // before the year's response period
        Add("2024-07-01", "2025-01-01");                    // Q1, 6 months
        Add("2024-09-30");                                  // Q1, none
        Add("2024-08-01", "2025-02-01", outcome: "opleiding");
        Add("2024-10-01", "2025-04-01");                    // Q2, 6 months
        Add("2024-11-15", "2025-05-15", "uitkering");       // Q2, 6 months
        Add("2024-12-31", "2025-12-31");                    // Q2, 12 months only
        Add("2025-01-01", "2025-07-01", "onbekend");        // Q3, 6 months but onbekend
        Add("2025-03-31", "2025-07-30");                    // Q3, 4 − 1 = 3 months: no window
        Add("2025-04-01", "2025-10-01");                    // Q4, 6 months
        Add("2025-06-30", "2025-12-30");                    // Q4, 6 months
        Add("2025-07-01", "2026-01-01");                    // after the year's response period
        return (trajectories, followUps);
    }

    [Fact]
    public void P15_looks_back_6_months_and_the_quarters_add_up_to_the_year()
    {
        var (trajectories, followUps) = OutflowAroundTheQuarters();
        var year = Period("2025-01-01", "2025-12-31");

        var quarters = year.Split(TimeGrain.Quarter).Select(q => Tally(q, trajectories, followUps)).ToList();
        var whole = Tally(year, trajectories, followUps);

        Assert.Equal([2, 3, 2, 2], quarters.Select(q => q.ToFollowUp.Count));
        Assert.Equal([1, 2, 0, 2], quarters.Select(q => q.FollowedUp.Count));
        Assert.Equal((5, 9), (whole.FollowedUp.Count, whole.ToFollowUp.Count));
        Assert.Equal(whole.ToFollowUp.Count, quarters.Sum(q => q.ToFollowUp.Count));
        Assert.Equal(whole.FollowedUp.Count, quarters.Sum(q => q.FollowedUp.Count));

        var table = Calculate(new(year), trajectories, followUps: followUps, breakdown: Dimension.Quarter);
        Assert.Equal(["2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4"], table.Groups.Select(g => g.Key));
        FigureAssert.Value(100m * 1 / 2, table.Groups[0], IndicatorCode.P15);
        FigureAssert.Value(100m * 2 / 3, table.Groups[1], IndicatorCode.P15);
        FigureAssert.Value(0m, table.Groups[2], IndicatorCode.P15);
        FigureAssert.Value(100m, table.Groups[3], IndicatorCode.P15);
        FigureAssert.Value(100m * 5 / 9, table.Total, IndicatorCode.P15);
        Assert.Equal([2L, 3L, 2L, 2L], table.Groups.Select(g => g[IndicatorCode.P15].SourceRows!.Value));
    }

    [Fact]
    public void P15_by_month_uses_each_months_own_period_6_months_back()
    {
        var (trajectories, followUps) = OutflowAroundTheQuarters();

        var table = Calculate(new(Period("2025-01-01", "2025-12-31")), trajectories, followUps: followUps, breakdown: Dimension.Month);

        // January looks back to July 2024 (1 Jul answered), February to August (only education), March to September
        // (30 Sep, none), … December to June 2025 (30 Jun answered).
        Assert.Equal(["100", "geen gegevens", "0", "100", "100", "0", "0", "geen gegevens", "0", "100", "geen gegevens", "100"],
            FigureAssert.Column(table.Groups, IndicatorCode.P15));
        Assert.Equal(9, table.Groups.Sum(g => g[IndicatorCode.P15].SourceRows ?? 0));
    }

    [Fact]
    public void The_days_of_August_look_back_to_February_each_to_its_own_days_and_together_to_all_of_it()
    {
        // One paid-work outflow on each day of February 2025 (28 days).
        var trajectories = Enumerable.Range(1, 28).Select(d => Ended(d, $"2025-02-{d:00}")).ToList();

        int ToFollowUp(string from, string to) => Tally(Period(from, to), trajectories, []).ToFollowUp.Count;

        Assert.Equal(28, ToFollowUp("2025-08-01", "2025-08-31"));
        Assert.Equal(27, ToFollowUp("2025-08-01", "2025-08-30")); // 1–27 February
        Assert.Equal(1, ToFollowUp("2025-08-31", "2025-08-31"));  // 28 February
        Assert.Equal(1, ToFollowUp("2025-08-28", "2025-08-31"));  // also 28 February: 28 August looks back to nothing
        // Day by day: 1–27 August one day each, 28–30 August squeezed away, 31 August 28 February.
        var byDay = Enumerable.Range(1, 31).Select(d => ToFollowUp($"2025-08-{d:00}", $"2025-08-{d:00}")).ToList();
        Assert.Equal([.. Enumerable.Repeat(1, 27), 0, 0, 0, 1], byDay);

        FigureAssert.Status(FigureStatus.NoData, Calculate(new(Period("2025-08-30", "2025-08-30")), trajectories).Total, IndicatorCode.P15);
        FigureAssert.Value(0m, Calculate(new(Period("2025-08-31", "2025-08-31")), trajectories).Total, IndicatorCode.P15);
    }

    [Fact]
    public void By_target_group_a_follow_up_goes_with_its_trajectory_and_a_filter_on_it_admits_it_so()
    {
        // March. arbeidsbeperking: two 6-month follow-ups, one in work → 50 %; ended in September 2024: three, two answered.
        // nieuwkomer: one follow-up, in work → 100 %; one ended in September, answered.
        var a1 = Ended(1, "2024-09-05");
        var a2 = Ended(2, "2024-09-06");
        var a3 = Ended(3, "2024-09-07");
        var n1 = Ended(4, "2024-09-08", targetGroup: "nieuwkomer");
        TrajectoryFact[] trajectories = [a1, a2, a3, n1];
        FollowUpFact[] followUps =
            [FollowUp(a1, "2025-03-10", "betaald_werk"), FollowUp(a2, "2025-03-10", "uitkering"), FollowUp(n1, "2025-03-10", "betaald_werk_intern")];

        var table = Calculate(March, trajectories, followUps: followUps, breakdown: Dimension.TargetGroup);

        Assert.Equal(["50", "geen gegevens", "100", "geen gegevens", "geen gegevens"], FigureAssert.Column(table.Groups, IndicatorCode.P13));
        FigureAssert.Value(100m * 2 / 3, Group(table, "arbeidsbeperking"), IndicatorCode.P15);
        FigureAssert.Value(100m, Group(table, "nieuwkomer"), IndicatorCode.P15);
        FigureAssert.Value(100m * 2 / 3, table.Total, IndicatorCode.P13);
        FigureAssert.Value(100m * 3 / 4, table.Total, IndicatorCode.P15);

        var newcomers = Calculate(March with { TargetGroups = new HashSet<string> { "nieuwkomer" } }, trajectories, followUps: followUps).Total;
        FigureAssert.Value(100m, newcomers, IndicatorCode.P13);
        FigureAssert.Value(100m, newcomers, IndicatorCode.P15);
        var others = Calculate(March with { TargetGroups = new HashSet<string> { "arbeidsbeperking" } }, trajectories, followUps: followUps).Total;
        FigureAssert.Value(50m, others, IndicatorCode.P13);
    }

    [Fact]
    public void By_month_a_follow_up_counts_in_the_month_of_its_own_date()
    {
        // First quarter 2025. T1 and T2 both ended 20 August 2024; T1 was followed up 25 February (6 months, work), T2 25
        // March (7 months, uitkering); T3 ended 5 September, followed up 6 March (6 months, work); T4 ended 31 July, never
        // followed up. P13: January none, February 1 / 1, March 1 / 2; the quarter 2 / 3.
        // P15: January looks back to July (T4, not answered: 0 / 1), February to August (T1, T2: 2 / 2), March to
        // September (T3: 1 / 1); the quarter 3 / 4.
        var t1 = Ended(1, "2024-08-20");
        var t2 = Ended(2, "2024-08-20");
        var t3 = Ended(3, "2024-09-05");
        var t4 = Ended(4, "2024-07-31");
        FollowUpFact[] followUps = [FollowUp(t1, "2025-02-25"), FollowUp(t2, "2025-03-25", "uitkering"), FollowUp(t3, "2025-03-06")];

        var table = Calculate(new(Period("2025-01-01", "2025-03-31")), [t1, t2, t3, t4], followUps: followUps, breakdown: Dimension.Month);

        Assert.Equal(["geen gegevens", "100", "50"], FigureAssert.Column(table.Groups, IndicatorCode.P13));
        Assert.Equal(["0", "100", "100"], FigureAssert.Column(table.Groups, IndicatorCode.P15));
        FigureAssert.Value(100m * 2 / 3, table.Total, IndicatorCode.P13);
        FigureAssert.Value(100m * 3 / 4, table.Total, IndicatorCode.P15);
    }

    [Fact]
    public void By_outcome_the_figures_group_by_the_trajectorys_outcome_and_by_certificate_kind_they_are_not_applicable()
    {
        var (trajectories, followUps) = HandMadeMarch();

        var byOutcome = Calculate(March, trajectories, followUps: followUps, breakdown: Dimension.Outcome);

        // betaald_werk: T1 work, T3 uitkering (T4 onbekend) → 1 / 2; 12 months T6 work → 1 / 1; September: T1, T4, T10 → 1 / 3.
        // betaald_werk_intern: T2 work → 1 / 1; 12 months T7 anders → 0 / 1; September: T2 → 1 / 1.
        FigureAssert.Value(50m, Group(byOutcome, "betaald_werk"), IndicatorCode.P13);
        FigureAssert.Value(100m, Group(byOutcome, "betaald_werk"), IndicatorCode.P14);
        FigureAssert.Value(100m * 1 / 3, Group(byOutcome, "betaald_werk"), IndicatorCode.P15);
        FigureAssert.Value(100m, Group(byOutcome, "betaald_werk_intern"), IndicatorCode.P13);
        FigureAssert.Value(0m, Group(byOutcome, "betaald_werk_intern"), IndicatorCode.P14);
        FigureAssert.Value(100m, Group(byOutcome, "betaald_werk_intern"), IndicatorCode.P15);
        foreach (var other in new[] { "opleiding", "ander_traject", "zorg", "uitval", "onbekend" })
        {
            FigureAssert.Status(FigureStatus.NoData, Group(byOutcome, other), IndicatorCode.P13);
            FigureAssert.Status(FigureStatus.NoData, Group(byOutcome, other), IndicatorCode.P15);
        }

        var byKind = Calculate(March, trajectories, followUps: followUps, breakdown: Dimension.CertificateKind);
        Assert.All(byKind.Groups, group =>
        {
            FigureAssert.Status(FigureStatus.NotApplicable, group, IndicatorCode.P13);
            FigureAssert.Status(FigureStatus.NotApplicable, group, IndicatorCode.P14);
            FigureAssert.Status(FigureStatus.NotApplicable, group, IndicatorCode.P15);
        });
        FigureAssert.Value(100m * 2 / 3, byKind.Total, IndicatorCode.P13); // the total is no certificate kind
    }

    /// <summary>
    /// <paramref name="answered"/> people ended in paid work on 10 September 2024 and were followed up on 10 March 2025
    /// (6 months), the first <paramref name="inWork"/> of them found in work, the others on uitkering; <paramref name="more"/>
    /// more ended then without a follow-up.
    /// </summary>
    private static (List<TrajectoryFact> Trajectories, List<FollowUpFact> FollowUps) FollowedUpInMarch(int answered, int inWork, int more = 0,
        Func<int, byte>? trajectoryKey = null, Func<int, byte>? followUpKey = null)
    {
        var trajectories = Enumerable.Range(1, answered + more)
            .Select(p => Ended(p, "2024-09-10", key: trajectoryKey?.Invoke(p) ?? 0)).ToList();
        var followUps = trajectories.Take(answered)
            .Select((t, i) => FollowUp(t, "2025-03-10", i < inWork ? "betaald_werk" : "uitkering", followUpKey?.Invoke(i + 1) ?? 0)).ToList();
        return (trajectories, followUps);
    }

    [Theory]
    // answered, in work, more without follow-up: P13 hidden, P15 hidden (k = 5; a numerator or denominator of 1–4 hides)
    [InlineData(5, 2, 0, true, false)]   // P13 2 / 5; P15 5 / 5
    [InlineData(4, 4, 0, true, true)]    // P13 4 / 4; P15 4 / 4
    [InlineData(5, 0, 0, false, false)]  // P13 0 / 5: 0 is not small; P15 5 / 5
    [InlineData(5, 5, 0, false, false)]  // P13 5 / 5
    [InlineData(3, 3, 5, true, true)]    // P13 3 / 3; P15 3 / 8
    [InlineData(6, 6, 0, false, false)]
    public void A_protected_viewer_does_not_see_a_rate_of_a_small_numerator_or_denominator(int answered, int inWork, int more, bool p13Hidden,
        bool p15Hidden)
    {
        var (trajectories, followUps) = FollowedUpInMarch(answered, inWork, more);

        var shown = Calculate(March, trajectories, followUps: followUps, profile: ViewerProfile.Protected).Total;
        var exact = Calculate(March, trajectories, followUps: followUps).Total;

        FigureAssert.Status(p13Hidden ? FigureStatus.Hidden : FigureStatus.Ok, shown, IndicatorCode.P13);
        FigureAssert.Status(p15Hidden ? FigureStatus.Hidden : FigureStatus.Ok, shown, IndicatorCode.P15);
        FigureAssert.Value(100m * inWork / answered, exact, IndicatorCode.P13);
        FigureAssert.Value(100m * answered / (answered + more), exact, IndicatorCode.P15);
    }

    /// <summary>
    /// The attacker's case: by target group, 6, 6 and 1 people ended in paid work in September 2024, and only the
    /// newcomers' first two were followed up. P4 of September hides the single one and, as its second cell, the first of
    /// the two sixes; half a year later P15's denominators are those same outflows, so P15 must hide the same two groups —
    /// whatever hides its numerators — or the hidden P4 reads back from the shown rate.
    /// </summary>
    [Fact]
    public void P15_hides_what_P4_of_the_period_it_looks_back_to_hid_as_a_second_cell()
    {
        var trajectories = Enumerable.Range(1, 6).Select(p => Ended(p, "2024-09-10", targetGroup: "arbeidsbeperking"))
            .Concat(Enumerable.Range(11, 6).Select(p => Ended(p, "2024-09-10", targetGroup: "nieuwkomer")))
            .Append(Ended(21, "2024-09-10", targetGroup: "opleiding"))
            .ToList();
        FollowUpFact[] followUps = [FollowUp(trajectories[6], "2025-03-10"), FollowUp(trajectories[7], "2025-03-10")];

        var september = Calculate(new(Period("2024-09-01", "2024-09-30")), trajectories, followUps: followUps, breakdown: Dimension.TargetGroup,
            profile: ViewerProfile.Protected);
        var march = Calculate(March, trajectories, followUps: followUps, breakdown: Dimension.TargetGroup, profile: ViewerProfile.Protected);

        string[] hiddenP4 = [.. september.Groups.Where(g => g[IndicatorCode.P4].Status == FigureStatus.Hidden).Select(g => g.Key)];
        Assert.Equal(["arbeidsbeperking", "opleiding"], hiddenP4);
        // Newcomers: 2 of 6 answered, a small numerator of its own; the workers and the one in education hidden with P4.
        Assert.Equal(["arbeidsbeperking", "nieuwkomer", "opleiding"],
            march.Groups.Where(g => g[IndicatorCode.P15].Status == FigureStatus.Hidden).Select(g => g.Key));
        Assert.All(hiddenP4, key => FigureAssert.Status(FigureStatus.Hidden, Group(march, key), IndicatorCode.P15));
    }

    [Fact]
    public void A_single_small_number_of_follow_ups_hides_the_smallest_other_group_of_P13_too()
    {
        // March's 6-month follow-ups by target group: 7 workers, 6 newcomers, 2 in education — all found in work.
        var trajectories = Enumerable.Range(1, 7).Select(p => Ended(p, "2024-09-10", targetGroup: "arbeidsbeperking"))
            .Concat(Enumerable.Range(11, 6).Select(p => Ended(p, "2024-09-10", targetGroup: "nieuwkomer")))
            .Concat(Enumerable.Range(21, 2).Select(p => Ended(p, "2024-09-10", targetGroup: "opleiding")))
            .ToList();
        var followUps = trajectories.Select(t => FollowUp(t, "2025-03-10")).ToList();

        var byGroup = Calculate(March, trajectories, followUps: followUps, breakdown: Dimension.TargetGroup, profile: ViewerProfile.Protected);
        var exact = Calculate(March, trajectories, followUps: followUps, breakdown: Dimension.TargetGroup);

        FigureAssert.Status(FigureStatus.Hidden, Group(byGroup, "opleiding"), IndicatorCode.P13);
        FigureAssert.Status(FigureStatus.Hidden, Group(byGroup, "nieuwkomer"), IndicatorCode.P13);
        FigureAssert.Status(FigureStatus.Ok, Group(byGroup, "arbeidsbeperking"), IndicatorCode.P13);
        Assert.All(exact.Groups.Where(g => g.Key is "arbeidsbeperking" or "nieuwkomer" or "opleiding"),
            g => FigureAssert.Value(100m, g, IndicatorCode.P13));
    }

    [Fact]
    public void A_small_12_month_rate_is_hidden_for_a_protected_viewer_and_shown_to_an_exact_one()
    {
        // Three people ended in paid work on 10 March 2024 and were followed up on 10 March 2025 (12 months), two in work.
        var trajectories = Enumerable.Range(1, 3).Select(p => Ended(p, "2024-03-10")).ToList();
        var followUps = trajectories.Select((t, i) => FollowUp(t, "2025-03-10", i < 2 ? "betaald_werk" : "anders")).ToList();

        FigureAssert.Hidden(Calculate(March, trajectories, followUps: followUps, profile: ViewerProfile.Protected).Total, IndicatorCode.P14);
        FigureAssert.Value(100m * 2 / 3, Calculate(March, trajectories, followUps: followUps).Total, IndicatorCode.P14);
    }

    [Fact]
    public void P13_is_perturbed_by_the_follow_ups_keys_and_P15_by_the_trajectories_keys()
    {
        // 8 answered, 6 in work; 1 more ended in September without a follow-up. Follow-up keys: 1 for those in work, 2 for
        // the others; trajectory keys 40 each, 13 for the one never followed up.
        var (trajectories, followUps) = FollowedUpInMarch(8, 6, more: 1, trajectoryKey: p => p == 9 ? (byte)13 : (byte)40,
            followUpKey: i => i <= 6 ? (byte)1 : (byte)2);

        var shown = Calculate(March, trajectories, followUps: followUps, profile: ViewerProfile.Protected).Total;
        var exact = Calculate(March, trajectories, followUps: followUps).Total;

        // P13: numerator 6, keys 6 → 6 mod 5 = 1 → −1 → 5; denominator 8, keys 6 + 2 × 2 = 10 → 0 → −2 → 6. 100 × 5 / 6.
        // (With the trajectories' keys it would be 240 → 0 → 4 → 5 of 320 − 256 = 64 → 4 → +2 → 10.)
        FigureAssert.Value(100m * 5 / 6, shown, IndicatorCode.P13);
        FigureAssert.Value(100m * 6 / 8, exact, IndicatorCode.P13);
        // P15: numerator the 8 answered trajectories, keys 320 → 64 → 4 → +2 → 10; denominator 9, keys 333 → 77 → 2 → ±0
        // → 9; the numerator is capped at the denominator: 9 / 9.
        FigureAssert.Value(100m, shown, IndicatorCode.P15);
        FigureAssert.Value(100m * 8 / 9, exact, IndicatorCode.P15);
    }

    [Fact]
    public void P15_perturbed_below_its_denominator_and_never_below_k()
    {
        // 7 ended in September 2024, 6 answered. Trajectory keys: 40 for the answered, 13 for the other; follow-up keys 2.
        var (trajectories, followUps) = FollowedUpInMarch(6, 6, more: 1, trajectoryKey: p => p == 7 ? (byte)13 : (byte)40,
            followUpKey: _ => 2);

        var shown = Calculate(March, trajectories, followUps: followUps, profile: ViewerProfile.Protected).Total;

        // Numerator 6, keys 240 → 0 → −2 → 4, never below k → 5. Denominator 7, keys 253 → 3 → +1 → 8. 100 × 5 / 8.
        FigureAssert.Value(100m * 5 / 8, shown, IndicatorCode.P15);
        // P13: 6 of 6 follow-ups, keys 12 → 2 → ±0: 6 of 6.
        FigureAssert.Value(100m, shown, IndicatorCode.P13);
    }
}
