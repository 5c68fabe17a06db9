using Dashboard.Cli;
using Dashboard.Data.Domain;
using Dashboard.Data.Imports;
using Dashboard.Data.Imports.Reports;
using Dashboard.Data.Storage;
using Dashboard.Tests.TestSupport;
using Microsoft.Data.Sqlite;

namespace Dashboard.Tests.Storage;

/// <summary>
/// A database that refuses to be written — a full disk, a read-only file — refuses the import with a Dutch
/// message that names the cause and what to do, rolls everything back and leaves a sound file behind.
/// </summary>
public sealed class StorageFailureTests : IDisposable
{
    private readonly TestInstallation _install = new TestInstallation().WithStandardStores();

    /// <summary>Some sales already stored, so that "nothing changed" is about something.</summary>
    private void ImportEarlierSales() =>
        _install.ImportOk(ImportKind.Verkopen, "verkopen-1999.csv",
            SaleRow.File(SaleRow.Days("AAN", "WINKEL", new DateOnly(1999, 1, 1), new DateOnly(1999, 3, 31))));

    /// <summary>Six years of sales for three practices: some 25,000 rows, a few megabytes of pages.</summary>
    private string LargeSalesFile() => _install.WriteFile("verkopen.csv", SaleRow.File(
        new[] { ("AAN", "WINKEL"), ("AAN", "REST"), ("ZWO", "TEXT") }
            .SelectMany(p => SaleRow.Days(p.Item1, p.Item2, new DateOnly(2019, 1, 1), new DateOnly(2024, 12, 31)))));

    private long PageCount() => _install.Query<long>("PRAGMA page_count");

    [Fact]
    public void A_full_disk_mid_import_rolls_back_and_says_so_in_Dutch()
    {
        ImportEarlierSales();
        var file = LargeSalesFile();
        var before = DatabaseState.Fingerprint(_install.Database.Path);
        var snapshot = _install.Snapshot();
        // Room for a few dozen more pages: the first rows fit, the file as a whole does not.
        _install.Database.TestPragmas = $"PRAGMA max_page_count = {PageCount() + 40};";

        var problem = ImportAssert.RefusedFor(_install.Import(ImportKind.Verkopen, file));

        _install.Database.TestPragmas = null;
        Assert.Equal(ImportProblem.StorageFailed, problem.Kind);
        Assert.StartsWith("De schijf is vol", problem.Message);
        Assert.Contains("Maak ruimte vrij", problem.Message);
        Assert.Equal(before, DatabaseState.Fingerprint(_install.Database.Path));
        Assert.Equal(snapshot, _install.Snapshot());
        Assert.Equal("ok", DatabaseState.IntegrityCheck(_install.Database.Path));
    }

    [Fact]
    public void With_room_again_the_same_file_imports_whole()
    {
        ImportEarlierSales();
        var file = LargeSalesFile();
        _install.Database.TestPragmas = $"PRAGMA max_page_count = {PageCount() + 40};";
        ImportAssert.RefusedFor(_install.Import(ImportKind.Verkopen, file));
        _install.Database.TestPragmas = null;
        SqliteConnection.ClearAllPools(); // the limit lives on in pooled connections, as a full disk would until space is freed

        var stored = _install.Count("sales");
        var outcome = ImportAssert.Succeeded(_install.Import(ImportKind.Verkopen, file));

        Assert.Equal(stored + outcome.Summary!.Rows, _install.Count("sales"));
        SalesMonthlyCheck.AssertMatchesSales(_install);
    }

    [Fact]
    public void A_read_only_database_refuses_the_import_in_Dutch_and_changes_nothing()
    {
        ImportEarlierSales();
        var file = LargeSalesFile();
        var snapshot = _install.Snapshot();
        _install.Database.TestPragmas = "PRAGMA query_only = ON;";

        var problem = ImportAssert.RefusedFor(_install.Import(ImportKind.Verkopen, file));

        _install.Database.TestPragmas = null;
        Assert.Equal(ImportProblem.StorageFailed, problem.Kind);
        Assert.Contains("alleen-lezen", problem.Message);
        Assert.Contains("schrijfrechten", problem.Message);
        Assert.Equal(snapshot, _install.Snapshot());
        Assert.Equal("ok", DatabaseState.IntegrityCheck(_install.Database.Path));
    }

    [Fact]
    public void The_command_line_refuses_an_import_into_a_read_only_file_with_exit_1_and_leaves_the_file_as_it_was()
    {
        ImportEarlierSales();
        var file = LargeSalesFile();
        SqliteConnection.ClearAllPools();
        var bytes = File.ReadAllBytes(_install.Database.Path);
        using var readOnly = ReadOnlyFile.Make(_install.Database.Path);
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = CommandLine.Run(["import", "verkopen", file, "--db", _install.Database.Path], output, error, _install.Clock);

        SqliteConnection.ClearAllPools();
        Assert.Equal(1, exit);
        Assert.Equal("", output.ToString());
        Assert.Contains("alleen-lezen", error.ToString());
        Assert.Contains("Er is niets veranderd", error.ToString());
        Assert.DoesNotContain("Exception", error.ToString());
        Assert.DoesNotContain("   at ", error.ToString());
        Assert.Equal(bytes, File.ReadAllBytes(_install.Database.Path));
    }

    [Fact]
    public void The_command_line_says_in_Dutch_when_the_database_folder_cannot_be_opened()
    {
        // A folder where the database file should be: SQLite cannot open it, whoever runs the command.
        var folder = Directory.CreateDirectory(Path.Combine(_install.Folder, "impact-map.db")).FullName;
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = CommandLine.Run(["history", "--db", folder], output, error, _install.Clock);

        Assert.Equal(1, exit);
        Assert.DoesNotContain("   at ", error.ToString());
        Assert.Contains("kan niet worden geopend", error.ToString());
    }

    [Fact]
    public void A_storage_failure_is_told_in_the_readers_language()
    {
        var full = new SqliteException("database or disk is full", 13);

        Assert.StartsWith("De schijf is vol: de database /data/impact.db kon niet groeien.", StorageFailure.Describe(full, "/data/impact.db"));
        Assert.StartsWith("The disk is full: the database /data/impact.db could not grow.", StorageFailure.Describe(full, "/data/impact.db", Language.English));
        Assert.Null(StorageFailure.Describe(new SqliteException("constraint failed", 19), "/data/impact.db", Language.English));
    }

    public void Dispose() => _install.Dispose();
}
