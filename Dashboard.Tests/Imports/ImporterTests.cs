using Dashboard.Data.Imports;
using Dashboard.Data.Storage;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Imports;

/// <summary>One import is all or nothing (docs/importbestanden.md#algemene-regels): a bad row anywhere, a cancellation, a refusal — every table stays as it was.</summary>
public class ImporterTests
{
    /// <summary>An installation with stores, trajectories, certificates and sales already in it.</summary>
    private static TestInstallation Populated(DatabaseProvider provider)
    {
        var install = new TestInstallation(provider: provider).WithStandardStores();
        install.ImportOk(ImportKind.Deelnemers, "deelnemers.csv", TrajectoryRow.File(Enumerable.Range(1, 20).Select(TrajectoryRow.Number)));
        install.ImportOk(ImportKind.Certificaten, "certificaten.csv", CertificateRow.File(new CertificateRow()));
        install.ImportOk(ImportKind.Verkopen, "maart.csv", SaleRow.File(SaleRow.Days("AAN", "WINKEL", new(2025, 3, 1), new(2025, 3, 31))));
        return install;
    }

    /// <summary><paramref name="count"/> sales rows, a few a day from 1 January 2000 on, for AAN/WINKEL and ZWO/TEXT.</summary>
    private static List<SaleRow> ManySales(int count) =>
        SaleRow.Days("AAN", "WINKEL", new(2000, 1, 1), new(2024, 12, 31))
            .Select((row, i) => i % 2 == 0 ? row : row with { Store = "ZWO", Practice = "TEXT" })
            .Take(count).ToList();

    public static TheoryData<DatabaseProvider, bool> ReplaceOrNot => Providers.Each(false, true);

    [Theory]
    [MemberData(nameof(ReplaceOrNot))]
    public void A_large_sales_file_with_one_bad_row_at_row_5000_leaves_every_table_unchanged(DatabaseProvider provider, bool replace)
    {
        using var install = Populated(provider);
        var rows = ManySales(10_000);
        Assert.Equal(10_000, rows.Count);
        rows[4998] = rows[4998] with { Revenue = "310.5" }; // file row 5,000
        var before = install.Snapshot();

        var outcome = install.Import(ImportKind.Verkopen, "groot.csv", SaleRow.File(rows), replace);

        Assert.False(outcome.Succeeded);
        var problem = ImportAssert.RefusedAt(outcome, 5000, "omzet");
        Assert.Equal("310.5", problem.Value);
        Assert.Equal(before, install.Snapshot());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void The_same_large_sales_file_without_the_bad_row_imports_completely(DatabaseProvider provider)
    {
        using var install = Populated(provider);
        var rows = ManySales(10_000);

        var outcome = ImportAssert.Succeeded(install.Import(ImportKind.Verkopen, "groot.csv", SaleRow.File(rows)));

        Assert.Equal(10_000, outcome.Summary!.Rows);
        Assert.Equal(10_000, install.Query<long>($"SELECT COUNT(*) FROM sales WHERE batch_id = {outcome.BatchId}"));
        SalesMonthlyCheck.AssertMatchesSales(install);
    }

    [Theory]
    [MemberData(nameof(ReplaceOrNot))]
    public void A_large_trajectories_file_with_one_bad_row_leaves_every_table_unchanged(DatabaseProvider provider, bool replace)
    {
        using var install = Populated(provider);
        var rows = Enumerable.Range(1, 3000).Select(TrajectoryRow.Number).ToArray();
        rows[1498] = rows[1498].Ended("01-01-2025"); // ends before its start: file row 1,500
        var before = install.Snapshot();

        var outcome = install.Import(ImportKind.Deelnemers, "deelnemers.csv", TrajectoryRow.File(rows), replace);

        ImportAssert.RefusedAt(outcome, 1500, "einddatum");
        Assert.Equal(before, install.Snapshot());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void A_bad_row_in_a_stores_file_leaves_every_table_unchanged(DatabaseProvider provider)
    {
        using var install = Populated(provider);
        var before = install.Snapshot();

        var outcome = install.Import(ImportKind.Winkels, "winkels.csv",
            StandardStores.File.Replace("Zwolle Noord", "Zwolle Centrum") + "\nKringloop Oost;OOS;Oost;Oss;WINKEL;Winkel;kantoor;");

        ImportAssert.RefusedAt(outcome, 7, "soort");
        Assert.Equal(before, install.Snapshot());
    }

    private sealed class CancelWhen(CancellationTokenSource source, ImportPhase phase) : IProgress<ImportProgress>
    {
        public List<ImportProgress> Reports { get; } = [];

        public void Report(ImportProgress value)
        {
            Reports.Add(value);
            if (value.Phase == phase)
            {
                source.Cancel();
            }
        }
    }

    public static TheoryData<DatabaseProvider, ImportPhase> CancelPhases => Providers.Each(ImportPhase.Inspecting, ImportPhase.Checking, ImportPhase.Finishing);

    [Theory]
    [MemberData(nameof(CancelPhases))]
    public void A_cancelled_import_leaves_the_database_unchanged(DatabaseProvider provider, ImportPhase cancelAt)
    {
        using var install = Populated(provider);
        var rows = ManySales(25_000);
        Assert.Equal(25_000, rows.Count);
        var path = install.WriteFile("groot.csv", SaleRow.File(rows));
        var before = install.Snapshot();
        using var cancellation = new CancellationTokenSource();
        var progress = new CancelWhen(cancellation, cancelAt);

        Assert.ThrowsAny<OperationCanceledException>(() =>
            install.Importer.Import(new ImportRequest(ImportKind.Verkopen, path), progress, cancellation.Token));

        Assert.Contains(progress.Reports, r => r.Phase == cancelAt);
        Assert.DoesNotContain(progress.Reports, r => r.Phase == ImportPhase.Done);
        if (cancelAt < ImportPhase.Finishing)
        {
            Assert.DoesNotContain(progress.Reports, r => r.Phase == ImportPhase.Finishing); // stopped mid-way, not at the end
        }
        Assert.Equal(before, install.Snapshot());
        // Not remembered as imported: the same file imports afterwards.
        ImportAssert.Succeeded(install.Import(ImportKind.Verkopen, path));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void Progress_is_reported_while_checking_a_large_file(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider).WithStandardStores();
        var path = install.WriteFile("groot.csv", SaleRow.File(ManySales(25_000)));
        using var cancellation = new CancellationTokenSource();
        var progress = new CancelWhen(cancellation, (ImportPhase)(-1));

        ImportAssert.Succeeded(install.Importer.Import(new ImportRequest(ImportKind.Verkopen, path), progress, cancellation.Token));

        Assert.Equal(
        [
            new(ImportPhase.Inspecting, 0, 0), new(ImportPhase.Checking, 10_000, 10_000), new(ImportPhase.Checking, 20_000, 20_000),
            new(ImportPhase.Finishing, 25_000, 25_000), new(ImportPhase.Done, 25_000, 25_000),
        ], progress.Reports);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void A_dry_run_reports_what_would_happen_and_changes_nothing(DatabaseProvider provider)
    {
        using var install = Populated(provider);
        var path = install.WriteFile("april.csv", SaleRow.File(SaleRow.Days("AAN", "WINKEL", new(2025, 4, 1), new(2025, 4, 30))));
        var before = install.Snapshot();

        var outcome = install.Importer.Import(new ImportRequest(ImportKind.Verkopen, path) { DryRun = true });

        Assert.True(outcome.Succeeded, ImportAssert.Text(outcome));
        Assert.Null(outcome.BatchId);
        Assert.Equal(new DateOnly(2025, 4, 30), outcome.Summary!.SalesRanges.Single().Last);
        Assert.Equal(before, install.Snapshot());
        ImportAssert.Succeeded(install.Import(ImportKind.Verkopen, path));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void Every_successful_import_is_in_the_history(DatabaseProvider provider)
    {
        using var install = Populated(provider);

        var history = new ImportHistory(install.Database).List();

        Assert.Equal([ImportKind.Verkopen, ImportKind.Certificaten, ImportKind.Deelnemers, ImportKind.Winkels], history.Select(b => b.Kind));
        Assert.Equal(["maart.csv", "certificaten.csv", "deelnemers.csv", "winkels.csv"], history.Select(b => b.FileName));
        var march = SaleRow.Days("AAN", "WINKEL", new(2025, 3, 1), new(2025, 3, 31)).Count();
        Assert.Equal([march, 1, 20, 5], history.Select(b => b.Rows));
        Assert.All(history, b => Assert.False(b.IsUndone));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void A_file_name_longer_than_any_real_one_is_kept_shortened_with_its_extension(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider);
        var path = install.WriteFile("winkels.csv", StandardStores.File);

        ImportAssert.Succeeded(install.Importer.Import(new ImportRequest(ImportKind.Winkels, path, new string('w', 10_000) + ".csv")));

        var stored = Assert.Single(new ImportHistory(install.Database).List()).FileName;
        Assert.Equal(ImportRequest.MaxFileNameLength, stored.Length);
        Assert.EndsWith("w….csv", stored);
    }
}
