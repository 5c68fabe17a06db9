using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Results;
using Dashboard.Data.Figures.Views;

namespace Dashboard.Tests.Exports.Charts;

/// <summary>Hand-built chart descriptions, shaped as <see cref="ChartDescriptions"/> builds them, for the export tests.</summary>
public static class SampleCharts
{
    public const string Source = "Bron: Kringloop Aan de Maas · ImpactDashboard · gegevens t/m 31-12-2025 · geëxporteerd 15-01-2026";
    public const string Subtitle = "2025 · Kringloop Aan de Maas en Kringloop Zwolle · alle praktijken";

    /// <summary>Four stores, one of them hidden, with the median of the stores shown.</summary>
    public static ChartDescription BarWithHiddenAndMedian(string title = "Actieve deelnemers") => new(ChartKind.Bar, IndicatorCode.P1,
        title, Subtitle, "deelnemers", Source,
        [new ChartSeries("deze periode", [Ok("Zwolle Noord", 1250), Ok("Aan de Maas Centrum", 864), Ok("Venlo Zuid", 312), Hidden("Aan de Maas Blerick")])],
        Median: 864, MedianLabel: "mediaan");

    /// <summary>Inflow per month against a year earlier; this year's March and August and last year's June hidden.</summary>
    public static ChartDescription LineWithHiddenPoints() => new(ChartKind.Line, IndicatorCode.P2, "Instroom", Subtitle, "trajecten", Source,
    [
        new ChartSeries("deze periode", Months(12, 9, null, 15, 21, 18, 11, null, 17, 23, 19, 14)),
        new ChartSeries("een jaar eerder", Months(8, 10, 12, 9, 14, null, 9, 7, 12, 16, 13, 11)),
    ]);

    /// <summary>
    /// The social value's waterfall of one row (docs/maatschappelijke-waarde.md#berekening): 10 outcomes at € 1,000, deadweight
    /// 20 %, displacement 10 %, attribution 25 %, drop-off 50 %, 3 years at 5 %.
    /// </summary>
    public static ChartDescription Waterfall() => new(ChartKind.Waterfall, IndicatorCode.W1, "Van bruto waarde naar maatschappelijke waarde",
        Subtitle, "€", Source,
        [new ChartSeries("deze periode", [Ok("Bruto waarde", 10_000), Ok("− Deadweight", -2_000), Ok("− Verplaatsing", -800),
            Ok("− Toerekening", -1_800), Ok("+ Latere jaren", 4_050), Ok("− Verdisconteren", -691.98m), Ok("Waarde", 8_758.02m)])]);

    /// <summary>The funnel of the practice page, paid work hidden.</summary>
    public static ChartDescription Funnel() => new(ChartKind.Bar, IndicatorCode.P1, "Van instroom naar betaald werk", Subtitle,
        "deelnemers / trajecten", Source,
        [new ChartSeries("deze periode", [Ok("Instroom", 48), Ok("Actief", 131), Ok("Uitstroom", 27), Hidden("Betaald werk")])]);

    /// <summary>The store comparison across 18 stores with long names, one hidden, with the median.</summary>
    public static ChartDescription EighteenStores()
    {
        string[] places = ["Venlo", "Zwolle", "Blerick", "Tegelen", "Kampen", "Deventer", "Meppel", "Roermond", "Weert",
            "Helmond", "Sittard", "Geleen", "Hengelo", "Almelo", "Oldenzaal", "Emmen", "Assen", "Hoogeveen"];
        var points = places.Select((p, i) => i == 16
            ? Hidden($"Kringloopcentrum {p} Noordoost")
            : Ok($"Kringloopcentrum {p} Noordoost", 62.5m - i * 2.75m)).ToList();
        return new ChartDescription(ChartKind.Bar, IndicatorCode.P4R, "% uitstroom naar betaald werk", Subtitle, "% van de uitstroom", Source,
            [new ChartSeries("deze periode", points)], Median: 40.5m, MedianLabel: "mediaan");
    }

    /// <summary>A breakdown against a year earlier: two series of bars, one of them with a gap for "n.v.t.".</summary>
    public static ChartDescription BreakdownWithLastYear() => new(ChartKind.Bar, IndicatorCode.P1, "Actieve deelnemers", Subtitle, "deelnemers", Source,
    [
        new ChartSeries("deze periode", [Ok("Arbeidsbeperking", 84), Ok("Statushouder", 41), Ok("Langdurig werkloos (bijstand)", 129), Ok("Overig", 17)]),
        new ChartSeries("een jaar eerder", [Ok("Arbeidsbeperking", 77), Hidden("Statushouder"), Ok("Langdurig werkloos (bijstand)", 118),
            new ChartPoint("Overig", null, FigureStatus.NotApplicable)]),
    ]);

    /// <summary>Eight stores with names of 30 characters and more: upright bars, the names wrapped.</summary>
    public static ChartDescription EightLongNames() => new(ChartKind.Bar, IndicatorCode.E1, "Omzet", Subtitle, "euro", Source,
    [
        new ChartSeries("deze periode", Enumerable.Range(0, 8).Select(i => i == 5
            ? Hidden($"Kringloopwinkel De Tweede Ronde {i + 1}")
            : Ok($"Kringloopwinkel De Tweede Ronde {i + 1}", 184_250m - i * 17_340m)).ToList()),
    ]);

    /// <summary>Three years of months: too many to set straight, so turned.</summary>
    public static ChartDescription ThirtySixMonths()
    {
        string[] names = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"];
        var points = Enumerable.Range(0, 36).Select(i => i == 20
            ? Hidden($"{names[i % 12]} {2023 + i / 12}")
            : Ok($"{names[i % 12]} {2023 + i / 12}", 40 + (i * 37 % 23))).ToList();
        return new ChartDescription(ChartKind.Line, IndicatorCode.P1, "Actieve deelnemers", "jan 2023 – dec 2025 · alle organisaties", "deelnemers", Source,
            [new ChartSeries("deze periode", points)]);
    }

    /// <summary>A long title and a long filter in words, normalised per 1.000 participant hours: texts that must wrap.</summary>
    public static ChartDescription LongTexts() => new(ChartKind.Bar, IndicatorCode.P1,
        "Actieve deelnemers per 1.000 deelnemersuren in de gekozen winkels, vergeleken met dezelfde periode een jaar eerder",
        "1 januari 2025 t/m 30 september 2025 · Kringloop Aan de Maas, Kringloop Zwolle, Kringloopcentrum De Nieuwe Kans en Stichting Tweede Ronde · "
            + "alleen winkelvloer en textielatelier · doelgroep: statushouders en jongeren tot 27 jaar · regeling: participatiewet",
        "deelnemers per 1.000 deelnemersuren", Source + " · berekend met k = 5 en 1 fte = 36 uur per week",
        [
            new ChartSeries("deze periode", [Ok("Winkelvloer", 0.012m), Ok("Textielatelier", 0.0075m), Hidden("Fietswerkplaats")]),
            new ChartSeries("een jaar eerder", [Ok("Winkelvloer", 0.0104m), Ok("Textielatelier", 0.0081m), Ok("Fietswerkplaats", 0.0032m)]),
        ],
        Median: 0.0075m, MedianLabel: "mediaan");

    /// <summary>A selection without groups: no plot, a message.</summary>
    public static ChartDescription Empty() => new(ChartKind.Bar, IndicatorCode.P1, "Actieve deelnemers", Subtitle, "deelnemers", Source, []);

    public static IEnumerable<(string Name, ChartDescription Chart)> All() =>
    [
        ("bar", BarWithHiddenAndMedian()),
        ("line", LineWithHiddenPoints()),
        ("funnel", Funnel()),
        ("stores", EighteenStores()),
        ("breakdown", BreakdownWithLastYear()),
        ("eight", EightLongNames()),
        ("months", ThirtySixMonths()),
        ("long", LongTexts()),
        ("empty", Empty()),
    ];

    public static ChartDescription Named(string name) => All().Single(c => c.Name == name).Chart;

    private static ChartPoint Ok(string category, decimal value) => new(category, value, FigureStatus.Ok);

    private static ChartPoint Hidden(string category) => new(category, null, FigureStatus.Hidden);

    private static List<ChartPoint> Months(params int?[] values)
    {
        string[] names = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"];
        return values.Select((v, i) => v is { } value ? Ok($"{names[i]} 2025", value) : Hidden($"{names[i]} 2025")).ToList();
    }
}
