using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Calculation;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Data.Figures.Results;
using static Dashboard.Tests.Figures.Facts;

namespace Dashboard.Tests.Figures.Calculation;

/// <summary>The totals for a filter: every figure of the hand-made set (see <see cref="HandMadeSet"/>), the filters, "geen gegevens".</summary>
public class IndicatorCalculatorTests
{
    private static IndicatorTable HandMade(IndicatorFilter? filter = null) =>
        Calculate(filter ?? HandMadeSet.Filter, HandMadeSet.Trajectories, HandMadeSet.Certificates, HandMadeSet.Sales);

    public static readonly TheoryData<IndicatorCode, decimal> TotalsOfTheHandMadeSet = new()
    {
        { IndicatorCode.P1, 7m },        // p1 … p6, p9; p1 once for T1 and T6
        { IndicatorCode.P2, 4m },        // T3, T4, T6, T10
        { IndicatorCode.P3, 5m },        // T2, T4, T6, T7, T10
        { IndicatorCode.P4, 2m },        // T2 betaald_werk, T10 betaald_werk_intern
        { IndicatorCode.P4R, 40m },      // 100 × 2 / 5
        { IndicatorCode.P5, 1m },        // T4
        { IndicatorCode.P6R, 60m },      // 100 × (2 + 1) / 5
        { IndicatorCode.P7R, 20m },      // 100 × 1 (T7) / 5
        { IndicatorCode.P8, 369m },      // 2583 / 7
        { IndicatorCode.P9, 4m },        // C1 … C4, the unattributed C4 included; C5 is before the period
        { IndicatorCode.P10, 3.2m },     // 487 days / 30.4375 / 5
        { IndicatorCode.P11, 1.5m },     // (3 + 1 + 0 + 2) / 4
        { IndicatorCode.P12, 2.05m },    // 369 / (36 × 35 / 7)
        { IndicatorCode.E1, 3690m },     // 1645 + 2000 + 45
        { IndicatorCode.E2, 10m },       // 3690 / 369
        { IndicatorCode.E3, 12.36m },    // (1500 + 45) / (120 + 5) = 1545 / 125
        { IndicatorCode.M1, 310m },      // 300 + 10; the 15 horeca items do not count
        { IndicatorCode.M2, 370m },      // 80 + 100 × 0.4 + 10 × 25; horeca 0
        { IndicatorCode.M3, 370m },      // 370 × 1.0
    };

    [Fact]
    public void A_participant_is_counted_once_whatever_the_order_of_the_trajectories()
    {
        // p1 at the shop floor and, later in the list, at the restaurant of the same store, with p2 between them: P1 counts
        // distinct participants in the store (2), per month (2 each) and per practice (REST 1, WINKEL 2); 16 + 16 + 8 hours a week.
        var trajectories = new[]
        {
            Trajectory(1, "2025-01-01", hours: 16), Trajectory(2, "2025-01-01", hours: 16), Trajectory(1, "2025-01-01", practice: AanRest, hours: 8),
        };
        var filter = new IndicatorFilter(Period("2025-01-01", "2025-03-31")) { Stores = new HashSet<long> { StoreAan } };

        Assert.Equal(2m, Calculate(filter, trajectories).Total[IndicatorCode.P1].Value);
        Assert.Equal(["2", "2", "2"], FigureAssert.Column(Calculate(filter, trajectories, breakdown: Dimension.Month).Groups, IndicatorCode.P1));
        Assert.Equal(["1", "2"], FigureAssert.Column(Calculate(filter, trajectories, breakdown: Dimension.Practice).Groups, IndicatorCode.P1));
        Assert.Equal(40m * 90 / 7, Calculate(filter, trajectories).Total[IndicatorCode.P8].Value);
    }

    [Theory]
    [MemberData(nameof(TotalsOfTheHandMadeSet))]
    public void Every_figure_of_the_hand_made_set(IndicatorCode code, decimal expected)
    {
        FigureAssert.Value(expected, HandMade().Total, code);
    }

    [Fact]
    public void The_total_lists_every_indicator_of_the_catalogue()
    {
        Assert.Equal(IndicatorCatalogue.All.Select(i => i.Code).Order(), HandMade().Total.Figures.Keys.Order());
    }

    [Theory]
    // filter, P1, P3, P9, E1 (null = n.v.t.)
    [InlineData("doelgroep zonder_werk", 3, 3, 1, null)]         // T2, T7, T10 (p2, p6, p9); C3 → T2
    [InlineData("doelgroep arbeidsbeperking", 2, 1, 1, null)]    // T1, T5, T6 (p1, p5); T6 ended; C2 → T6
    [InlineData("leeftijdsgroep tot27", 2, 2, 2, null)]          // T1, T4, T6 (p1, p4); T3 has no age group; C1 → T4, C2 → T6
    [InlineData("regeling participatiewet", 3, 2, 1, null)]      // T1, T2, T7; T6 has no scheme; C3 → T2
    [InlineData("traject werkervaring", 5, 3, 1, null)]          // T1, T2, T3, T7, T10; ended T2, T7, T10; C3 → T2
    [InlineData("praktijk AAN/REST", 2, 2, 1, "45")]            // T6, T10; C2; horeca € 45
    [InlineData("soort horeca", 2, 2, 1, "45")]                 // the same practice, chosen by kind
    [InlineData("winkel AAN", 7, 5, 4, "3690")]                  // everything
    [InlineData("organisatie Zwolle", 0, 0, 0, "0")]            // nothing
    [InlineData("Aan de Maas, arbeidsbeperking", 2, 1, 1, null)] // an entity and a participant filter together
    public void A_filter_restricts_people_certificates_and_sales(string filter, int p1, int p3, int p9, string? e1)
    {
        var table = HandMade(Filter(filter));

        FigureAssert.Value(p1, table.Total, IndicatorCode.P1);
        FigureAssert.Value(p3, table.Total, IndicatorCode.P3);
        FigureAssert.Value(p9, table.Total, IndicatorCode.P9);
        if (e1 is null)
        {
            FigureAssert.Status(FigureStatus.NotApplicable, table.Total, IndicatorCode.E1);
        }
        else
        {
            FigureAssert.Value(decimal.Parse(e1, System.Globalization.CultureInfo.InvariantCulture), table.Total, IndicatorCode.E1);
        }
    }

    private static IndicatorFilter Filter(string name)
    {
        var filter = HandMadeSet.Filter;
        return name switch
        {
            "doelgroep zonder_werk" => filter with { TargetGroups = new HashSet<string> { "zonder_werk" } },
            "doelgroep arbeidsbeperking" => filter with { TargetGroups = new HashSet<string> { "arbeidsbeperking" } },
            "leeftijdsgroep tot27" => filter with { AgeGroups = new HashSet<string> { "tot27" } },
            "regeling participatiewet" => filter with { Schemes = new HashSet<string> { "participatiewet" } },
            "traject werkervaring" => filter with { TrajectoryTypes = new HashSet<string> { "werkervaring" } },
            "praktijk AAN/REST" => filter with { Practices = new HashSet<long> { AanRest } },
            "soort horeca" => filter with { PracticeKinds = new HashSet<string> { "horeca" } },
            "winkel AAN" => filter with { Stores = new HashSet<long> { StoreAan } },
            "organisatie Zwolle" => filter with { Organisations = new HashSet<long> { Zwolle } },
            "Aan de Maas, arbeidsbeperking" => filter with
            {
                Organisations = new HashSet<long> { AanDeMaas },
                TargetGroups = new HashSet<string> { "arbeidsbeperking" },
            },
            _ => throw new ArgumentException(name),
        };
    }

    [Fact]
    public void An_unattributed_certificate_counts_only_without_a_participant_filter()
    {
        // C4 (p10, no trajectory) is in the total of 4, but not even when every target group is chosen: 3.
        var everyTargetGroup = HandMadeSet.Filter with
        {
            TargetGroups = new HashSet<string> { "arbeidsbeperking", "zonder_werk", "nieuwkomer", "opleiding", "overig" },
        };

        FigureAssert.Value(4m, HandMade().Total, IndicatorCode.P9);
        FigureAssert.Value(3m, HandMade(everyTargetGroup).Total, IndicatorCode.P9);
        // The people are all still there: every trajectory has a target group.
        FigureAssert.Value(7m, HandMade(everyTargetGroup).Total, IndicatorCode.P1);
    }

    [Fact]
    public void A_certificate_under_a_filter_follows_its_attributed_trajectory_even_when_that_one_ended_earlier()
    {
        // C3 (20 March) is attributed to T2 (zonder_werk), which ended on 10 March: it still counts for zonder_werk,
        // and it counts in a period in which T2 is no longer active at all.
        var afterT2 = new IndicatorFilter(Facts.Period("2025-03-15", "2025-03-31")) { TargetGroups = new HashSet<string> { "zonder_werk" } };

        var table = HandMade(afterT2);

        FigureAssert.Value(1m, table.Total, IndicatorCode.P9);
        FigureAssert.Value(1m, table.Total, IndicatorCode.P1); // only p6 (T7) is active then
    }

    [Fact]
    public void An_empty_period_shows_zero_counts_and_sums_and_no_data_for_ratios_and_means()
    {
        var table = Calculate(new IndicatorFilter(Facts.Period("2023-01-01", "2023-01-31")), HandMadeSet.Trajectories, HandMadeSet.Certificates);

        foreach (var code in new[] { IndicatorCode.P1, IndicatorCode.P2, IndicatorCode.P3, IndicatorCode.P4, IndicatorCode.P5, IndicatorCode.P8,
                     IndicatorCode.P9, IndicatorCode.P12, IndicatorCode.E1, IndicatorCode.M1, IndicatorCode.M2, IndicatorCode.M3 })
        {
            FigureAssert.Value(0m, table.Total, code);
        }
        foreach (var code in new[] { IndicatorCode.P4R, IndicatorCode.P6R, IndicatorCode.P7R, IndicatorCode.P10, IndicatorCode.P11,
                     IndicatorCode.E2, IndicatorCode.E3 })
        {
            FigureAssert.Status(FigureStatus.NoData, table.Total, code);
        }
    }

    [Fact]
    public void Revenue_without_participant_hours_gives_E2_no_data()
    {
        // The bicycle workshop sold for € 100 (no receipts given) but had nobody working there.
        var table = Calculate(HandMadeSet.Filter with { Practices = new HashSet<long> { BleFiets } }, HandMadeSet.Trajectories,
            sales: [Sales(BleFiets, "2025-03", "fietsen", 100m, items: 1, itemsWithoutWeight: 1)]);

        FigureAssert.Value(100m, table.Total, IndicatorCode.E1);
        FigureAssert.Value(0m, table.Total, IndicatorCode.P8);
        FigureAssert.Status(FigureStatus.NoData, table.Total, IndicatorCode.E2);
        FigureAssert.Status(FigureStatus.NoData, table.Total, IndicatorCode.E3);
        FigureAssert.Value(15m, table.Total, IndicatorCode.M2); // 1 × 15 kg
    }

    [Fact]
    public void Ended_trajectories_without_both_ladder_steps_give_P10_but_no_P11()
    {
        var table = Calculate(HandMadeSet.Filter, [Trajectory(1, "2025-03-01", "2025-03-30", "uitval", ladderStart: 2)]);

        FigureAssert.Value(30m / 30.4375m, table.Total, IndicatorCode.P10); // 1–30 March = 30 days
        FigureAssert.Status(FigureStatus.NoData, table.Total, IndicatorCode.P11);
    }

    [Theory]
    // last day with data, today → the default period
    [InlineData("2025-10-15", "2026-11-15", "2025-01-01", "2025-10-15")] // data of last year: that year up to its last day
    [InlineData("2026-03-02", "2026-11-15", "2026-01-01", "2026-03-02")]
    [InlineData("2026-11-15", "2026-11-15", "2026-01-01", "2026-11-15")]
    [InlineData(null, "2026-11-15", "2026-01-01", "2026-11-15")]         // no data at all: this year to date
    public void The_default_period_is_the_year_to_date_up_to_the_last_day_with_data(string? last, string today, string from, string to)
    {
        var period = IndicatorCalculator.DefaultPeriod(last is null ? null : Day(last), Day(today));

        Assert.Equal(Facts.Period(from, to), period);
    }
}
