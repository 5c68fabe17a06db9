using Dashboard.Data.Figures.Data;
using Dashboard.Data.Figures.Filtering;
using static Dashboard.Tests.Figures.Facts;

namespace Dashboard.Tests.Figures;

/// <summary>
/// The small hand-made data set most indicator tests compute on, with every expected figure worked out by
/// hand. Period: 10 March – 13 April 2025 = 22 + 13 = 35 days (5 weeks, so 1 fte = 36 × 35 / 7 = 180 hours).
/// <code>
///  traj  who  practice    start       end         outcome              h/w  overlap days       h × days  ladder
///  T1    p1   AAN/WINKEL  2024-11-01  (running)                        20   35 (whole period)      700   -
///  T2    p2   AAN/WINKEL  2025-01-15  2025-03-10  betaald_werk         14    1 (ends on 'van')      14   2 → 5
///  T3    p3   AAN/WINKEL  2025-04-13  (running)                        42    1 (starts on 'tot')    42   -
///  T4    p4   AAN/WINKEL  2025-03-20  2025-04-02  opleiding            28   14 (12 + 2)            392   3 → 4
///  T5    p5   AAN/WINKEL  2025-02-01  2025-06-30  uitval               10   35 (crosses both)      350   -
///  T6    p1   AAN/REST    2025-03-25  2025-04-08  ander_traject         7   15 (7 + 8)             105   3 → -
///  T7    p6   AAN/WINKEL  2024-03-04  2025-03-31  uitval               35   22 (10–31 March)       770   2 → 2
///  T8    p7   AAN/WINKEL  2025-01-01  2025-03-09  betaald_werk         30    not active (ended the day before)
///  T9    p8   AAN/WINKEL  2025-04-14  (running)                        30    not active (starts the day after)
///  T10   p9   AAN/REST    2025-04-01  2025-04-10  betaald_werk_intern  21   10                     210   4 → 6
///                                                                          Σ h × days = 2583
/// </code>
/// Participant p1 has two trajectories (T1 at the shop floor, T6 in the restaurant, another trajectory type).
/// Attributes (target group, age group, trajectory type, scheme):
/// T1 arbeidsbeperking tot27 werkervaring participatiewet · T2 zonder_werk 27tot50 werkervaring participatiewet ·
/// T3 nieuwkomer (no age group) werkervaring inburgering · T4 opleiding tot27 stage_bbl geen ·
/// T5 arbeidsbeperking 50plus dagbesteding wsw_beschut · T6 arbeidsbeperking tot27 leerwerk (no scheme) ·
/// T7 zonder_werk 50plus werkervaring participatiewet · T10 zonder_werk 27tot50 werkervaring participatiewet_lks.
/// <para>
/// Certificates (attribution as docs/indicatoren.md#mensen does it): C1 p4 AAN/WINKEL 2025-03-25 branchecertificaat → T4 (active);
/// C2 p1 AAN/REST 2025-04-01 praktijkverklaring → T6 (active; T1 is at another practice); C3 p2 AAN/WINKEL
/// 2025-03-20 mbo_certificaat → T2 (ended 10 March: the latest that started before); C4 p10 AAN/WINKEL
/// 2025-04-05 overig → no trajectory at all; C5 p1 AAN/WINKEL 2025-03-09 → before the period.
/// </para>
/// <para>
/// Sales totals of the period: AAN/WINKEL March kleding_textiel € 1,645.00, 300 items, 80 kg given + 100 items
/// without weight, € 1,500.00 over 120 receipts, 20 rows; AAN/WINKEL April meubels € 2,000.00, 10 items all
/// without weight, no receipts, 10 rows; AAN/REST April horeca € 45.00, 15 items, 3 kg given + 12 items without
/// weight, € 45.00 over 5 receipts, 3 rows.
/// </para>
/// </summary>
public static class HandMadeSet
{
    public static readonly Period Period = Facts.Period("2025-03-10", "2025-04-13");

    public static readonly TrajectoryFact T1 = Trajectory(1, "2024-11-01", hours: 20);
    public static readonly TrajectoryFact T2 = Trajectory(2, "2025-01-15", "2025-03-10", "betaald_werk", hours: 14,
        targetGroup: "zonder_werk", ageGroup: "27tot50", ladderStart: 2, ladderEnd: 5);
    public static readonly TrajectoryFact T3 = Trajectory(3, "2025-04-13", hours: 42,
        targetGroup: "nieuwkomer", ageGroup: null, scheme: "inburgering");
    public static readonly TrajectoryFact T4 = Trajectory(4, "2025-03-20", "2025-04-02", "opleiding", hours: 28,
        targetGroup: "opleiding", type: "stage_bbl", scheme: "geen", ladderStart: 3, ladderEnd: 4);
    public static readonly TrajectoryFact T5 = Trajectory(5, "2025-02-01", "2025-06-30", "uitval", hours: 10,
        ageGroup: "50plus", type: "dagbesteding", scheme: "wsw_beschut");
    public static readonly TrajectoryFact T6 = Trajectory(1, "2025-03-25", "2025-04-08", "ander_traject", hours: 7, practice: AanRest,
        type: "leerwerk", scheme: null, ladderStart: 3);
    public static readonly TrajectoryFact T7 = Trajectory(6, "2024-03-04", "2025-03-31", "uitval", hours: 35,
        targetGroup: "zonder_werk", ageGroup: "50plus", ladderStart: 2, ladderEnd: 2);
    public static readonly TrajectoryFact T8 = Trajectory(7, "2025-01-01", "2025-03-09", "betaald_werk", hours: 30, ladderStart: 1, ladderEnd: 6);
    public static readonly TrajectoryFact T9 = Trajectory(8, "2025-04-14", hours: 30);
    public static readonly TrajectoryFact T10 = Trajectory(9, "2025-04-01", "2025-04-10", "betaald_werk_intern", hours: 21, practice: AanRest,
        targetGroup: "zonder_werk", ageGroup: "27tot50", scheme: "participatiewet_lks", ladderStart: 4, ladderEnd: 6);

    public static readonly IReadOnlyList<TrajectoryFact> Trajectories = [T1, T2, T3, T4, T5, T6, T7, T8, T9, T10];

    public static readonly IReadOnlyList<CertificateFact> Certificates =
    [
        Certificate(4, "2025-03-25", "branchecertificaat", attributedTo: T4),
        Certificate(1, "2025-04-01", "praktijkverklaring", AanRest, attributedTo: T6),
        Certificate(2, "2025-03-20", "mbo_certificaat", attributedTo: T2),
        Certificate(10, "2025-04-05", "overig", attributedTo: null),
        Certificate(1, "2025-03-09", "branchecertificaat", attributedTo: T1),
    ];

    public static readonly IReadOnlyList<SalesFact> Sales =
    [
        Facts.Sales(AanWinkel, "2025-03", "kleding_textiel", 1645.00m, items: 300, weightKg: 80m, itemsWithoutWeight: 100,
            revenueWithTransactions: 1500.00m, transactions: 120, rows: 20),
        Facts.Sales(AanWinkel, "2025-04", "meubels", 2000.00m, items: 10, itemsWithoutWeight: 10, rows: 10),
        Facts.Sales(AanRest, "2025-04", "horeca", 45.00m, items: 15, weightKg: 3m, itemsWithoutWeight: 12,
            revenueWithTransactions: 45.00m, transactions: 5, rows: 3),
    ];

    public static IndicatorFilter Filter => new(Period);
}
