using System.Diagnostics;
using Dashboard.Cli;
using Dashboard.Data.Imports;
using Dashboard.Data.Storage;
using Dashboard.Tests.Installation.Demo;
using Dashboard.Tests.Storage;
using Dashboard.Tests.TestSupport;
using Npgsql;

namespace Dashboard.Tests.Cli;

/// <summary>
/// `backup` and `restore` on a PostgreSQL installation (docs/installatie-en-beheer.md#postgresql): they back up nothing
/// themselves but print the pg_dump and pg_restore lines to run, with the key file beside the dump, and exit 1 so a
/// nightly job notices. The lines work: a dump made with them restores into an empty database with the same figures.
/// </summary>
public sealed class PostgreSqlBackupCommandTests : IDisposable
{
    private readonly TemporaryFolder _backups = new();

    private static (int Exit, string Output, string Error) Run(string database, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = CommandLine.Run([.. args, "--db", database], output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void Backup_prints_the_pg_dump_line_without_the_password_and_exits_1()
    {
        var folder = _backups.Sub("nacht");

        var (exit, output, error) = Run("Host=db.example.nl;Port=5433;Database=impact;Username=impact;Password=geheim", "backup", "--out", folder);

        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.Contains($"pg_dump --host=db.example.nl --port=5433 --username=impact --dbname=impact --format=custom --file={folder}/impact.dump", error);
        Assert.Contains("cp ", error);
        Assert.DoesNotContain("geheim", error);
        Assert.False(Directory.Exists(folder), "nothing written");
    }

    [Fact]
    public void Restore_prints_the_pg_restore_line_and_exits_1()
    {
        var (exit, _, error) = Run("Host=db.example.nl;Database=impact;Username=impact", "restore", "--from", _backups.Sub("nacht"));

        Assert.Equal(1, exit);
        Assert.Contains("pg_dump --host=db.example.nl --port=5432 --username=impact --dbname=impact --format=custom --file=", error);
        Assert.Contains("DROP SCHEMA public CASCADE", error);
        Assert.Contains("pg_restore --host=db.example.nl --port=5432 --username=impact --dbname=impact --no-owner --exit-on-error --schema=public", error);
        Assert.Contains("  set -e", error); // the schema is emptied only when everything before it worked
        Assert.Contains("Er is niets veranderd.", error);
    }

    [PostgreSqlFact]
    public void The_printed_lines_back_up_and_restore_the_figures()
    {
        using var source = new TestInstallation(provider: DatabaseProvider.PostgreSql).WithStandardStores();
        source.ImportOk(ImportKind.Deelnemers, "deelnemers.csv", TrajectoryRow.File(Enumerable.Range(1, 8).Select(TrajectoryRow.Number)));
        // The installation restored into has data of its own, and a table a later version added: both make way for the backup.
        using var target = new TestInstallation(provider: DatabaseProvider.PostgreSql).WithStandardStores();
        target.ImportOk(ImportKind.Deelnemers, "later.csv", TrajectoryRow.File(Enumerable.Range(20, 3).Select(TrajectoryRow.Number)));
        using (var connection = target.Database.Open())
        {
            connection.Execute("CREATE TABLE from_a_later_version (id BIGINT)");
        }
        var folder = _backups.Sub("nacht");

        // The key file lines copy the configured key file (here none: data/impact.key of the working folder); the first test reads them.
        var backup = Run(source.Database.ConnectionString, "backup", "--out", folder).Error;
        Shell(Commands(backup).Where(c => !c.StartsWith("cp ", StringComparison.Ordinal)));
        var restore = Run(target.Database.ConnectionString, "restore", "--from", folder).Error;
        Shell(Commands(restore).Where(c => !c.StartsWith("cp ", StringComparison.Ordinal)));
        target.Database.Migrate(); // what the first server to start does

        Assert.Equal(AllFigures.Of(source.Database), AllFigures.Of(target.Database));
        Assert.Equal(8, target.Count("trajectories"));
        Assert.Equal(0, target.Query<long>("SELECT COUNT(*) FROM pg_tables WHERE tablename = 'from_a_later_version'"));
        var aside = Assert.Single(Directory.GetFiles(Path.GetDirectoryName(folder)!, "impact-voor-herstel-*.dump"));
        Assert.True(new FileInfo(aside).Length > 0, "the data before the restore was set aside");
    }

    [PostgreSqlFact]
    public void The_printed_restore_stops_before_emptying_anything_when_the_backup_is_not_there()
    {
        using var target = new TestInstallation(provider: DatabaseProvider.PostgreSql).WithStandardStores();
        target.ImportOk(ImportKind.Deelnemers, "deelnemers.csv", TrajectoryRow.File(Enumerable.Range(1, 3).Select(TrajectoryRow.Number)));
        var before = target.Snapshot();

        var restore = Run(target.Database.ConnectionString, "restore", "--from", _backups.Sub("leeg")).Error;
        var exit = Shell(Commands(restore).Where(c => !c.StartsWith("cp ", StringComparison.Ordinal)), mustSucceed: false);

        Assert.NotEqual(0, exit);
        Assert.Equal(before, target.Snapshot());
    }

    /// <summary>The command lines of the advice: the indented ones.</summary>
    private static IEnumerable<string> Commands(string advice) =>
        advice.Split('\n').Where(l => l.StartsWith("  ", StringComparison.Ordinal)).Select(l => l.Trim());

    private static int Shell(IEnumerable<string> commands, bool mustSucceed = true)
    {
        var server = new NpgsqlConnectionStringBuilder(TestPostgreSql.Server);
        var start = new ProcessStartInfo("bash", ["-euc", string.Join("\n", commands)]) { RedirectStandardError = true };
        if (server.Password is { Length: > 0 } password)
        {
            start.Environment["PGPASSWORD"] = password;
        }
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(!mustSucceed || process.ExitCode == 0, error);
        return process.ExitCode;
    }

    public void Dispose() => _backups.Dispose();
}
