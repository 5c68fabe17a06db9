using Dashboard.Data.Administration;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Data.Figures.Results;
using Dashboard.Data.Imports;
using Dashboard.Data.Storage;
using Dashboard.Tests.TestSupport;
using static Dashboard.Tests.Figures.Data.SalesFiguresTests;
using static Dashboard.Tests.Figures.Facts;

namespace Dashboard.Tests.Figures.Data;

/// <summary>
/// The people side end to end: imported trajectories and certificates as the snapshot reads them — who is one
/// person, which trajectory a certificate is attributed to, that a new import shows at once, the default period.
/// </summary>
public class SectorSnapshotTests
{
    private static readonly IndicatorFilter Year2025 = new(Period("2025-01-01", "2025-12-31"));

    private static IndicatorTable Exact(TestInstallation install, IndicatorFilter filter, Dimension? breakdown = null) =>
        Service(install).Calculate(filter, breakdown, ViewerProfile.Exact);

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void The_same_participant_code_at_two_organisations_is_two_people(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider).WithStandardStores();
        install.ImportOk(ImportKind.Deelnemers, "deelnemers.csv", TrajectoryRow.File(
            new TrajectoryRow { Participant = "X-1", Store = "AAN", Practice = "WINKEL", Start = "01-02-2025" },
            new TrajectoryRow { Participant = "X-1", Store = "ZWO", Practice = "WINKEL", Start = "01-03-2025" }, // Kringloop Zwolle
            new TrajectoryRow { Participant = "X-2", Store = "AAN", Practice = "WINKEL", Start = "01-02-2025" },
            new TrajectoryRow { Participant = "X-2", Store = "BLE", Practice = "FIETS", Start = "01-04-2025" }));  // Aan de Maas again

        // X-1 at Aan de Maas, X-1 at Zwolle, X-2 at Aan de Maas (with two trajectories) = 3 people.
        FigureAssert.Value(3m, Exact(install, Year2025).Total, IndicatorCode.P1);
        Assert.Equal(["2", "1"], FigureAssert.Column(Exact(install, Year2025, Dimension.Organisation).Groups, IndicatorCode.P1));
        // Per store X-2 counts in AAN and in BLE: 2 + 1 + 1 = 4 > 3.
        Assert.Equal(["2", "1", "1"], FigureAssert.Column(Exact(install, Year2025, Dimension.Store).Groups, IndicatorCode.P1));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void Imported_certificates_are_attributed_within_their_own_practice_and_organisation(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider).WithStandardStores();
        install.ImportOk(ImportKind.Deelnemers, "deelnemers.csv", TrajectoryRow.File(
            // C-1 at Aan de Maas: running in the restaurant as nieuwkomer, ended at the shop floor as arbeidsbeperking.
            new TrajectoryRow { Participant = "C-1", Practice = "REST", TargetGroup = "nieuwkomer", Start = "01-01-2025" },
            new TrajectoryRow { Participant = "C-1", Practice = "WINKEL", TargetGroup = "arbeidsbeperking", Start = "01-02-2025" }.Ended("30-04-2025"),
            // C-1 at Zwolle is someone else: opleiding.
            new TrajectoryRow { Participant = "C-1", Store = "ZWO", Practice = "WINKEL", TargetGroup = "opleiding", Start = "01-01-2025" }));
        install.ImportOk(ImportKind.Certificaten, "certificaten.csv", CertificateRow.File(
            // At the shop floor after its trajectory ended: the latest that started before → arbeidsbeperking, not the
            // restaurant trajectory that is active that day.
            new CertificateRow { Participant = "C-1", Practice = "WINKEL", Date = "01-06-2025", Kind = "branchecertificaat" },
            // At the bicycle workshop, where C-1 has no trajectory: unattributed.
            new CertificateRow { Participant = "C-1", Store = "BLE", Practice = "FIETS", Date = "02-06-2025", Kind = "praktijkverklaring" },
            // Someone without any trajectory: unattributed.
            new CertificateRow { Participant = "C-9", Practice = "WINKEL", Date = "03-06-2025", Kind = "overig" },
            // C-1 of Zwolle: their own trajectory → opleiding.
            new CertificateRow { Participant = "C-1", Store = "ZWO", Practice = "WINKEL", Date = "04-06-2025", Kind = "mbo_diploma" }));

        FigureAssert.Value(4m, Exact(install, Year2025).Total, IndicatorCode.P9);
        var byTargetGroup = Exact(install, Year2025, Dimension.TargetGroup);
        Assert.Equal(["arbeidsbeperking", "zonder_werk", "nieuwkomer", "opleiding", "overig", "onbekend"], byTargetGroup.Groups.Select(g => g.Key));
        Assert.Equal(["1", "0", "0", "1", "0", "2"], FigureAssert.Column(byTargetGroup.Groups, IndicatorCode.P9));
        var nieuwkomer = Year2025 with { TargetGroups = new HashSet<string> { "nieuwkomer" } };
        FigureAssert.Value(0m, Exact(install, nieuwkomer).Total, IndicatorCode.P9);
        FigureAssert.Value(1m, Exact(install, nieuwkomer).Total, IndicatorCode.P1);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void The_monthly_re_import_with_end_dates_shows_at_once(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider).WithStandardStores();
        var service = Service(install);
        var running = new TrajectoryRow { Participant = "R-1", Start = "01-02-2025", Hours = "32,5" };
        install.ImportOk(ImportKind.Deelnemers, "januari.csv", TrajectoryRow.File(running));
        var february = new IndicatorFilter(Period("2025-02-01", "2025-02-14"));

        var before = service.Calculate(february, null, ViewerProfile.Exact).Total;
        FigureAssert.Value(0m, before, IndicatorCode.P3);
        FigureAssert.Value(65m, before, IndicatorCode.P8); // 32.5 h × 14 days / 7

        install.ImportOk(ImportKind.Deelnemers, "februari.csv", TrajectoryRow.File(running.Ended("14-02-2025", "betaald_werk", "6")));

        var after = service.Calculate(february, null, ViewerProfile.Exact).Total;
        FigureAssert.Value(1m, after, IndicatorCode.P1); // updated, not a second trajectory
        FigureAssert.Value(1m, after, IndicatorCode.P3);
        FigureAssert.Value(1m, after, IndicatorCode.P4);
        FigureAssert.Value(100m, after, IndicatorCode.P4R);
        FigureAssert.Value(4m, after, IndicatorCode.P11); // ladder 2 → 6
        FigureAssert.Value(14m / 30.4375m, after, IndicatorCode.P10);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void The_default_period_runs_to_the_last_day_with_trajectories_certificates_or_sales(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider).WithStandardStores();
        var service = Service(install);
        var today = TestInstallation.Today; // 15 November 2026

        // Nothing yet: this year to date.
        Assert.Equal(Period("2026-01-01", "2026-11-15"), service.DefaultPeriod(today));

        install.ImportOk(ImportKind.Deelnemers, "deelnemers.csv", TrajectoryRow.File(new TrajectoryRow { Start = "01-02-2025" }.Ended("30-09-2025")));
        install.ImportOk(ImportKind.Certificaten, "certificaten.csv", CertificateRow.File(new CertificateRow { Date = "15-10-2025" }));
        install.ImportOk(ImportKind.Verkopen, "verkopen-2025.csv", SaleRow.File(new SaleRow { Date = "31-08-2025" }));
        Assert.Equal(Period("2025-01-01", "2025-10-15"), service.DefaultPeriod(today));

        var spring = install.ImportOk(ImportKind.Verkopen, "verkopen-2026.csv", SaleRow.File(new SaleRow { Date = "31-03-2026" })).BatchId!.Value;
        Assert.Equal(Period("2026-01-01", "2026-03-31"), service.DefaultPeriod(today));

        // An undone import is no data.
        Assert.True(install.Undo.Undo(spring).Succeeded);
        Assert.Equal(Period("2025-01-01", "2025-10-15"), service.DefaultPeriod(today));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void A_protected_view_of_imported_data_hides_small_cells(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider).WithStandardStores();
        install.ImportOk(ImportKind.Deelnemers, "deelnemers.csv", TrajectoryRow.File(
            Enumerable.Range(1, 6).Select(n => TrajectoryRow.Number(n) with { Start = "01-03-2025" })
                .Append(TrajectoryRow.Number(7) with { Start = "01-03-2025", Practice = "WINKEL" })));

        var table = Service(install).Calculate(Year2025, Dimension.Practice, ViewerProfile.Protected);

        // AAN/REST 6, AAN/WINKEL 1 → WINKEL hidden, and REST too (the smallest other non-zero group), for P1 as for P2.
        Assert.Equal(["hidden", "hidden", "0", "0", "0"], FigureAssert.Column(table.Groups, IndicatorCode.P1));
        Assert.Equal(["hidden", "hidden", "0", "0", "0"], FigureAssert.Column(table.Groups, IndicatorCode.P2));
        // The total of 7 trajectories is shown, perturbed by the keys of exactly those 7.
        FigureAssert.Value(HandPerturbation.Count(HandPerturbation.Keys(install, "SELECT record_key FROM trajectories")), table.Total, IndicatorCode.P2);
        Assert.Equal(FigureStatus.Ok, Service(install).Calculate(Year2025, Dimension.Practice, ViewerProfile.Exact).Groups[1][IndicatorCode.P2].Status);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void A_practice_given_another_kind_moves_to_that_kind_at_once(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider).WithStandardStores();
        var service = Service(install);
        install.ImportOk(ImportKind.Deelnemers, "deelnemers.csv", TrajectoryRow.File(new TrajectoryRow { Practice = "REST", Start = "01-03-2025" }));
        Assert.Equal(["winkel", "horeca", "fietsen", "textiel"], service.Calculate(Year2025, Dimension.PracticeKind, ViewerProfile.Exact).Groups.Select(g => g.Key));

        // The restaurant becomes a sorting centre: re-importing winkels updates the kind.
        install.ImportOk(ImportKind.Winkels, "winkels-2.csv", StandardStores.File.Replace("REST;Restaurant De Pan;horeca", "REST;Sorteercentrum;sortering"));

        var byKind = service.Calculate(Year2025, Dimension.PracticeKind, ViewerProfile.Exact);
        Assert.Equal(["winkel", "fietsen", "textiel", "sortering"], byKind.Groups.Select(g => g.Key));
        Assert.Equal(["0", "0", "0", "1"], FigureAssert.Column(byKind.Groups, IndicatorCode.P1));
    }
}
