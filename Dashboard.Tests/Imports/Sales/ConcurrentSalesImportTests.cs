using Dashboard.Data.Imports;
using Dashboard.Data.Imports.Reports;
using Dashboard.Data.Storage;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Imports.Sales;

/// <summary>
/// Two servers import overlapping sales at the same moment (docs/installatie-en-beheer.md#postgresql): the second waits
/// until the first has committed, then finds its rows and is refused — never both stored, which would count those sales
/// twice. On SQLite the database lets one writer in at a time; on PostgreSQL a lock held by the import's transaction does.
/// </summary>
public sealed class ConcurrentSalesImportTests
{
    /// <summary>Holds the first import inside its transaction, in the middle of its rows, until told to go on.</summary>
    private sealed class HoldWhileChecking : IProgress<ImportProgress>
    {
        public ManualResetEventSlim Holding { get; } = new();
        public ManualResetEventSlim Release { get; } = new();

        public void Report(ImportProgress value)
        {
            if (value.Phase == ImportPhase.Checking && !Holding.IsSet)
            {
                Holding.Set();
                Release.Wait(TimeSpan.FromSeconds(30));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_second_of_two_overlapping_imports_waits_for_the_first_and_is_refused(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider).WithStandardStores();
        // Enough rows for a progress report halfway (one every 10,000 rows): a few a day for AAN/WINKEL from 1 January 2000.
        var first = install.WriteFile("groot.csv", SaleRow.File(SaleRow.Days("AAN", "WINKEL", new(2000, 1, 1), new(2024, 12, 31)).Take(15_000)));
        var second = install.WriteFile("maart-2000.csv", SaleRow.File(SaleRow.Days("AAN", "WINKEL", new(2000, 3, 1), new(2000, 3, 31))));
        // The other server: an importer of its own on the same database.
        var otherServer = new Importer(install.Database, install.KeyFile, install.Clock, ImportLimits.Default, install.RecordKeys);
        var hold = new HoldWhileChecking();

        var firstImport = Task.Run(() => install.Importer.Import(new ImportRequest(ImportKind.Verkopen, first), hold));
        Assert.True(hold.Holding.Wait(TimeSpan.FromSeconds(30)), "the first import reached its rows");
        var secondImport = Task.Run(() => otherServer.Import(new ImportRequest(ImportKind.Verkopen, second)));

        var earliest = await Task.WhenAny(secondImport, Task.Delay(TimeSpan.FromSeconds(2)));
        Assert.NotSame(secondImport, earliest); // it did not go on while the first was still writing
        hold.Release.Set();

        ImportAssert.Succeeded(await firstImport);
        var refused = ImportAssert.RefusedFor(await secondImport);
        Assert.Equal(ImportProblem.OverlapsStoredSales, refused.Kind);
        Assert.Equal(15_000L, install.Query<long>("SELECT COUNT(*) FROM sales"));
    }
}
