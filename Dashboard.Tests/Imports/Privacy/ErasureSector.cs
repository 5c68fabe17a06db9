using Dashboard.Data.Imports;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Imports.Privacy;

/// <summary>
/// A small sector for erasure tests, on the standard stores: fourteen participants at Aan de Maas with every kind of
/// attribute, among them <see cref="Erased"/> with two trajectories (one ended in paid work, one running) and two
/// certificates, and seven at Zwolle — one of them with the same code. Imported in two rounds, the second a replace
/// that corrects the erased participant's start date and fills in end dates, as a company's monthly export would; and
/// sales beside it. <see cref="Import"/> can leave the erased participant's rows out, to compute what the figures
/// must be without them independently of the erasure.
/// </summary>
public static class ErasureSector
{
    public const string Erased = "A-003";

    private static readonly string[] TargetGroups = ["arbeidsbeperking", "zonder_werk", "nieuwkomer", "opleiding", "overig"];
    private static readonly string[] AgeGroups = ["tot27", "27tot50", "50plus", ""];
    private static readonly string[] Schemes = ["participatiewet", "wajong", "wia", "inburgering", ""];
    private static readonly string[] Types = ["werkervaring", "leerwerk", "stage_bbl", "vrijwilliger", "dagbesteding"];
    private static readonly string[] Outcomes = ["betaald_werk", "opleiding", "uitval", "zorg", "betaald_werk_intern"];
    private static readonly (string Store, string Practice)[] AanDeMaasPractices = [("AAN", "WINKEL"), ("AAN", "REST"), ("BLE", "FIETS")];
    private static readonly (string Store, string Practice)[] ZwollePractices = [("ZWO", "WINKEL"), ("ZWO", "TEXT")];

    /// <summary>Imports the whole history; without the erased participant's Aan de Maas rows when <paramref name="withoutErased"/>.</summary>
    public static void Import(TestInstallation install, bool withoutErased = false)
    {
        install.WithStandardStores();
        bool Keep(TrajectoryRow row) => !withoutErased || row.Participant != Erased || row.Store == "ZWO";
        bool KeepCertificate(CertificateRow row) => !withoutErased || row.Participant != Erased || row.Store == "ZWO";
        install.ImportOk(ImportKind.Deelnemers, "deelnemers-juni.csv", TrajectoryRow.File(Trajectories(firstRound: true).Where(Keep)));
        install.ImportOk(ImportKind.Certificaten, "certificaten.csv", CertificateRow.File(Certificates().Where(KeepCertificate)));
        install.ImportOk(ImportKind.Verkopen, "verkopen.csv", SaleRow.File(
            SaleRow.Days("AAN", "WINKEL", new DateOnly(2025, 1, 1), new DateOnly(2025, 3, 31))
                .Concat(SaleRow.Days("ZWO", "TEXT", new DateOnly(2025, 2, 1), new DateOnly(2025, 4, 30), variant: 1))));
        install.ImportOk(ImportKind.Deelnemers, "deelnemers-november.csv", TrajectoryRow.File(Trajectories(firstRound: false).Where(Keep)), replace: true);
    }

    private static IEnumerable<TrajectoryRow> Trajectories(bool firstRound)
    {
        for (var n = 1; n <= 14; n++)
        {
            var (store, practice) = AanDeMaasPractices[n % 3];
            var row = new TrajectoryRow
            {
                Participant = $"A-{n:000}", Store = store, Practice = practice,
                TargetGroup = TargetGroups[n % 5], AgeGroup = AgeGroups[n % 4], Scheme = Schemes[n % 5], Type = Types[n % 5],
                Start = $"{n % 28 + 1:00}-{n % 12 + 1:00}-{(n % 3 == 0 ? 2024 : 2025)}", Hours = $"{12 + n % 5 * 6}", LadderStart = $"{n % 3 + 1}",
            };
            if (n == 3)
            {
                // The erased participant: a start date the second round corrects, a job at the end, and a second trajectory.
                row = row with { Store = "AAN", Practice = "REST", Start = firstRound ? "01-02-2025" : "03-02-2025" };
                yield return firstRound ? row : row.Ended("30-09-2025", "betaald_werk", "5");
                yield return row with { Store = "BLE", Practice = "FIETS", Type = "leerwerk", Start = "01-10-2025", Hours = "32" };
                continue;
            }
            var startedBeforeOctober = n % 3 == 0 || n % 12 + 1 < 10;
            yield return !firstRound && n % 2 == 0 && startedBeforeOctober ? row.Ended($"{n % 28 + 1:00}-10-2025", Outcomes[n % 5], $"{n % 3 + 3}") : row;
        }
        for (var n = 1; n <= 7; n++)
        {
            var (store, practice) = ZwollePractices[n % 2];
            var row = new TrajectoryRow
            {
                Participant = n == 3 ? Erased : $"Z-{n:000}", Store = store, Practice = practice,
                TargetGroup = TargetGroups[(n + 2) % 5], AgeGroup = AgeGroups[n % 4], Scheme = Schemes[(n + 1) % 5], Type = Types[(n + 3) % 5],
                Start = $"{n % 28 + 1:00}-{n % 9 + 1:00}-2025", Hours = $"{16 + n % 4 * 4}",
            };
            yield return !firstRound && n % 3 == 0 ? row.Ended("15-10-2025", Outcomes[n % 5], "4") : row;
        }
    }

    private static IEnumerable<CertificateRow> Certificates()
    {
        yield return new CertificateRow { Participant = Erased, Store = "AAN", Practice = "REST", Date = "01-06-2025", Kind = "branchecertificaat", Name = "HACCP" };
        yield return new CertificateRow { Participant = Erased, Store = "BLE", Practice = "FIETS", Date = "01-11-2025", Kind = "praktijkverklaring", Name = "" };
        yield return new CertificateRow { Participant = Erased, Store = "ZWO", Practice = "TEXT", Date = "01-07-2025", Kind = "mbo_certificaat", Name = "" };
        for (var n = 1; n <= 14; n += 3)
        {
            var (store, practice) = AanDeMaasPractices[n % 3];
            yield return new CertificateRow { Participant = $"A-{n:000}", Store = store, Practice = practice, Date = $"{n % 28 + 1:00}-08-2025", Kind = "branchecertificaat", Name = "VCA" };
        }
        yield return new CertificateRow { Participant = "Z-002", Store = "ZWO", Practice = "WINKEL", Date = "10-09-2025", Kind = "mbo_diploma", Name = "" };
    }
}
