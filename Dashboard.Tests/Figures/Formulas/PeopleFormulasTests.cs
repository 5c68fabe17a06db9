using Dashboard.Data.Figures.Data;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Data.Figures.Formulas;
using Dashboard.Data.Figures.Results;
using static Dashboard.Tests.Figures.Facts;

namespace Dashboard.Tests.Figures.Formulas;

/// <summary>P1–P12 as pure functions, on the hand-made set (see <see cref="HandMadeSet"/> for the table the sums come from).</summary>
public class PeopleFormulasTests
{
    private static readonly Period Period = HandMadeSet.Period;

    private static PeopleTally Tally(IEnumerable<TrajectoryFact> trajectories, Period period) => PeopleTally.Of(period, trajectories);

    private static PeopleTally Tally(IEnumerable<CertificateFact> certificates, Period period) => PeopleTally.Of(period, [], certificates);

    [Theory]
    // Period 10 March – 13 April 2025.
    [InlineData("2024-11-01", null, 35)]          // T1: crosses the start, open-ended → the whole period
    [InlineData("2025-01-15", "2025-03-10", 1)]   // T2: ends on the first day → that one day
    [InlineData("2025-04-13", null, 1)]           // T3: starts on the last day → that one day
    [InlineData("2025-03-20", "2025-04-02", 14)]  // T4: 20–31 March = 12, 1–2 April = 2
    [InlineData("2025-02-01", "2025-06-30", 35)]  // T5: crosses both ends
    [InlineData("2025-03-25", "2025-04-08", 15)]  // T6: 25–31 March = 7, 1–8 April = 8
    [InlineData("2024-03-04", "2025-03-31", 22)]  // T7: 10–31 March
    [InlineData("2025-03-10", "2025-04-13", 35)]  // exactly the period
    public void Overlap_days_are_the_days_a_trajectory_runs_inside_the_period(string start, string? end, int expected)
    {
        Assert.Equal(expected, PeopleFormulas.OverlapDays(Trajectory(1, start, end), Period));
    }

    [Theory]
    // start, end, active (P1), started in the period (P2), ended in the period (P3)
    [InlineData("2025-01-15", "2025-03-10", 1, 0, 1)] // ends on 'van': active and outflow
    [InlineData("2025-01-15", "2025-03-09", 0, 0, 0)] // ends the day before: not active
    [InlineData("2025-04-13", null, 1, 1, 0)]         // starts on 'tot': active and inflow
    [InlineData("2025-04-14", null, 0, 0, 0)]         // starts the day after: not active
    [InlineData("2025-04-13", "2025-04-13", 1, 1, 1)] // one day, on 'tot'
    [InlineData("2024-01-01", "2025-04-14", 1, 0, 0)] // ends the day after 'tot': active, no outflow yet
    [InlineData("2024-01-01", null, 1, 0, 0)]         // open-ended from long ago
    public void The_edges_of_the_period_decide_active_inflow_and_outflow(string start, string? end, int active, int inflow, int outflow)
    {
        IReadOnlyList<TrajectoryFact> one = [Trajectory(1, start, end, "uitval")];

        Assert.Equal(active, PeopleFormulas.ActiveParticipants(Tally(one, Period)).Value);
        Assert.Equal(inflow, PeopleFormulas.Inflow(Tally(one, Period)).Value);
        Assert.Equal(outflow, PeopleFormulas.Outflow(Tally(one, Period)).Value);
    }

    [Fact]
    public void P1_counts_a_participant_with_two_active_trajectories_once()
    {
        // Active: T1, T2, T3, T4, T5, T6, T7, T10 (8 trajectories) of p1, p2, p3, p4, p5, p1, p6, p9 → 7 people.
        var p1 = PeopleFormulas.ActiveParticipants(Tally(HandMadeSet.Trajectories, Period));

        Assert.Equal(7m, p1.Value);
        Assert.Equal(8, p1.SourceRows);
    }

    [Fact]
    public void P2_to_P5_count_trajectories_started_and_ended_in_the_period()
    {
        var t = HandMadeSet.Trajectories;

        // Started: T3 (13 Apr), T4 (20 Mar), T6 (25 Mar), T10 (1 Apr). Not T9 (14 Apr), not T1/T2/T5/T7 (before).
        Assert.Equal(4m, PeopleFormulas.Inflow(Tally(t, Period)).Value);
        // Ended: T2 (10 Mar), T4 (2 Apr), T6 (8 Apr), T7 (31 Mar), T10 (10 Apr). Not T8 (9 Mar), not T5 (30 Jun).
        Assert.Equal(5m, PeopleFormulas.Outflow(Tally(t, Period)).Value);
        // Paid work: T2 betaald_werk + T10 betaald_werk_intern; T8's betaald_werk is before the period.
        Assert.Equal(2m, PeopleFormulas.OutflowToPaidWork(Tally(t, Period)).Value);
        // Education: T4.
        Assert.Equal(1m, PeopleFormulas.OutflowToEducation(Tally(t, Period)).Value);
        // Drop-out: T7; T5 drops out only on 30 June.
        Assert.Equal(1m, PeopleFormulas.DropOuts(Tally(t, Period)).Value);
    }

    [Fact]
    public void The_rates_are_100_times_numerator_over_outflow()
    {
        var outflow = Measure.Count(new Cell(5, 0), 5);

        Assert.Equal(40m, PeopleFormulas.Rate(Measure.Count(new Cell(2, 0), 2), outflow).Value);  // P4R = 100 × 2 / 5
        Assert.Equal(60m, PeopleFormulas.Rate(Measure.Count(new Cell(3, 0), 3), outflow).Value);  // P6R = 100 × (2 + 1) / 5
        Assert.Equal(20m, PeopleFormulas.Rate(Measure.Count(new Cell(1, 0), 1), outflow).Value);  // P7R = 100 × 1 / 5
        Assert.Equal(0m, PeopleFormulas.Rate(Measure.Count(new Cell(0, 0), 0), outflow).Value);   // none of 5: a real 0 %
    }

    [Fact]
    public void A_rate_without_outflow_is_no_data_not_zero()
    {
        Assert.Null(PeopleFormulas.Rate(Measure.Count(new Cell(0, 0), 0), Measure.Count(new Cell(0, 0), 0)).Value);
    }

    [Fact]
    public void P8_is_hours_per_week_times_overlap_days_over_seven()
    {
        // 20×35 + 14×1 + 42×1 + 28×14 + 10×35 + 7×15 + 35×22 + 21×10
        //   = 700 + 14 + 42 + 392 + 350 + 105 + 770 + 210 = 2583;  2583 / 7 = 369 hours.
        var p8 = PeopleFormulas.ParticipantHours(Tally(HandMadeSet.Trajectories, Period));

        Assert.Equal(369m, p8.Value);
        Assert.Equal(7, p8.Contributors); // p1 … p6 and p9
    }

    [Fact]
    public void P12_is_P8_over_the_hours_of_one_fte_in_the_period()
    {
        var p8 = PeopleFormulas.ParticipantHours(Tally(HandMadeSet.Trajectories, Period));

        // 36 × 35 / 7 = 180 hours per fte in five weeks; 369 / 180 = 2.05 fte.
        Assert.Equal(2.05m, PeopleFormulas.FullTimeEquivalents(p8, Period, 36m).Value);
        // The fte hours are a setting: with 40 hours, 40 × 35 / 7 = 200; 369 / 200 = 1.845.
        Assert.Equal(1.845m, PeopleFormulas.FullTimeEquivalents(p8, Period, 40m).Value);
    }

    [Fact]
    public void P9_counts_the_certificates_dated_in_the_period()
    {
        // C1 (25 Mar), C2 (1 Apr), C3 (20 Mar), C4 (5 Apr) — attributed or not; C5 (9 Mar) is before the period.
        Assert.Equal(4m, PeopleFormulas.Certificates(Tally(HandMadeSet.Certificates, Period)).Value);
    }

    [Fact]
    public void P10_is_the_mean_length_in_months_of_the_trajectories_ended_in_the_period()
    {
        // Lengths, both ends counted: T2 15 Jan–10 Mar = 17 + 28 + 10 = 55; T4 20 Mar–2 Apr = 14; T6 25 Mar–8 Apr = 15;
        // T7 4 Mar 2024–31 Mar 2025 = 393; T10 1–10 Apr = 10. Σ = 487 days = 487 / 30.4375 = 16 months; 16 / 5 = 3.2.
        Assert.Equal(3.2m, PeopleFormulas.MeanLengthInMonths(Tally(HandMadeSet.Trajectories, Period)).Value);
    }

    [Fact]
    public void P10_of_one_trajectory_of_a_year_and_a_day()
    {
        // 1 Jan – 31 Dec 2024 (leap year) = 366 days; 366 / 30.4375 = 5856 / 487 months.
        var ended = Trajectory(1, "2024-01-01", "2024-12-31", "zorg");

        Assert.Equal(366m / 30.4375m, PeopleFormulas.MeanLengthInMonths(Tally([ended], Facts.Period("2024-12-01", "2024-12-31"))).Value);
    }

    [Fact]
    public void P11_is_the_mean_ladder_rise_over_ended_trajectories_that_have_both_steps()
    {
        // T2 2→5 = +3, T4 3→4 = +1, T7 2→2 = 0, T10 4→6 = +2; T6 has no end step, T8 ended before the period.
        // (3 + 1 + 0 + 2) / 4 = 1.5
        var p11 = PeopleFormulas.MeanLadderRise(Tally(HandMadeSet.Trajectories, Period));

        Assert.Equal(1.5m, p11.Value);
        Assert.Equal(4, p11.Contributors);
    }

    [Fact]
    public void A_ladder_drop_counts_negative()
    {
        var down = Trajectory(1, "2025-01-01", "2025-03-20", "uitval", ladderStart: 4, ladderEnd: 2);
        var up = Trajectory(2, "2025-01-01", "2025-03-21", "betaald_werk", ladderStart: 3, ladderEnd: 4);

        // (−2 + 1) / 2 = −0.5
        Assert.Equal(-0.5m, PeopleFormulas.MeanLadderRise(Tally([down, up], Period)).Value);
    }

    [Fact]
    public void Means_without_anything_to_average_are_no_data_not_zero()
    {
        var running = Trajectory(1, "2025-01-01");
        var endedWithoutLadder = Trajectory(2, "2025-01-01", "2025-03-20", "uitval", ladderStart: 3);

        Assert.Null(PeopleFormulas.MeanLengthInMonths(Tally([running], Period)).Value);
        Assert.Null(PeopleFormulas.MeanLadderRise(Tally([running, endedWithoutLadder], Period)).Value);
        // ... while P10 of the ended one has a value: 1 Jan – 20 Mar = 31 + 28 + 20 = 79 days.
        Assert.Equal(79m / 30.4375m, PeopleFormulas.MeanLengthInMonths(Tally([running, endedWithoutLadder], Period)).Value);
    }

    [Theory]
    [InlineData("2025-03-10", "2025-03-10")] // 1 day
    [InlineData("2025-03-10", "2025-03-14")] // 5 days: P8 = 36 × 5 / 7 is no terminating decimal
    [InlineData("2025-02-01", "2025-02-28")]
    [InlineData("2025-03-01", "2025-03-31")]
    [InlineData("2025-01-01", "2025-03-31")]
    [InlineData("2024-01-01", "2024-12-31")]
    public void One_person_working_36_hours_all_period_is_exactly_one_fte(string from, string to)
    {
        var period = Facts.Period(from, to);
        var fullTime = Trajectory(1, "2020-01-01", hours: 36);

        var p8 = PeopleFormulas.ParticipantHours(Tally([fullTime], period));

        Assert.Equal(1m, PeopleFormulas.FullTimeEquivalents(p8, period, 36m).Value);
        // And two half-timers together too.
        var halves = PeopleFormulas.ParticipantHours(Tally([Trajectory(1, "2020-01-01", hours: 18), Trajectory(2, "2020-01-01", hours: 18)], period));
        Assert.Equal(1m, PeopleFormulas.FullTimeEquivalents(halves, period, 36m).Value);
    }
}
