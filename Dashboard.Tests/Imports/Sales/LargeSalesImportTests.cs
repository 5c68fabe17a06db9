using Dashboard.Data.Imports;
using Dashboard.Data.Imports.Reports;
using Dashboard.Data.Imports.Sales;
using Dashboard.Data.Storage;
using Dashboard.Tests.TestSupport;
using Microsoft.Data.Sqlite;

namespace Dashboard.Tests.Imports.Sales;

/// <summary>
/// A sales file large enough that the import sets the sales indexes aside while it inserts and builds them again before
/// its overlap checks (<see cref="SalesIndexes"/>): what is stored, refused and replaced is the same as for a small file,
/// and the indexes are there afterwards, exactly as the schema defines them, whether the import was taken or refused.
/// </summary>
public sealed class LargeSalesImportTests : IDisposable
{
    private const string Indexes = "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'sales' ORDER BY name";

    /// <summary>The stored sales as a user would compare them: everything but the row id.</summary>
    private const string Sales =
        "SELECT batch_id, practice_id, sale_date, category, revenue_cents, COALESCE(CAST(items AS TEXT), '-'), COALESCE(CAST(weight_g AS TEXT), '-'), COALESCE(CAST(transactions AS TEXT), '-') FROM sales ORDER BY 1, 2, 3, 4, 5, 6, 7, 8";

    private const string Monthly = "SELECT * FROM sales_monthly ORDER BY 1, 2, 3";

    private readonly TestInstallation _install = new TestInstallation().WithStandardStores();
    private readonly List<string> _schema;

    public LargeSalesImportTests() => _schema = _install.Lines(Indexes);

    /// <summary>Eight years of daily sales for all five practices: about 52,000 rows.</summary>
    private static List<SaleRow> EightYears(int variant = 0) =>
    [
        .. new[] { ("AAN", "WINKEL"), ("AAN", "REST"), ("BLE", "FIETS"), ("ZWO", "WINKEL"), ("ZWO", "TEXT") }
            .SelectMany(p => SaleRow.Days(p.Item1, p.Item2, new DateOnly(2016, 1, 1), new DateOnly(2023, 12, 31), variant)),
    ];

    [Fact]
    public void Every_row_is_stored_the_monthly_totals_match_and_the_indexes_are_as_the_schema_defines_them()
    {
        var rows = EightYears();
        Assert.True(rows.Count >= SalesIndexes.MinimumRows, $"{rows.Count} rows are too few to set the indexes aside");

        var outcome = _install.ImportOk(ImportKind.Verkopen, "verkopen.csv", SaleRow.File(rows));

        Assert.Equal(rows.Count, outcome.Summary!.Rows);
        Assert.Equal(rows.Count, _install.Count("sales"));
        SalesMonthlyCheck.AssertMatchesSales(_install);
        Assert.Equal(_schema, _install.Lines(Indexes));
        Assert.Equal(["ok"], _install.Lines("PRAGMA integrity_check"));
        Assert.Contains("sales_by_practice_date", string.Join("\n",
            _install.Lines("EXPLAIN QUERY PLAN SELECT COUNT(*) FROM sales WHERE practice_id = 1 AND sale_date BETWEEN '2020-01-01' AND '2020-01-31'")));
    }

    [Fact]
    public void A_large_file_overlapping_stored_sales_is_refused_naming_the_overlap_and_changes_nothing()
    {
        var march = _install.ImportOk(ImportKind.Verkopen, "maart.csv",
            SaleRow.File(SaleRow.Days("ZWO", "TEXT", new DateOnly(2020, 3, 1), new DateOnly(2020, 3, 31), variant: 1)));
        var before = _install.Snapshot();

        var outcome = _install.Import(ImportKind.Verkopen, "verkopen.csv", SaleRow.File(EightYears()));

        var problem = ImportAssert.RefusedFor(outcome);
        Assert.Equal(ImportProblem.OverlapsStoredSales, problem.Kind);
        Assert.StartsWith("winkel ZWO, praktijk TEXT: dit bestand loopt van 01-01-2016 t/m 31-12-2023", problem.Message);
        Assert.Contains($"(import {march.BatchId} 'maart.csv', 01-03-2020 t/m 31-03-2020)", problem.Message);
        Assert.Equal(before, _install.Snapshot());
        Assert.Equal(_schema, _install.Lines(Indexes));
    }

    [Fact]
    public void A_large_file_with_a_bad_last_row_is_refused_at_that_row_and_changes_nothing()
    {
        var rows = EightYears();
        rows.Add(new SaleRow { Date = "2024-01-01", Revenue = "12.50" });
        var before = _install.Snapshot();

        var outcome = _install.Import(ImportKind.Verkopen, "verkopen.csv", SaleRow.File(rows));

        ImportAssert.RefusedAt(outcome, rows.Count + 1, "omzet");
        Assert.Equal(before, _install.Snapshot());
        Assert.Equal(_schema, _install.Lines(Indexes));
    }

    /// <summary>The rows are written on a thread of their own (SalesRowWriter): its failure still refuses the import as a whole.</summary>
    [Fact]
    public void A_full_disk_while_the_rows_are_written_refuses_the_import_in_Dutch_and_changes_nothing()
    {
        var before = _install.Snapshot();
        var pages = _install.Query<long>("PRAGMA page_count");
        _install.Database.TestPragmas = $"PRAGMA max_page_count = {pages + 200};";

        var problem = ImportAssert.RefusedFor(_install.Import(ImportKind.Verkopen, "verkopen.csv", SaleRow.File(EightYears())));

        _install.Database.TestPragmas = null;
        SqliteConnection.ClearAllPools();
        Assert.Equal(ImportProblem.StorageFailed, problem.Kind);
        Assert.StartsWith("De schijf is vol", problem.Message);
        Assert.Equal(before, _install.Snapshot());
        Assert.Equal(_schema, _install.Lines(Indexes));
        Assert.Equal(["ok"], _install.Lines("PRAGMA integrity_check"));
    }

    [Fact]
    public void A_large_replacing_file_replaces_the_stored_rows_in_its_ranges_and_undo_brings_them_back()
    {
        _install.ImportOk(ImportKind.Verkopen, "maart.csv",
            SaleRow.File(SaleRow.Days("ZWO", "TEXT", new DateOnly(2020, 3, 1), new DateOnly(2020, 3, 31), variant: 1)
                .Concat(SaleRow.Days("ZWO", "TEXT", new DateOnly(2024, 3, 1), new DateOnly(2024, 3, 31)))));
        var stored = _install.Count("sales");
        var keptAfter2023 = _install.Count("sales WHERE sale_date >= '2024-01-01'");
        var before = _install.Lines(Sales);
        var monthlyBefore = _install.Lines(Monthly);
        var rows = EightYears();

        var outcome = _install.ImportOk(ImportKind.Verkopen, "verkopen.csv", SaleRow.File(rows), replace: true);

        Assert.Equal(stored - keptAfter2023, outcome.Summary!.Removed);
        Assert.Equal(rows.Count + keptAfter2023, _install.Count("sales"));
        SalesMonthlyCheck.AssertMatchesSales(_install);
        Assert.Equal(_schema, _install.Lines(Indexes));
        Assert.Equal(["ok"], _install.Lines("PRAGMA integrity_check"));

        Assert.True(_install.Undo.Undo(outcome.BatchId!.Value).Succeeded);
        Assert.Equal(before, _install.Lines(Sales));
        Assert.Equal(monthlyBefore, _install.Lines(Monthly));
    }

    [Theory]
    [InlineData(0, 50_000L, true)]
    [InlineData(40_000, 50_000L, true)]
    [InlineData(50_000, 50_000L, true)]
    [InlineData(50_001, 50_000L, false)] // the table holds more rows than the file: rebuilding would cost more than it saves
    [InlineData(0, 49_999L, false)] // a small file is quick either way
    [InlineData(0, null, false)] // a workbook: its rows are not counted beforehand
    public void The_indexes_are_set_aside_only_for_a_file_about_as_large_as_the_table_or_larger(long storedRows, long? fileRows, bool setAside)
    {
        using var connection = _install.Database.Open();
        using var transaction = connection.BeginTransaction();

        var dropped = SalesIndexes.DropWhenRebuildingPays(connection, transaction, storedRows, fileRows);

        Assert.Equal(setAside, dropped is not null);
        Assert.Equal(setAside ? [] : _schema, connection.Query(Indexes, r => $"{r.GetString(0)}|{r.GetString(1)}", transaction));
        dropped?.Rebuild();
        Assert.Equal(_schema, connection.Query(Indexes, r => $"{r.GetString(0)}|{r.GetString(1)}", transaction));
    }

    public void Dispose() => _install.Dispose();
}
