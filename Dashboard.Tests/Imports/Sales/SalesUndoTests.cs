using Dashboard.Data.Domain;
using Dashboard.Data.Imports;
using Dashboard.Data.Storage;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Imports.Sales;

public class SalesUndoTests
{
    private static readonly DateOnly March1 = new(2025, 3, 1);
    private static readonly DateOnly March31 = new(2025, 3, 31);

    /// <summary>The stored sales as a user would compare them: everything but the row id.</summary>
    private const string Sales =
        "SELECT batch_id, practice_id, sale_date, category, revenue_cents, COALESCE(CAST(items AS TEXT), '-'), COALESCE(CAST(weight_g AS TEXT), '-'), COALESCE(CAST(transactions AS TEXT), '-') FROM sales ORDER BY 1, 2, 3, 4, 5, 6, 7, 8";

    private static long Import(TestInstallation install, string name, IEnumerable<SaleRow> rows, bool replace = false) =>
        ImportAssert.Succeeded(install.Import(ImportKind.Verkopen, name, SaleRow.File(rows), replace)).BatchId!.Value;

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void Undoing_a_plain_import_removes_its_rows_and_only_its_rows(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider).WithStandardStores();
        Import(install, "maart-rest.csv", SaleRow.Days("AAN", "REST", March1, March31));
        var before = install.Lines(Sales);
        var monthlyBefore = install.Lines("SELECT * FROM sales_monthly ORDER BY 1, 2, 3");
        var april = Import(install, "april.csv", SaleRow.Days("AAN", "WINKEL", new(2025, 4, 1), new(2025, 4, 30)).Concat(SaleRow.Days("AAN", "REST", new(2025, 4, 1), new(2025, 4, 2))));
        var aprilRows = install.Count("sales") - before.Count;

        var undo = install.Undo.Undo(april);

        Assert.True(undo.Succeeded, undo.Message);
        Assert.Equal((aprilRows, 0), ((long)undo.RowsRemoved, undo.RowsRestored));
        Assert.Equal($"Import {april} ('april.csv') is ongedaan gemaakt: {aprilRows} verkoopregels verwijderd, 0 eerder vervangen regels teruggezet.", undo.Message);
        Assert.Equal(before, install.Lines(Sales));
        Assert.Equal(monthlyBefore, install.Lines("SELECT * FROM sales_monthly ORDER BY 1, 2, 3"));
        Assert.Equal("2026-11-15", install.Query<string>($"SELECT substr(undone_at, 1, 10) FROM import_batches WHERE id = {april}"));
        Assert.True(new ImportHistory(install.Database).List().Single(b => b.Id == april).IsUndone);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void Undoing_a_replacing_import_brings_the_replaced_rows_back_exactly(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider).WithStandardStores();
        Import(install, "maart.csv", SaleRow.Days("AAN", "WINKEL", March1, March31).Concat(SaleRow.Days("AAN", "REST", March1, March31)));
        var before = install.Lines(Sales);
        var monthlyBefore = install.Lines("SELECT * FROM sales_monthly ORDER BY 1, 2, 3");
        var correction = Import(install, "correctie.csv", SaleRow.Days("AAN", "WINKEL", new(2025, 3, 10), new(2025, 3, 20), variant: 3), replace: true);
        Assert.NotEqual(before, install.Lines(Sales));
        var replaced = install.Count("replaced_sales");

        var undo = install.Undo.Undo(correction);

        Assert.True(undo.Succeeded, undo.Message);
        Assert.Equal(replaced, undo.RowsRestored);
        Assert.Equal(before, install.Lines(Sales));
        Assert.Equal(monthlyBefore, install.Lines("SELECT * FROM sales_monthly ORDER BY 1, 2, 3"));
        Assert.Equal(0, install.Count("replaced_sales"));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void Undo_is_refused_while_a_later_import_overlaps_and_allowed_after_undoing_that_one(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider).WithStandardStores();
        var march = Import(install, "maart.csv", SaleRow.Days("AAN", "WINKEL", March1, March31));
        var correction = Import(install, "correctie.csv", SaleRow.Days("AAN", "WINKEL", new(2025, 3, 31), new(2025, 4, 3), variant: 1), replace: true);
        var before = install.Snapshot();

        var refused = install.Undo.Undo(march);

        Assert.False(refused.Succeeded);
        Assert.Equal($"Import {march} ('maart.csv') kan nog niet ongedaan worden gemaakt: een latere import overlapt hem (import {correction} ('correctie.csv')). Maak die eerst ongedaan.", refused.Message);
        Assert.Equal($"Import {march} ('maart.csv') cannot be undone yet: a later import overlaps it (import {correction} ('correctie.csv')). Undo that one first.",
            refused.MessageIn(Language.English));
        Assert.Equal(before, install.Snapshot());

        Assert.True(install.Undo.Undo(correction).Succeeded);
        var undo = install.Undo.Undo(march);
        Assert.True(undo.Succeeded, undo.Message);
        Assert.Equal(0, install.Count("sales"));
        Assert.Equal(0, install.Count("sales_monthly"));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void A_later_import_of_another_pair_or_range_does_not_block_undo(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider).WithStandardStores();
        var march = Import(install, "maart.csv", SaleRow.Days("AAN", "WINKEL", March1, March31));
        Import(install, "april.csv", SaleRow.Days("AAN", "WINKEL", new(2025, 4, 1), new(2025, 4, 30)));
        Import(install, "maart-rest.csv", SaleRow.Days("AAN", "REST", March1, March31));

        var undo = install.Undo.Undo(march);

        Assert.True(undo.Succeeded, undo.Message);
        Assert.Equal(0, install.Query<long>("SELECT COUNT(*) FROM sales s JOIN practices p ON p.id = s.practice_id WHERE p.code = 'WINKEL' AND s.sale_date < '2025-04-01'"));
        SalesMonthlyCheck.AssertMatchesSales(install);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void Undo_of_a_non_sales_import_is_refused(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider).WithStandardStores();
        var trajectories = ImportAssert.Succeeded(install.Import(ImportKind.Deelnemers, "deelnemers.csv", TrajectoryRow.File(new TrajectoryRow()))).BatchId!.Value;
        var before = install.Snapshot();

        var stores = install.Undo.Undo(1);
        var participants = install.Undo.Undo(trajectories);

        Assert.False(stores.Succeeded);
        Assert.False(participants.Succeeded);
        Assert.StartsWith($"Import {trajectories} ('deelnemers.csv') is een deelnemers-import. Alleen verkoopimports kunnen ongedaan worden gemaakt", participants.Message);
        Assert.Equal(before, install.Snapshot());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void Undoing_twice_or_an_unknown_import_is_refused(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider).WithStandardStores();
        var march = Import(install, "maart.csv", SaleRow.Days("AAN", "WINKEL", March1, March31));
        Assert.True(install.Undo.Undo(march).Succeeded);

        Assert.Equal($"Import {march} ('maart.csv') is al ongedaan gemaakt.", install.Undo.Undo(march).Message);
        Assert.Equal("Import 999 bestaat niet.", install.Undo.Undo(999).Message);
    }
}
