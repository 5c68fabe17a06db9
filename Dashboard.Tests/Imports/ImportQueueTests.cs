using Dashboard.Data.Imports;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Imports;

/// <summary>Two imports at once on one server: the second waits its turn and says so, then both land whole, one after the other.</summary>
public sealed class ImportQueueTests : IDisposable
{
    private readonly TestInstallation _install = new TestInstallation().WithStandardStores();

    /// <summary>Reports straight away on the importing thread, so a test can hold an import at a known point.</summary>
    private sealed class Hold(Action<ImportProgress> onReport) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => onReport(value);
    }

    [Fact]
    public async Task A_second_import_waits_for_the_first_instead_of_interleaving()
    {
        // Over 10,000 rows, so the first import reports progress while it holds the write transaction.
        var big = _install.WriteFile("groot.csv", SaleRow.File(SaleRow.Days("AAN", "WINKEL", new DateOnly(2015, 1, 1), new DateOnly(2024, 12, 31))));
        var small = _install.WriteFile("klein.csv", SaleRow.File(SaleRow.Days("ZWO", "TEXT", new DateOnly(2025, 1, 1), new DateOnly(2025, 1, 31))));
        using var firstIsWriting = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        using var secondIsWaiting = new ManualResetEventSlim();

        var first = Task.Run(() => _install.Importer.Import(new ImportRequest(ImportKind.Verkopen, big), new Hold(p =>
        {
            if (p.Phase == ImportPhase.Checking && !firstIsWriting.IsSet)
            {
                firstIsWriting.Set();
                release.Wait(TimeSpan.FromSeconds(30));
            }
        })));
        Assert.True(firstIsWriting.Wait(TimeSpan.FromSeconds(30)));
        var second = Task.Run(() => _install.Importer.Import(new ImportRequest(ImportKind.Verkopen, small), new Hold(p =>
        {
            if (p.Phase == ImportPhase.Waiting)
            {
                secondIsWaiting.Set();
            }
        })));

        Assert.True(secondIsWaiting.Wait(TimeSpan.FromSeconds(30)), "the second import says it waits");
        Assert.False(second.IsCompleted);
        release.Set();
        var (a, b) = (await first, await second);

        Assert.True(a.Succeeded && b.Succeeded);
        Assert.True(a.BatchId < b.BatchId, "the waiting import writes after the first");
    }

    [Fact]
    public async Task A_waiting_import_can_be_stopped_and_leaves_nothing()
    {
        var big = _install.WriteFile("groot.csv", SaleRow.File(SaleRow.Days("AAN", "WINKEL", new DateOnly(2015, 1, 1), new DateOnly(2024, 12, 31))));
        var small = _install.WriteFile("klein.csv", SaleRow.File(SaleRow.Days("ZWO", "TEXT", new DateOnly(2025, 1, 1), new DateOnly(2025, 1, 31))));
        using var firstIsWriting = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        using var stop = new CancellationTokenSource();
        var first = Task.Run(() => _install.Importer.Import(new ImportRequest(ImportKind.Verkopen, big), new Hold(p =>
        {
            if (p.Phase == ImportPhase.Checking && !firstIsWriting.IsSet)
            {
                firstIsWriting.Set();
                release.Wait(TimeSpan.FromSeconds(30));
            }
        })));
        Assert.True(firstIsWriting.Wait(TimeSpan.FromSeconds(30)));

        var second = Task.Run(() => _install.Importer.Import(new ImportRequest(ImportKind.Verkopen, small),
            new Hold(p => { if (p.Phase == ImportPhase.Waiting) stop.Cancel(); }), stop.Token));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => second);
        release.Set();
        Assert.True((await first).Succeeded);
        Assert.Equal(0L, _install.Query<long>("SELECT COUNT(*) FROM sales WHERE practice_id IN (SELECT p.id FROM practices p JOIN stores s ON s.id = p.store_id WHERE s.code = 'ZWO')"));
    }

    public void Dispose() => _install.Dispose();
}
