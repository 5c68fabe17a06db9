using System.Globalization;
using Dashboard.Data.Administration;
using Dashboard.Data.Figures.Calculation;
using Dashboard.Data.Figures.Data;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Data.Figures.Results;
using Dashboard.Data.Figures.Settings;

namespace Dashboard.Tests.Figures;

/// <summary>
/// Plain facts for the pure indicator tests: the practices of <see cref="Dashboard.Tests.TestSupport.StandardStores"/>
/// with fixed ids, builders for trajectories, certificates and sales totals, and one call to the calculator.
/// </summary>
public static class Facts
{
    public const long AanDeMaas = 10, Zwolle = 20;
    public const long StoreAan = 100, StoreBle = 200, StoreZwo = 300;

    /// <summary>Practice ids. Display order of a practice breakdown: AAN/REST, AAN/WINKEL, BLE/FIETS, ZWO/TEXT, ZWO/WINKEL.</summary>
    public const long AanWinkel = 1, AanRest = 2, BleFiets = 3, ZwoWinkel = 4, ZwoText = 5;

    public static readonly IReadOnlyList<PracticeInfo> Practices =
    [
        new(AanWinkel, "WINKEL", "Winkelvloer", "winkel", StoreAan, "AAN", "Aan de Maas Centrum", "Venlo", 1250m, AanDeMaas, "Kringloop Aan de Maas"),
        new(AanRest, "REST", "Restaurant De Pan", "horeca", StoreAan, "AAN", "Aan de Maas Centrum", "Venlo", 1250m, AanDeMaas, "Kringloop Aan de Maas"),
        new(BleFiets, "FIETS", "Fietswerkplaats", "fietsen", StoreBle, "BLE", "Aan de Maas Blerick", "Venlo", null, AanDeMaas, "Kringloop Aan de Maas"),
        new(ZwoWinkel, "WINKEL", "Winkelvloer", "winkel", StoreZwo, "ZWO", "Zwolle Noord", "Zwolle", 800m, Zwolle, "Kringloop Zwolle"),
        new(ZwoText, "TEXT", "Textielatelier", "textiel", StoreZwo, "ZWO", "Zwolle Noord", "Zwolle", 800m, Zwolle, "Kringloop Zwolle"),
    ];

    public static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static Period Period(string from, string to) => new(Day(from), Day(to));

    public static TrajectoryFact Trajectory(int participant, string start, string? end = null, string? outcome = null,
        decimal hours = 24, long practice = AanWinkel, string targetGroup = "arbeidsbeperking", string? ageGroup = "tot27",
        string type = "werkervaring", string? scheme = "participatiewet", int? ladderStart = null, int? ladderEnd = null) =>
        new(participant, practice, Day(start), end is null ? null : Day(end), targetGroup, ageGroup, type, scheme, hours,
            end is null ? null : outcome ?? "ander_traject", ladderStart, ladderEnd);

    public static CertificateFact Certificate(int participant, string date, string kind = "branchecertificaat",
        long practice = AanWinkel, TrajectoryFact? attributedTo = null) =>
        new(participant, practice, Day(date), kind, attributedTo);

    /// <summary>A follow-up (nameting) of <paramref name="trajectory"/> on <paramref name="date"/> (docs/nameting.md).</summary>
    public static FollowUpFact FollowUp(TrajectoryFact trajectory, string date, string situation = "betaald_werk", byte key = 0) =>
        new(trajectory, Day(date), situation, key);

    /// <summary>Totals of one practice, month (yyyy-mm) and category, as sales_monthly holds them (euros and kilograms given here).</summary>
    public static SalesFact Sales(long practice, string month, string category, decimal revenue, long items = 0, decimal weightKg = 0,
        long itemsWithoutWeight = 0, decimal revenueWithTransactions = 0, long transactions = 0, long rows = 1) =>
        new(practice, Day(month + "-01"), new SalesSums(category, Cents(revenue), items, (long)(weightKg * 1000m), itemsWithoutWeight,
            Cents(revenueWithTransactions), transactions, rows));

    private static long Cents(decimal euros) => (long)(euros * 100m);

    /// <summary>Money that went into a practice in a year from one funder (docs/importbestanden.md#investeringen), in euros.</summary>
    public static InvestmentFact Investment(long practice, int year, decimal amount, string funder = "gemeente", string description = "Subsidie") =>
        new(practice, year, funder, Cents(amount), description);

    public static SectorSnapshot Snapshot(IEnumerable<TrajectoryFact> trajectories, IEnumerable<CertificateFact>? certificates = null,
        IEnumerable<InvestmentFact>? investments = null, IEnumerable<FollowUpFact>? followUps = null) =>
        new()
        {
            Practices = Practices,
            Trajectories = trajectories.ToList(),
            Certificates = (certificates ?? []).ToList(),
            FollowUps = (followUps ?? []).ToList(),
            Investments = (investments ?? []).ToList(),
        };

    public static IndicatorTable Calculate(IndicatorFilter filter, IEnumerable<TrajectoryFact> trajectories,
        IEnumerable<CertificateFact>? certificates = null, IEnumerable<SalesFact>? sales = null, Dimension? breakdown = null,
        ViewerProfile profile = ViewerProfile.Exact, IndicatorSettings? settings = null, IEnumerable<InvestmentFact>? investments = null,
        IEnumerable<FollowUpFact>? followUps = null) =>
        new IndicatorCalculator(settings ?? IndicatorSettings.Defaults)
            .Calculate(Snapshot(trajectories, certificates, investments, followUps), [(sales ?? []).ToArray()], filter, breakdown, profile);

    /// <summary><paramref name="count"/> distinct participants (numbers from <paramref name="firstParticipant"/>), one trajectory each.</summary>
    public static IEnumerable<TrajectoryFact> People(int count, int firstParticipant, Func<int, TrajectoryFact> trajectory) =>
        Enumerable.Range(firstParticipant, count).Select(trajectory);
}
