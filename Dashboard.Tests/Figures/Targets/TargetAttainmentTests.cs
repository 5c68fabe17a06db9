using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Data;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Data.Figures.Results;
using Dashboard.Data.Figures.Targets;

namespace Dashboard.Tests.Figures.Targets;

/// <summary>
/// docs/indicatoren.md#streefwaarden on targets with hand-computed numbers: which target applies to a view, how it is prorated over
/// year to date, and how attainment is computed.
/// </summary>
public class TargetAttainmentTests
{
    private const long AanDeMaas = 1;
    private const long Zwolle = 2;

    private static readonly PracticeInfo AanWinkel = Practice(1, "AAN", "WINKEL", "winkel", 10, AanDeMaas);
    private static readonly PracticeInfo AanRestaurant = Practice(2, "AAN", "REST", "horeca", 10, AanDeMaas);
    private static readonly PracticeInfo BleFietsen = Practice(3, "BLE", "FIETS", "fietsen", 11, AanDeMaas);
    private static readonly PracticeInfo ZwoWinkel = Practice(4, "ZWO", "WINKEL", "winkel", 20, Zwolle);
    private static readonly PracticeInfo ZwoTextiel = Practice(5, "ZWO", "TEXT", "textiel", 20, Zwolle);
    private static readonly PracticeInfo[] All = [AanWinkel, AanRestaurant, BleFietsen, ZwoWinkel, ZwoTextiel];

    private static readonly Period Year2025 = Period.Year(2025);

    private static PracticeInfo Practice(long id, string store, string code, string kind, long storeId, long organisation) =>
        new(id, code, $"{store} {code}", kind, storeId, store, store, null, null, organisation, $"Organisatie {organisation}");

    private static Figure Ok(IndicatorCode code, decimal value) => new(code, FigureStatus.Ok, value, 10);

    private static IndicatorFilter Filter(Period period) => new(period);

    private static IndicatorFilter OrganisationView(long organisation, Period period) =>
        new(period) { Organisations = new HashSet<long> { organisation } };

    private static IndicatorFilter PracticeView(PracticeInfo practice, Period period) =>
        new(period) { Practices = new HashSet<long> { practice.Id } };

    /// <summary>The practices a filter selects, as the indicator calculator scopes them.</summary>
    private static PracticeInfo[] Scope(IndicatorFilter filter) =>
        All.Where(filter.Includes)
            .ToArray();

    private static Attainment? For(Figure actual, IndicatorFilter filter, params Target[] targets) =>
        TargetAttainment.For(actual, filter, Scope(filter), targets);

    // ---- when: calendar year, year to date, anything else ----

    [Fact]
    public void A_calendar_year_compares_with_the_whole_target()
    {
        // 45 of a target of 60: 45 / 60 × 100 = 75%
        var attainment = For(Ok(IndicatorCode.P2, 45), PracticeView(AanRestaurant, Year2025),
            Target.ForPractice(2025, IndicatorCode.P2, AanRestaurant.Id, 60));

        Assert.Equal(new Attainment(FigureStatus.Ok, 75m, 60m, false), attainment);
    }

    [Fact]
    public void Year_to_date_prorates_a_count_by_the_days_elapsed()
    {
        // 1 January to 31 March 2025 = 31 + 28 + 31 = 90 days: 365 × 90 / 365 = 90; 45 / 90 × 100 = 50%
        var attainment = For(Ok(IndicatorCode.P2, 45), PracticeView(AanRestaurant, Period.YearToDate(new DateOnly(2025, 3, 31))),
            Target.ForPractice(2025, IndicatorCode.P2, AanRestaurant.Id, 365));

        Assert.Equal(new Attainment(FigureStatus.Ok, 50m, 90m, false), attainment);
    }

    [Fact]
    public void Year_to_date_in_a_leap_year_divides_by_366_days()
    {
        // 1 January to 31 March 2024 = 31 + 29 + 31 = 91 days: 366 × 91 / 366 = 91; 91 / 91 × 100 = 100%, achieved
        var attainment = For(Ok(IndicatorCode.P8, 91), PracticeView(AanRestaurant, Period.YearToDate(new DateOnly(2024, 3, 31))),
            Target.ForPractice(2024, IndicatorCode.P8, AanRestaurant.Id, 366));

        Assert.Equal(new Attainment(FigureStatus.Ok, 100m, 91m, true), attainment);
    }

    [Fact]
    public void Year_to_date_prorates_sales_sums_too()
    {
        // 1 January to 30 June 2025 = 181 days: 73,000 × 181 / 365 = 36,200; 36,200 / 36,200 = 100%
        var attainment = For(Ok(IndicatorCode.E1, 36_200), PracticeView(AanRestaurant, Period.YearToDate(new DateOnly(2025, 6, 30))),
            Target.ForPractice(2025, IndicatorCode.E1, AanRestaurant.Id, 73_000));

        Assert.Equal(new Attainment(FigureStatus.Ok, 100m, 36_200m, true), attainment);
    }

    [Theory]
    [InlineData(IndicatorCode.P4R, 30, 24, 80)]  // 24 / 30 × 100 = 80%, the target stays 30% all year
    [InlineData(IndicatorCode.P6R, 50, 55, 110)] // 55 / 50 × 100 = 110%
    [InlineData(IndicatorCode.P11, 1.5, 1.2, 80)] // a mean: 1.2 / 1.5 × 100 = 80%
    [InlineData(IndicatorCode.E2, 8, 10, 125)]   // a money ratio: 10 / 8 × 100 = 125%
    [InlineData(IndicatorCode.P12, 10, 10, 100)] // fte is a level, not an amount that builds up: 10 fte in Q1 meets 10 fte
    public void Year_to_date_does_not_prorate_rates_means_and_fte(IndicatorCode code, double target, double actual, double percent)
    {
        var attainment = For(Ok(code, (decimal)actual), PracticeView(AanRestaurant, Period.YearToDate(new DateOnly(2025, 3, 31))),
            Target.ForPractice(2025, code, AanRestaurant.Id, (decimal)target));

        Assert.NotNull(attainment);
        Assert.Equal((decimal)target, attainment.Target);
        Assert.Equal((decimal)percent, attainment.Percent);
    }

    [Fact]
    public void Year_to_date_on_31_December_is_the_calendar_year()
    {
        var period = Period.YearToDate(new DateOnly(2025, 12, 31));

        Assert.Equal(60m, TargetAttainment.TargetForPeriod(IndicatorCode.P2, period, 60));
    }

    [Fact]
    public void A_one_day_year_to_date_prorates_to_one_day()
    {
        // 1 January 2025 only: 730 × 1 / 365 = 2
        Assert.Equal(2m, TargetAttainment.TargetForPeriod(IndicatorCode.P9, Period.YearToDate(new DateOnly(2025, 1, 1)), 730));
    }

    public static TheoryData<string, Period> OtherPeriods => new()
    {
        { "a custom period", new Period(new DateOnly(2025, 2, 1), new DateOnly(2025, 3, 31)) },
        { "a calendar month that is not January", Period.Month(2025, 5) },
        { "a calendar quarter that is not the first", Period.Quarter(2025, 2) },
        { "a period across two years", new Period(new DateOnly(2025, 1, 1), new DateOnly(2026, 1, 31)) },
        { "a year from July", new Period(new DateOnly(2025, 7, 1), new DateOnly(2026, 6, 30)) },
    };

    [Theory]
    [MemberData(nameof(OtherPeriods))]
    public void Any_other_period_shows_no_attainment(string description, Period period)
    {
        var attainment = For(Ok(IndicatorCode.P2, 45), PracticeView(AanRestaurant, period),
            Target.ForPractice(2025, IndicatorCode.P2, AanRestaurant.Id, 60));

        Assert.True(attainment is null, description);
    }

    [Fact]
    public void The_target_of_the_periods_year_applies_not_another_years()
    {
        var targets = new[]
        {
            Target.ForPractice(2024, IndicatorCode.P2, AanRestaurant.Id, 100),
            Target.ForPractice(2026, IndicatorCode.P2, AanRestaurant.Id, 120),
        };

        Assert.Null(For(Ok(IndicatorCode.P2, 45), PracticeView(AanRestaurant, Year2025), targets));
        Assert.Equal(100m, For(Ok(IndicatorCode.P2, 45), PracticeView(AanRestaurant, Period.Year(2024)), targets)?.Target);
    }

    // ---- how much ----

    [Theory]
    [InlineData(20, 25, 80, false)]   // 20 / 25 × 100 = 80%: more drop-out than the target
    [InlineData(20, 10, 200, true)]   // 20 / 10 × 100 = 200%: half the drop-out allowed
    [InlineData(20, 20, 100, true)]
    public void Drop_out_is_better_lower_so_attainment_is_target_over_actual(double target, double actual, double percent, bool achieved)
    {
        var attainment = TargetAttainment.Of(Ok(IndicatorCode.P7R, (decimal)actual), (decimal)target);

        Assert.Equal(new Attainment(FigureStatus.Ok, (decimal)percent, (decimal)target, achieved), attainment);
    }

    [Fact]
    public void No_drop_out_at_all_is_achieved_without_a_percentage()
    {
        Assert.Equal(new Attainment(FigureStatus.Ok, null, 20m, true), TargetAttainment.Of(Ok(IndicatorCode.P7R, 0), 20));
        Assert.Equal(new Attainment(FigureStatus.Ok, null, 0m, true), TargetAttainment.Of(Ok(IndicatorCode.P7R, 0), 0));
    }

    [Fact]
    public void A_drop_out_target_of_0_with_some_drop_out_shows_no_attainment()
    {
        Assert.Null(TargetAttainment.Of(Ok(IndicatorCode.P7R, 5), 0));
    }

    [Fact]
    public void A_target_of_0_shows_no_attainment()
    {
        Assert.Null(TargetAttainment.Of(Ok(IndicatorCode.P2, 12), 0));
        Assert.Null(TargetAttainment.Of(Ok(IndicatorCode.P2, 0), 0));
    }

    [Fact]
    public void More_than_the_target_is_achieved_and_above_100_percent()
    {
        // 72 / 60 × 100 = 120%
        Assert.Equal(new Attainment(FigureStatus.Ok, 120m, 60m, true), TargetAttainment.Of(Ok(IndicatorCode.P9, 72), 60));
    }

    [Fact]
    public void Trajectory_length_never_has_an_attainment()
    {
        Assert.False(TargetAttainment.CanHaveTarget(IndicatorCode.P10));
        Assert.Null(TargetAttainment.Of(Ok(IndicatorCode.P10, 6), 6));
        Assert.Null(For(Ok(IndicatorCode.P10, 6), PracticeView(AanRestaurant, Year2025),
            Target.ForPractice(2025, IndicatorCode.P10, AanRestaurant.Id, 6)));
    }

    [Theory]
    [InlineData(IndicatorCode.P2)]
    [InlineData(IndicatorCode.P7R)]
    public void A_hidden_actual_hides_the_attainment(IndicatorCode code)
    {
        var hidden = new Figure(code, FigureStatus.Hidden, null, 3);

        Assert.Equal(new Attainment(FigureStatus.Hidden, null, 20m, false), TargetAttainment.Of(hidden, 20));
    }

    [Theory]
    [InlineData(FigureStatus.NoData)]
    [InlineData(FigureStatus.NotApplicable)]
    public void A_figure_without_data_or_not_applicable_has_no_attainment(FigureStatus status)
    {
        Assert.Null(TargetAttainment.Of(new Figure(IndicatorCode.P4R, status, null, 0), 30));
    }

    // ---- which target: organisation, one practice, several practices ----

    [Fact]
    public void An_organisation_view_uses_the_organisations_target_not_its_practices()
    {
        var targets = new[]
        {
            Target.ForOrganisation(2025, IndicatorCode.P2, AanDeMaas, 100),
            Target.ForPractice(2025, IndicatorCode.P2, AanWinkel.Id, 10),
            Target.ForPractice(2025, IndicatorCode.P2, AanRestaurant.Id, 20),
            Target.ForPractice(2025, IndicatorCode.P2, BleFietsen.Id, 30),
            Target.ForOrganisation(2025, IndicatorCode.P2, Zwolle, 999),
        };

        // 80 / 100 × 100 = 80%
        Assert.Equal(new Attainment(FigureStatus.Ok, 80m, 100m, false), For(Ok(IndicatorCode.P2, 80), OrganisationView(AanDeMaas, Year2025), targets));
    }

    [Fact]
    public void An_organisation_view_without_an_organisation_target_shows_none_even_when_every_practice_has_one()
    {
        var targets = new[]
        {
            Target.ForPractice(2025, IndicatorCode.P2, AanWinkel.Id, 10),
            Target.ForPractice(2025, IndicatorCode.P2, AanRestaurant.Id, 20),
            Target.ForPractice(2025, IndicatorCode.P2, BleFietsen.Id, 30),
        };

        Assert.Null(For(Ok(IndicatorCode.P2, 80), OrganisationView(AanDeMaas, Year2025), targets));
    }

    [Fact]
    public void A_view_of_one_practice_uses_that_practices_target_not_the_organisations()
    {
        var targets = new[]
        {
            Target.ForOrganisation(2025, IndicatorCode.P4R, AanDeMaas, 25),
            Target.ForPractice(2025, IndicatorCode.P4R, AanRestaurant.Id, 40),
            Target.ForPractice(2025, IndicatorCode.P4R, AanWinkel.Id, 10),
        };

        // 30 / 40 × 100 = 75%; a rate of one practice needs no summing
        Assert.Equal(new Attainment(FigureStatus.Ok, 75m, 40m, false), For(Ok(IndicatorCode.P4R, 30), PracticeView(AanRestaurant, Year2025), targets));
    }

    [Fact]
    public void A_view_that_narrows_to_exactly_one_practice_in_another_way_uses_that_practices_target()
    {
        // the store BLE has only its bicycle workshop; an organisation with a practice kind narrows to one practice too
        var byStore = new IndicatorFilter(Year2025) { Stores = new HashSet<long> { BleFietsen.StoreId } };
        var byKind = OrganisationView(Zwolle, Year2025) with { PracticeKinds = new HashSet<string> { "textiel" } };
        var targets = new[]
        {
            Target.ForPractice(2025, IndicatorCode.P8, BleFietsen.Id, 4_000),
            Target.ForPractice(2025, IndicatorCode.P8, ZwoTextiel.Id, 2_000),
            Target.ForOrganisation(2025, IndicatorCode.P8, Zwolle, 50_000),
        };

        Assert.Equal(4_000m, For(Ok(IndicatorCode.P8, 3_000), byStore, targets)?.Target);
        Assert.Equal(2_000m, For(Ok(IndicatorCode.P8, 3_000), byKind, targets)?.Target);
    }

    [Fact]
    public void Several_practices_sum_their_targets_for_a_count_when_every_one_has_a_target()
    {
        var shopFloors = new IndicatorFilter(Year2025) { PracticeKinds = new HashSet<string> { "winkel" } };
        var targets = new[]
        {
            Target.ForPractice(2025, IndicatorCode.P1, AanWinkel.Id, 40),
            Target.ForPractice(2025, IndicatorCode.P1, ZwoWinkel.Id, 20),
            Target.ForPractice(2025, IndicatorCode.P1, AanRestaurant.Id, 99),
            Target.ForOrganisation(2025, IndicatorCode.P1, AanDeMaas, 500),
        };

        // 40 + 20 = 60 (the restaurant is not a shop floor); 45 / 60 × 100 = 75%
        Assert.Equal(new Attainment(FigureStatus.Ok, 75m, 60m, false), For(Ok(IndicatorCode.P1, 45), shopFloors, targets));
    }

    [Fact]
    public void Several_practices_sum_then_prorate_for_year_to_date()
    {
        var aanStore = new IndicatorFilter(Period.YearToDate(new DateOnly(2025, 3, 31))) { Stores = new HashSet<long> { AanWinkel.StoreId } };
        var targets = new[]
        {
            Target.ForPractice(2025, IndicatorCode.E1, AanWinkel.Id, 292_000),
            Target.ForPractice(2025, IndicatorCode.E1, AanRestaurant.Id, 73_000),
        };

        // (292,000 + 73,000) × 90 / 365 = 90,000; 45,000 / 90,000 × 100 = 50%
        Assert.Equal(new Attainment(FigureStatus.Ok, 50m, 90_000m, false), For(Ok(IndicatorCode.E1, 45_000), aanStore, targets));
    }

    [Fact]
    public void Several_practices_show_no_target_when_one_of_them_has_none()
    {
        var shopFloors = new IndicatorFilter(Year2025) { PracticeKinds = new HashSet<string> { "winkel" } };
        var targets = new[]
        {
            Target.ForPractice(2025, IndicatorCode.P1, AanWinkel.Id, 40),
            Target.ForPractice(2024, IndicatorCode.P1, ZwoWinkel.Id, 20),
            Target.ForPractice(2025, IndicatorCode.P2, ZwoWinkel.Id, 20),
        };

        Assert.Null(For(Ok(IndicatorCode.P1, 45), shopFloors, targets));
    }

    [Theory]
    [InlineData(IndicatorCode.P4R)]
    [InlineData(IndicatorCode.P7R)]
    [InlineData(IndicatorCode.P11)]
    [InlineData(IndicatorCode.E2)]
    public void Several_practices_have_no_target_for_a_rate_or_mean(IndicatorCode code)
    {
        var shopFloors = new IndicatorFilter(Year2025) { PracticeKinds = new HashSet<string> { "winkel" } };
        var targets = new[] { Target.ForPractice(2025, code, AanWinkel.Id, 40), Target.ForPractice(2025, code, ZwoWinkel.Id, 20) };

        Assert.Null(For(Ok(code, 30), shopFloors, targets));
    }

    [Fact]
    public void Two_organisations_together_sum_their_practices_targets_not_their_organisation_targets()
    {
        var both = new IndicatorFilter(Year2025) { Organisations = new HashSet<long> { AanDeMaas, Zwolle } };
        var targets = All.Select(p => Target.ForPractice(2025, IndicatorCode.P9, p.Id, 10))
            .Append(Target.ForOrganisation(2025, IndicatorCode.P9, AanDeMaas, 500))
            .ToArray();

        // 5 practices × 10 = 50
        Assert.Equal(50m, For(Ok(IndicatorCode.P9, 25), both, targets)?.Target);
    }

    [Fact]
    public void A_participant_attribute_filter_shows_no_target()
    {
        var targets = new[]
        {
            Target.ForOrganisation(2025, IndicatorCode.P2, AanDeMaas, 100),
            Target.ForPractice(2025, IndicatorCode.P2, AanRestaurant.Id, 20),
        };
        var newcomers = OrganisationView(AanDeMaas, Year2025) with { TargetGroups = new HashSet<string> { "nieuwkomer" } };
        var young = PracticeView(AanRestaurant, Year2025) with { AgeGroups = new HashSet<string> { "tot27" } };

        Assert.Null(For(Ok(IndicatorCode.P2, 40), newcomers, targets));
        Assert.Null(For(Ok(IndicatorCode.P2, 10), young, targets));
    }

    [Fact]
    public void A_view_without_any_practice_in_scope_has_no_target()
    {
        Assert.Null(TargetAttainment.YearTarget(IndicatorCode.P2, Filter(Year2025), [], [Target.ForPractice(2025, IndicatorCode.P2, 1, 5)]));
    }

    [Fact]
    public void An_organisation_view_is_one_organisation_and_nothing_narrower()
    {
        Assert.True(TargetAttainment.IsOrganisationView(OrganisationView(AanDeMaas, Year2025)));
        Assert.False(TargetAttainment.IsOrganisationView(Filter(Year2025)));
        Assert.False(TargetAttainment.IsOrganisationView(new IndicatorFilter(Year2025) { Organisations = new HashSet<long> { AanDeMaas, Zwolle } }));
        Assert.False(TargetAttainment.IsOrganisationView(OrganisationView(AanDeMaas, Year2025) with { Stores = new HashSet<long> { 10 } }));
        Assert.False(TargetAttainment.IsOrganisationView(OrganisationView(AanDeMaas, Year2025) with { PracticeKinds = new HashSet<string> { "horeca" } }));
        Assert.False(TargetAttainment.IsOrganisationView(OrganisationView(AanDeMaas, Year2025) with { Practices = new HashSet<long> { 2 } }));
        Assert.False(TargetAttainment.IsOrganisationView(OrganisationView(AanDeMaas, Year2025) with { Schemes = new HashSet<string> { "wajong" } }));
    }
}
