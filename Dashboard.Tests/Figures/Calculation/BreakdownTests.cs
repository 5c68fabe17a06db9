using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Data.Figures.Results;
using static Dashboard.Tests.Figures.Facts;

namespace Dashboard.Tests.Figures.Calculation;

/// <summary>
/// Breakdowns (docs/indicatoren.md#regels-voor-elk-cijfer): every group in scope gets a row, zeros included, in display order; "onbekend" for a
/// missing value; a participant once per group; time groups clipped to the period. Numbers: see <see cref="HandMadeSet"/>.
/// </summary>
public class BreakdownTests
{
    private static IndicatorTable HandMade(Dimension breakdown, IndicatorFilter? filter = null) =>
        Calculate(filter ?? HandMadeSet.Filter, HandMadeSet.Trajectories, HandMadeSet.Certificates, HandMadeSet.Sales, breakdown);

    private static IReadOnlyList<string> Keys(IndicatorTable table) => table.Groups.Select(g => g.Key).ToList();

    [Fact]
    public void By_practice_every_practice_in_scope_has_a_row_zeros_included()
    {
        var table = HandMade(Dimension.Practice);

        Assert.Equal(["AAN/REST", "AAN/WINKEL", "BLE/FIETS", "ZWO/TEXT", "ZWO/WINKEL"], Keys(table));
        Assert.Equal("Restaurant De Pan (AAN/REST)", table.Groups[0].Label);
        // P1: REST p1 (T6), p9 (T10) = 2; WINKEL p1 (T1), p2, p3, p4, p5, p6 = 6 → 8 together, more than the total 7:
        // p1 counts once in each practice.
        Assert.Equal(["2", "6", "0", "0", "0"], FigureAssert.Column(table.Groups, IndicatorCode.P1));
        FigureAssert.Value(7m, table.Total, IndicatorCode.P1);
        // P8: REST (7 × 15 + 21 × 10) / 7 = 315 / 7 = 45; WINKEL (2583 − 315) / 7 = 2268 / 7 = 324.
        Assert.Equal(["45", "324", "0", "0", "0"], FigureAssert.Column(table.Groups, IndicatorCode.P8));
        // P9: REST C2; WINKEL C1, C3 and the unattributed C4 (certificates go by their own practice).
        Assert.Equal(["1", "3", "0", "0", "0"], FigureAssert.Column(table.Groups, IndicatorCode.P9));
        // E1 per practice: REST 45, WINKEL 1645 + 2000 = 3645.
        Assert.Equal(["45", "3645", "0", "0", "0"], FigureAssert.Column(table.Groups, IndicatorCode.E1));
        // E2 = E1 / P8 of the same group: 45 / 45 = 1; 3645 / 324 = 11.25; no hours → geen gegevens.
        Assert.Equal(["1", "11.25", "geen gegevens", "geen gegevens", "geen gegevens"], FigureAssert.Column(table.Groups, IndicatorCode.E2));
        // P4R: REST 100 × 1 (T10) / 2 (T6, T10) = 50; WINKEL 100 × 1 (T2) / 3 (T2, T4, T7); no outflow → geen gegevens.
        FigureAssert.Value(50m, table.Groups[0], IndicatorCode.P4R);
        FigureAssert.Value(100m * 1 / 3, table.Groups[1], IndicatorCode.P4R);
        FigureAssert.Status(FigureStatus.NoData, table.Groups[2], IndicatorCode.P4R);
        // P12 of a group uses the whole period: REST 45 / 180 = 0.25 fte.
        FigureAssert.Value(0.25m, table.Groups[0], IndicatorCode.P12);
    }

    [Fact]
    public void By_store_organisation_and_practice_kind()
    {
        var byStore = HandMade(Dimension.Store);
        Assert.Equal(["AAN", "BLE", "ZWO"], Keys(byStore));
        Assert.Equal("Aan de Maas Centrum (AAN)", byStore.Groups[0].Label);
        // p1's two trajectories are both in AAN: once.
        Assert.Equal(["7", "0", "0"], FigureAssert.Column(byStore.Groups, IndicatorCode.P1));

        var byOrganisation = HandMade(Dimension.Organisation);
        Assert.Equal(["Kringloop Aan de Maas", "Kringloop Zwolle"], Keys(byOrganisation));
        Assert.Equal(["3690", "0"], FigureAssert.Column(byOrganisation.Groups, IndicatorCode.E1));

        var byKind = HandMade(Dimension.PracticeKind);
        Assert.Equal(["winkel", "horeca", "fietsen", "textiel"], Keys(byKind));
        // winkel: AAN/WINKEL and ZWO/WINKEL together → 6; horeca → 2
        Assert.Equal(["6", "2", "0", "0"], FigureAssert.Column(byKind.Groups, IndicatorCode.P1));
        // M1 of the restaurant is 0: its 15 items are food and drink.
        Assert.Equal(["310", "0", "0", "0"], FigureAssert.Column(byKind.Groups, IndicatorCode.M1));
    }

    [Fact]
    public void An_entity_filter_narrows_the_groups_to_those_in_scope()
    {
        var table = HandMade(Dimension.Practice, HandMadeSet.Filter with { Organisations = new HashSet<long> { Zwolle } });

        Assert.Equal(["ZWO/TEXT", "ZWO/WINKEL"], Keys(table));
        Assert.Equal(["0", "0"], FigureAssert.Column(table.Groups, IndicatorCode.P1));
    }

    [Fact]
    public void By_target_group_an_unattributed_certificate_is_in_onbekend()
    {
        var table = HandMade(Dimension.TargetGroup);

        Assert.Equal(["arbeidsbeperking", "zonder_werk", "nieuwkomer", "opleiding", "overig", "onbekend"], Keys(table));
        // arbeidsbeperking T1, T5, T6 → p1, p5; zonder_werk T2, T7, T10; nieuwkomer T3; opleiding T4.
        Assert.Equal(["2", "3", "1", "1", "0", "0"], FigureAssert.Column(table.Groups, IndicatorCode.P1));
        // C2 → T6 arbeidsbeperking; C3 → T2 zonder_werk; C1 → T4 opleiding; C4 → none: onbekend.
        Assert.Equal(["1", "1", "0", "1", "0", "1"], FigureAssert.Column(table.Groups, IndicatorCode.P9));
        // The groups add up to the total of 4 certificates.
        FigureAssert.Value(4m, table.Total, IndicatorCode.P9);
    }

    [Fact]
    public void By_trajectory_type_a_participant_counts_once_in_each_group()
    {
        var table = HandMade(Dimension.TrajectoryType);

        Assert.Equal(["werkervaring", "leerwerk", "stage_bbl", "vrijwilliger", "dienstverband", "dagbesteding", "overig", "onbekend"], Keys(table));
        // werkervaring T1 (p1), T2, T3, T7, T10 → 5; leerwerk T6 (p1 again) → 1; stage_bbl T4; dagbesteding T5.
        // 5 + 1 + 1 + 1 = 8 > the total of 7.
        Assert.Equal(["5", "1", "1", "0", "0", "1", "0", "0"], FigureAssert.Column(table.Groups, IndicatorCode.P1));
        // P8 splits exactly: werkervaring (700 + 14 + 42 + 770 + 210) / 7 = 1736 / 7 = 248; leerwerk 105 / 7 = 15;
        // stage_bbl 392 / 7 = 56; dagbesteding 350 / 7 = 50.
        Assert.Equal(["248", "15", "56", "0", "0", "50", "0", "0"], FigureAssert.Column(table.Groups, IndicatorCode.P8));
    }

    [Fact]
    public void By_age_group_and_scheme_a_missing_value_is_onbekend()
    {
        var byAge = HandMade(Dimension.AgeGroup);
        Assert.Equal(["tot27", "27tot50", "50plus", "onbekend"], Keys(byAge));
        // tot27 T1, T4, T6 → p1, p4; 27tot50 T2, T10; 50plus T5, T7; T3 has no age group → onbekend.
        Assert.Equal(["2", "2", "2", "1"], FigureAssert.Column(byAge.Groups, IndicatorCode.P1));
        // C1 → T4, C2 → T6 (tot27); C3 → T2 (27tot50); C4 unattributed → onbekend.
        Assert.Equal(["2", "1", "0", "1"], FigureAssert.Column(byAge.Groups, IndicatorCode.P9));

        var byScheme = HandMade(Dimension.Scheme);
        Assert.Equal(["participatiewet", "participatiewet_lks", "wajong", "wia", "wsw_beschut", "inburgering", "geen", "overig", "onbekend"],
            Keys(byScheme));
        // participatiewet T1, T2, T7; lks T10; wsw_beschut T5; inburgering T3; geen T4; T6 (p1) has none → onbekend.
        Assert.Equal(["3", "1", "0", "0", "1", "1", "1", "0", "1"], FigureAssert.Column(byScheme.Groups, IndicatorCode.P1));
    }

    [Fact]
    public void A_participant_filter_keeps_only_the_chosen_groups()
    {
        var table = HandMade(Dimension.TargetGroup, HandMadeSet.Filter with { TargetGroups = new HashSet<string> { "opleiding", "zonder_werk" } });

        // In the order of the code list, not of the filter; no onbekend: C4 is out under a participant filter.
        Assert.Equal(["zonder_werk", "opleiding"], Keys(table));
        Assert.Equal(["3", "1"], FigureAssert.Column(table.Groups, IndicatorCode.P1));
    }

    [Fact]
    public void By_outcome_only_the_figures_about_ended_trajectories_have_values()
    {
        var table = HandMade(Dimension.Outcome);

        Assert.Equal(["betaald_werk", "betaald_werk_intern", "opleiding", "ander_traject", "zorg", "uitval", "onbekend"], Keys(table));
        // T2, T10, T4, T6, –, T7 (T5 drops out only in June), –.
        Assert.Equal(["1", "1", "1", "1", "0", "1", "0"], FigureAssert.Column(table.Groups, IndicatorCode.P3));
        Assert.Equal(["1", "1", "0", "0", "0", "0", "0"], FigureAssert.Column(table.Groups, IndicatorCode.P4));
        Assert.Equal(["100", "100", "0", "0", "geen gegevens", "0", "geen gegevens"], FigureAssert.Column(table.Groups, IndicatorCode.P4R));
        Assert.Equal(["100", "100", "100", "0", "geen gegevens", "0", "geen gegevens"], FigureAssert.Column(table.Groups, IndicatorCode.P6R));
        Assert.Equal(["0", "0", "0", "0", "geen gegevens", "100", "geen gegevens"], FigureAssert.Column(table.Groups, IndicatorCode.P7R));
        // Ladder rise: T2 +3, T10 +2, T4 +1, T6 has no end step, T7 0.
        Assert.Equal(["3", "2", "1", "geen gegevens", "geen gegevens", "0", "geen gegevens"], FigureAssert.Column(table.Groups, IndicatorCode.P11));
        // Length: T2 55 days, T7 393 days.
        FigureAssert.Value(55m / 30.4375m, table.Groups[0], IndicatorCode.P10);
        FigureAssert.Value(393m / 30.4375m, table.Groups[5], IndicatorCode.P10);
        foreach (var code in new[] { IndicatorCode.P1, IndicatorCode.P2, IndicatorCode.P8, IndicatorCode.P9, IndicatorCode.P12, IndicatorCode.E1, IndicatorCode.M2 })
        {
            Assert.All(table.Groups, g => FigureAssert.Status(FigureStatus.NotApplicable, g, code));
        }
    }

    [Fact]
    public void By_certificate_kind_only_P9_has_values()
    {
        var table = HandMade(Dimension.CertificateKind);

        Assert.Equal(["mbo_diploma", "mbo_certificaat", "praktijkverklaring", "branchecertificaat", "overig"], Keys(table));
        // C3 mbo_certificaat, C2 praktijkverklaring, C1 branchecertificaat, C4 overig (unattributed, still counted); C5 is before.
        Assert.Equal(["0", "1", "1", "1", "1"], FigureAssert.Column(table.Groups, IndicatorCode.P9));
        Assert.Equal(["n.v.t.", "n.v.t.", "n.v.t.", "n.v.t.", "n.v.t."], FigureAssert.Column(table.Groups, IndicatorCode.P1));
    }

    // The time data set: 25 January – 7 March 2025 = 7 + 28 + 7 = 42 days.
    //   Ta p1 running since December, 36 h/w;  Tb p2 1 Feb – 7 Mar, 18 h/w, betaald_werk;  Tc p3 3–5 Mar, 21 h/w, uitval.
    //   Certificates 24 Jan (before), 28 Jan, 10 Feb, 20 Feb, 1 Mar. Sales € 10 in January, € 20 in February, € 30 in March.
    private static readonly Period TimePeriod = Facts.Period("2025-01-25", "2025-03-07");

    private static IndicatorTable TimeBreakdown(Dimension grain, Period? period = null) => Calculate(new IndicatorFilter(period ?? TimePeriod),
        [
            Trajectory(1, "2024-12-01", hours: 36),
            Trajectory(2, "2025-02-01", "2025-03-07", "betaald_werk", hours: 18),
            Trajectory(3, "2025-03-03", "2025-03-05", "uitval", hours: 21),
        ],
        [
            Certificate(1, "2025-01-24"), Certificate(1, "2025-01-28"), Certificate(2, "2025-02-10"),
            Certificate(1, "2025-02-20"), Certificate(2, "2025-03-01"),
        ],
        [Sales(AanWinkel, "2025-01", "overig", 10m), Sales(AanWinkel, "2025-02", "overig", 20m), Sales(AanWinkel, "2025-03", "overig", 30m)],
        grain);

    [Fact]
    public void By_month_the_groups_are_named_jjjj_mm_and_clipped_to_the_period()
    {
        var table = TimeBreakdown(Dimension.Month);

        Assert.Equal(["2025-01", "2025-02", "2025-03"], Keys(table));
        Assert.Equal([Facts.Period("2025-01-25", "2025-01-31"), Facts.Period("2025-02-01", "2025-02-28"), Facts.Period("2025-03-01", "2025-03-07")],
            table.Groups.Select(g => g.Period));
        Assert.Equal(["1", "2", "3"], FigureAssert.Column(table.Groups, IndicatorCode.P1));
        Assert.Equal(["0", "1", "1"], FigureAssert.Column(table.Groups, IndicatorCode.P2)); // Tb 1 Feb, Tc 3 Mar
        Assert.Equal(["0", "0", "2"], FigureAssert.Column(table.Groups, IndicatorCode.P3)); // Tb 7 Mar, Tc 5 Mar
        Assert.Equal(["1", "2", "1"], FigureAssert.Column(table.Groups, IndicatorCode.P9)); // 24 Jan is before the period
        Assert.Equal(["10", "20", "30"], FigureAssert.Column(table.Groups, IndicatorCode.E1));
    }

    [Fact]
    public void P12_in_a_month_breakdown_uses_that_months_own_clipped_days()
    {
        var table = TimeBreakdown(Dimension.Month);

        // P8: January (7 days) 36 × 7 / 7 = 36; February 36 × 28 / 7 + 18 × 28 / 7 = 144 + 72 = 216;
        //     March (7 days) 36 × 7 / 7 + 18 × 7 / 7 + 21 × 3 / 7 = 36 + 18 + 9 = 63. Total 315.
        Assert.Equal(["36", "216", "63"], FigureAssert.Column(table.Groups, IndicatorCode.P8));
        FigureAssert.Value(315m, table.Total, IndicatorCode.P8);
        // P12: January 36 / (36 × 7 / 7) = 1; February 216 / (36 × 28 / 7) = 216 / 144 = 1.5; March 63 / 36 = 1.75.
        Assert.Equal(["1", "1.5", "1.75"], FigureAssert.Column(table.Groups, IndicatorCode.P12));
        // The total over 42 days: 315 / (36 × 42 / 7) = 315 / 216.
        FigureAssert.Value(315m / 216m, table.Total, IndicatorCode.P12);
    }

    [Fact]
    public void By_quarter_the_groups_are_named_jjjj_Qn_and_every_quarter_gets_a_row()
    {
        var table = TimeBreakdown(Dimension.Quarter, Facts.Period("2024-11-15", "2025-04-10"));

        Assert.Equal(["2024-Q4", "2025-Q1", "2025-Q2"], Keys(table));
        Assert.Equal([Facts.Period("2024-11-15", "2024-12-31"), Facts.Period("2025-01-01", "2025-03-31"), Facts.Period("2025-04-01", "2025-04-10")],
            table.Groups.Select(g => g.Period));
        Assert.Equal(["1", "2", "0"], FigureAssert.Column(table.Groups, IndicatorCode.P2)); // Ta 1 Dec; Tb, Tc
        Assert.Equal(["0", "5", "0"], FigureAssert.Column(table.Groups, IndicatorCode.P9));
        // Ta runs in all three: December 1 – 31 = 31 days × 36 / 7 in Q4 … Q2 has 10 days: 36 × 10 / 7.
        FigureAssert.Value(36m * 10 / 7, table.Groups[2], IndicatorCode.P8);
    }

    [Fact]
    public void By_year_the_groups_are_named_jjjj()
    {
        var table = TimeBreakdown(Dimension.Year, Facts.Period("2024-12-20", "2026-01-07"));

        Assert.Equal(["2024", "2025", "2026"], Keys(table));
        Assert.Equal([Facts.Period("2024-12-20", "2024-12-31"), Facts.Period("2025-01-01", "2025-12-31"), Facts.Period("2026-01-01", "2026-01-07")],
            table.Groups.Select(g => g.Period));
        // P12 of 2026 (7 days): Ta alone, 36 × 7 / 7 = 36 hours over 36 × 7 / 7 = 36 → exactly 1 fte.
        FigureAssert.Value(1m, table.Groups[2], IndicatorCode.P12);
    }

    [Fact]
    public void A_sales_month_cut_by_the_period_start_stays_in_its_own_month_group()
    {
        // The facts of 15 March – 10 May: the March fact is the part from the 15th, labelled with month March.
        var table = Calculate(new IndicatorFilter(Facts.Period("2025-03-15", "2025-05-10")), [], sales:
        [
            Sales(AanWinkel, "2025-03", "overig", 1m), Sales(AanWinkel, "2025-04", "overig", 2m), Sales(AanWinkel, "2025-05", "overig", 4m),
        ], breakdown: Dimension.Month);

        Assert.Equal(["2025-03", "2025-04", "2025-05"], Keys(table));
        Assert.Equal(["1", "2", "4"], FigureAssert.Column(table.Groups, IndicatorCode.E1));
        FigureAssert.Value(7m, table.Total, IndicatorCode.E1);
    }
}
