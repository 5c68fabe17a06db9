using Dashboard.Data.Annotations;
using Dashboard.Data.Domain;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Data;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Data.Figures.Results;
using Dashboard.Data.Figures.Views;

namespace Dashboard.Tests.Figures.Views;

/// <summary>
/// Which annotations a trend chart shows (docs/weergave-en-export.md#gebeurtenissen): an organisation's when one of its practices is in
/// the filter's scope, a practice's when that practice is, only within the period; each at the month its date falls in.
/// </summary>
public sealed class ChartMarksTests
{
    // Organisation 1 with a restaurant (10) and a bicycle workshop (11); organisation 2 with a shop (20).
    private static readonly IReadOnlyList<PracticeInfo> Practices =
    [
        new(10, "REST", "Restaurant De Pan", "horeca", 100, "AAN", "Aan de Maas Centrum", "Venlo", null, 1, "Kringloop Aan de Maas"),
        new(11, "FIETS", "Fietswerkplaats", "fietsen", 101, "BLE", "Aan de Maas Blerick", "Venlo", null, 1, "Kringloop Aan de Maas"),
        new(20, "WINKEL", "Winkelvloer", "winkel", 200, "ZWO", "Zwolle Noord", "Zwolle", null, 2, "Kringloop Zwolle"),
    ];

    private static readonly Annotation AboutMaas = At(1, 1, null, new DateOnly(2026, 5, 11), "Extra instroom via gemeente");
    private static readonly Annotation AboutBicycles = At(2, 1, 11, new DateOnly(2026, 3, 2), "Nieuwe fietswerkplaats geopend");
    private static readonly Annotation AboutZwolle = At(3, 2, null, new DateOnly(2026, 6, 30), "Verhuisd naar de Katerdijk");
    private static readonly Annotation LastYear = At(4, 1, null, new DateOnly(2025, 12, 31), "Jaarafsluiting");

    private static readonly IReadOnlyList<Annotation> All = [AboutMaas, AboutBicycles, AboutZwolle, LastYear];

    private static readonly Period FirstHalf = new(new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30));

    private static Annotation At(long id, long organisation, long? practice, DateOnly date, string text) =>
        new(id, organisation, practice, date, text, "beheerder", DateTimeOffset.UnixEpoch);

    private static IReadOnlyList<string> Included(IndicatorFilter filter) => ChartMarks.Included(All, filter, Practices).Select(a => a.Text).ToList();

    [Fact]
    public void The_whole_sector_shows_every_annotation_of_the_period_by_date() =>
        Assert.Equal(["Nieuwe fietswerkplaats geopend", "Extra instroom via gemeente", "Verhuisd naar de Katerdijk"], Included(new IndicatorFilter(FirstHalf)));

    [Fact]
    public void An_organisation_shows_its_own_and_those_of_its_practices_not_anothers() =>
        Assert.Equal(["Nieuwe fietswerkplaats geopend", "Extra instroom via gemeente"],
            Included(new IndicatorFilter(FirstHalf) { Organisations = new HashSet<long> { 1 } }));

    [Fact]
    public void A_practice_shows_its_organisations_and_its_own_but_not_a_sister_practices()
    {
        Assert.Equal(["Extra instroom via gemeente"], Included(new IndicatorFilter(FirstHalf) { Practices = new HashSet<long> { 10 } }));
        Assert.Equal(["Nieuwe fietswerkplaats geopend", "Extra instroom via gemeente"],
            Included(new IndicatorFilter(FirstHalf) { Practices = new HashSet<long> { 11 } }));
    }

    [Fact]
    public void A_practice_kind_narrows_the_scope_as_it_narrows_the_figures()
    {
        Assert.Equal(["Verhuisd naar de Katerdijk"], Included(new IndicatorFilter(FirstHalf) { PracticeKinds = new HashSet<string> { "winkel" } }));
        Assert.Equal(["Nieuwe fietswerkplaats geopend", "Extra instroom via gemeente"],
            Included(new IndicatorFilter(FirstHalf) { PracticeKinds = new HashSet<string> { "fietsen" } }));
    }

    [Fact]
    public void Only_days_within_the_period_count_its_first_and_last_included()
    {
        Assert.Equal(["Jaarafsluiting"], Included(new IndicatorFilter(new Period(new DateOnly(2025, 12, 31), new DateOnly(2026, 3, 1))) { Organisations = new HashSet<long> { 1 } }));
        Assert.Equal(["Nieuwe fietswerkplaats geopend"], Included(new IndicatorFilter(new Period(new DateOnly(2026, 3, 2), new DateOnly(2026, 5, 10))) { Organisations = new HashSet<long> { 1 } }));
    }

    [Fact]
    public void A_mark_stands_at_the_month_its_date_falls_in()
    {
        var months = FirstHalf.Split(TimeGrain.Month).Select(m => new IndicatorGroup(m.From.ToString("yyyy-MM"), m.From.ToString("yyyy-MM"), m,
            new Dictionary<IndicatorCode, Figure>())).ToList();
        var chart = new ChartDescription(ChartKind.Line, IndicatorCode.P1, "Actieve deelnemers", "", "deelnemers", "",
            [new ChartSeries("deze periode", months.Select(m => new ChartPoint(ChartDescriptions.MonthLabel(m.Period, Language.Dutch), 10, FigureStatus.Ok)).ToList())]);

        var marked = ChartMarks.On(chart, months, All, new IndicatorFilter(FirstHalf) { Organisations = new HashSet<long> { 1 } }, Practices);

        Assert.Equal([("mrt 2026", "Nieuwe fietswerkplaats geopend", 2L), ("mei 2026", "Extra instroom via gemeente", 1L)],
            marked.Marks.Select(m => (m.Category, m.Text, m.AnnotationId)));
        Assert.Equal("2 mrt 2026: Nieuwe fietswerkplaats geopend", ChartMarks.Describe(marked.Marks[0], Language.Dutch));
        Assert.Equal("2 Mar 2026: Nieuwe fietswerkplaats geopend", ChartMarks.Describe(marked.Marks[0], Language.English));
    }

    [Fact]
    public void A_chart_marks_at_most_twelve_events_the_earliest_first_and_counts_the_rest()
    {
        var months = FirstHalf.Split(TimeGrain.Month).Select(m => new IndicatorGroup(m.From.ToString("yyyy-MM"), m.From.ToString("yyyy-MM"), m,
            new Dictionary<IndicatorCode, Figure>())).ToList();
        var chart = new ChartDescription(ChartKind.Line, IndicatorCode.P1, "Actieve deelnemers", "", "deelnemers", "",
            [new ChartSeries("deze periode", months.Select(m => new ChartPoint(ChartDescriptions.MonthLabel(m.Period, Language.Dutch), 10, FigureStatus.Ok)).ToList())]);
        var many = Enumerable.Range(0, 2000).Select(i => At(100 + i, 1, null, FirstHalf.From.AddDays(i % 180), $"Gebeurtenis {i}")).ToList();

        var marked = ChartMarks.On(chart, months, many, new IndicatorFilter(FirstHalf) { Organisations = new HashSet<long> { 1 } }, Practices);

        Assert.Equal(ChartMarks.MostOnAChart, marked.Marks.Count);
        Assert.Equal(2000 - ChartMarks.MostOnAChart, marked.MarksLeftOut);
        Assert.All(marked.Marks, m => Assert.Equal(FirstHalf.From, m.Date));
    }
}
