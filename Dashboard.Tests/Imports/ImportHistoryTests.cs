using Dashboard.Data.Administration;
using Dashboard.Data.Imports;
using Dashboard.Data.Storage;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Imports;

/// <summary>The history a scoped user sees: the batches whose stored rows all belong to their organisations (issue 7).</summary>
public class ImportHistoryTests
{
    private static readonly DateOnly March1 = new(2025, 3, 1);
    private static readonly DateOnly March31 = new(2025, 3, 31);

    private static long Imported(ImportOutcome outcome) => ImportAssert.Succeeded(outcome).BatchId!.Value;

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void A_scoped_user_sees_only_batches_whose_rows_all_belong_to_their_organisations(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider).WithStandardStores();
        var aanDeMaas = install.ScopeOf(StandardStores.AanDeMaas);
        var trajectories = Imported(install.Import(ImportKind.Deelnemers, "deelnemers.csv", TrajectoryRow.File(TrajectoryRow.Number(1)), aanDeMaas));
        var certificates = Imported(install.Import(ImportKind.Certificaten, "certificaten.csv", CertificateRow.File(new CertificateRow { Store = "BLE", Practice = "FIETS" })));
        var zwolle = Imported(install.Import(ImportKind.Verkopen, "zwolle.csv", SaleRow.File(SaleRow.Days("ZWO", "TEXT", March1, March31))));
        var both = Imported(install.Import(ImportKind.Verkopen, "beide.csv", SaleRow.File(SaleRow.Days("AAN", "REST", March1, March31).Concat(SaleRow.Days("ZWO", "WINKEL", March1, March31)))));
        var aan = Imported(install.Import(ImportKind.Verkopen, "aan.csv", SaleRow.File(SaleRow.Days("AAN", "WINKEL", March1, March31)), aanDeMaas));
        var history = new ImportHistory(install.Database);

        Assert.Equal([aan, certificates, trajectories], history.List(aanDeMaas).Select(b => b.Id));
        Assert.Equal([zwolle], history.List(install.ScopeOf(StandardStores.Zwolle)).Select(b => b.Id));
        Assert.Equal([aan, both, zwolle, certificates, trajectories], history.List(install.ScopeOf(StandardStores.AanDeMaas, StandardStores.Zwolle)).Select(b => b.Id));
        Assert.Equal(history.List().Select(b => b.Id), history.List(AccessScope.Everything).Select(b => b.Id));
        Assert.Equal(6, history.List().Count);
        Assert.Empty(history.List(AccessScope.Of([])));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void A_stores_file_tells_no_organisation_so_only_the_unlimited_scope_sees_it(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider);
        var stores = Imported(install.Import(ImportKind.Winkels, "winkels.csv", StandardStores.File));
        var own = Imported(install.Import(ImportKind.Winkels, "eigen.csv",
            $"{StandardStores.Header}\nKringloop Aan de Maas;TEG;Aan de Maas Tegelen;Tegelen;WINKEL;Winkelvloer;winkel;", install.ScopeOf(StandardStores.AanDeMaas)));
        var history = new ImportHistory(install.Database);

        Assert.Empty(history.List(install.ScopeOf(StandardStores.AanDeMaas)));
        Assert.Equal([own, stores], history.List(AccessScope.Everything).Select(b => b.Id));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void An_undone_sales_batch_stays_in_its_organisations_history_and_a_batch_whose_rows_were_taken_over_leaves_it(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider).WithStandardStores();
        var aanDeMaas = install.ScopeOf(StandardStores.AanDeMaas);
        var sales = Imported(install.Import(ImportKind.Verkopen, "aan.csv", SaleRow.File(SaleRow.Days("AAN", "WINKEL", March1, March31)), aanDeMaas));
        Assert.True(install.Undo.Undo(sales, aanDeMaas).Succeeded);
        var first = Imported(install.Import(ImportKind.Deelnemers, "januari.csv", TrajectoryRow.File(TrajectoryRow.Number(1)), aanDeMaas));
        var history = new ImportHistory(install.Database);
        Assert.Equal([first, sales], history.List(aanDeMaas).Select(b => b.Id));

        // The monthly re-export: the same trajectory again, now carried by the new batch.
        var second = Imported(install.Import(ImportKind.Deelnemers, "februari.csv", TrajectoryRow.File(TrajectoryRow.Number(1).Ended("01-02-2026")), aanDeMaas));

        Assert.Equal([second, sales], history.List(aanDeMaas).Select(b => b.Id));
        Assert.True(history.List(aanDeMaas).Single(b => b.Id == sales).IsUndone);
    }
}
