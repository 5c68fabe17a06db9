using System.Diagnostics;
using System.Reflection;
using Dashboard.Cli;
using Dashboard.Data.Imports;
using Dashboard.Data.Storage;
using Dashboard.Tests.TestSupport;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace Dashboard.Tests.Storage;

/// <summary>
/// Power cuts during an import: the real command line imports a large sales file in a child process and is
/// killed outright (SIGKILL, no clean-up of any kind) at moments spread over the whole import — before its
/// transaction, while it writes, around its commit. After every kill the database must be sound and hold either
/// exactly what it held before or exactly what a clean import leaves, never something between, and the app must
/// start and work on it as usual.
/// </summary>
public sealed class CrashSafetyTests(ITestOutputHelper log) : IDisposable
{
    private const int Kills = 10;
    private static readonly (string Store, string Practice)[] Practices =
        [("AAN", "WINKEL"), ("AAN", "REST"), ("BLE", "FIETS"), ("ZWO", "WINKEL"), ("ZWO", "TEXT")];

    private readonly TestInstallation _install = new();

    /// <summary>Where a kill landed: told by whether the import held the write lock just before it, and by what the file holds after.</summary>
    private enum Landing { BeforeTheTransaction, WhileWriting, AroundTheCommit, AfterTheCommit, AfterExit }

    [Fact]
    public void An_import_killed_at_any_moment_leaves_the_database_as_before_or_as_after_never_between()
    {
        var start = StartingDatabase();
        var file = LargeSalesFile();
        var before = DatabaseState.Fingerprint(start);

        // Twice: the first run also warms the disk cache and the JIT, so the second's timing is the one the kills aim by.
        var cold = CleanImport(file, CopyOf(start, "clean-cold"));
        var clean = CopyOf(start, "clean");
        var (duration, commit) = CleanImport(file, clean);
        var after = DatabaseState.Fingerprint(clean);
        Assert.NotEqual(before, after);
        Assert.Equal(after, DatabaseState.Fingerprint(Path.Combine(_install.Folder, "clean-cold.db")));
        log.WriteLine($"clean import of {Rows(file):N0} rows as a child process: {cold.Duration.TotalSeconds:N1} s cold, {duration.TotalSeconds:N1} s warm; " +
                      $"its commit began writing the WAL after {commit.TotalSeconds:N1} s");

        // One kill in the first twentieth (start-up), five spread evenly over the rest up to the commit, each at a random
        // point of its slice, and four close around the commit.
        var random = new Random(20261128);
        var delays = new[] { commit * (random.NextDouble() * 0.05) }
            .Concat(Enumerable.Range(0, 5).Select(i => commit * (0.05 + 0.95 * (i + random.NextDouble()) / 5)))
            .Concat(Enumerable.Range(0, 4).Select(_ => commit * (0.9 + random.NextDouble() * 0.4)))
            .ToList();
        var landings = new List<Landing>();
        string? killedBeforeCommit = null;
        for (var i = 0; i < delays.Count; i++)
        {
            var delay = delays[i];
            var copy = CopyOf(start, $"kill-{i}");
            var (exited, inTransaction, walBytes) = KillAfter(file, copy, delay);

            Assert.Equal("ok", DatabaseState.IntegrityCheck(copy));
            var state = DatabaseState.Fingerprint(copy);
            Assert.True(state.SequenceEqual(before) || state.SequenceEqual(after),
                $"kill {i} after {delay.TotalMilliseconds:N0} ms left a state between before and after:\n{string.Join("\n", state)}" +
                $"\nbefore:\n{string.Join("\n", before)}\nafter:\n{string.Join("\n", after)}");
            var landing = (state.SequenceEqual(before), inTransaction, exited) switch
            {
                (true, false, _) => Landing.BeforeTheTransaction,
                (true, true, _) => Landing.WhileWriting,
                (false, true, _) => Landing.AroundTheCommit,
                (false, false, false) => Landing.AfterTheCommit,
                (false, false, true) => Landing.AfterExit,
            };
            log.WriteLine($"kill {i}: after {delay.TotalMilliseconds,6:N0} ms ({delay / commit,4:P0} of the time to commit), " +
                          $"WAL {walBytes,10:N0} bytes → {landing}, {(state.SequenceEqual(before) ? "as before" : "as after")}");
            landings.Add(landing);
            StartsAndWorks(copy);
            if (state.SequenceEqual(before))
            {
                killedBeforeCommit = copy;
            }
        }
        log.WriteLine(string.Join(", ", landings.GroupBy(l => l).Select(g => $"{g.Key}: {g.Count()}")));

        // The first kill comes within a twentieth of the time to commit: at least one kill leaves the state as before.
        Assert.NotNull(killedBeforeCommit);
        ImportsAgain(file, killedBeforeCommit, after);
    }

    /// <summary>The stores and three months of earlier sales, the WAL checkpointed into the file: the state every kill starts from.</summary>
    private string StartingDatabase()
    {
        _install.WithStandardStores();
        _install.ImportOk(ImportKind.Verkopen, "verkopen-1999.csv",
            SaleRow.File(SaleRow.Days("AAN", "WINKEL", new DateOnly(1999, 1, 1), new DateOnly(1999, 3, 31))));
        SqliteConnection.ClearAllPools();
        Assert.False(File.Exists(_install.Database.Path + "-wal"), "the starting database still has a WAL file");
        return _install.Database.Path;
    }

    /// <summary>Twenty years of daily sales for five practices: about 150,000 rows, written once.</summary>
    private string LargeSalesFile()
    {
        var path = Path.Combine(_install.Folder, "verkopen-groot.csv");
        using var writer = new StreamWriter(path);
        writer.WriteLine(SaleRow.Header);
        foreach (var (store, practice) in Practices)
        {
            foreach (var row in SaleRow.Days(store, practice, new DateOnly(2006, 1, 1), new DateOnly(2025, 12, 31)))
            {
                writer.WriteLine(row);
            }
        }
        return path;
    }

    private static int Rows(string file) => File.ReadLines(file).Count() - 1;

    private string CopyOf(string database, string name)
    {
        var copy = Path.Combine(_install.Folder, name + ".db");
        File.Copy(database, copy);
        return copy;
    }

    /// <summary>The import run to its end; how long it took and when its commit began to write the WAL (until then every page stays in the cache).</summary>
    private static (TimeSpan Duration, TimeSpan Commit) CleanImport(string file, string database)
    {
        var timer = Stopwatch.StartNew();
        using var import = StartImport(file, database);
        var commit = TimeSpan.Zero;
        while (!import.WaitForExit(5))
        {
            if (commit == TimeSpan.Zero && WalBytes(database) > 0)
            {
                commit = timer.Elapsed;
            }
            Assert.True(timer.Elapsed < TimeSpan.FromMinutes(5), "the clean import did not finish");
        }
        var duration = timer.Elapsed;
        Assert.True(import.ExitCode == 0, import.StandardError.ReadToEnd());
        return (duration, commit == TimeSpan.Zero ? duration : commit);
    }

    /// <summary>
    /// Starts the import and kills its process tree after <paramref name="delay"/> unless it ended first. Just before
    /// the kill it looks whether the import holds the write lock (a write transaction of its own fails at once).
    /// </summary>
    private static (bool Exited, bool InTransaction, long WalBytes) KillAfter(string file, string database, TimeSpan delay)
    {
        using var import = StartImport(file, database);
        if (import.WaitForExit(delay))
        {
            return (true, false, WalBytes(database));
        }
        var inTransaction = WriteLockTaken(database);
        var walBytes = WalBytes(database);
        import.Kill(entireProcessTree: true);
        import.WaitForExit();
        return (false, inTransaction, walBytes);
    }

    private static bool WriteLockTaken(string database)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Pooling = false }.ToString());
        connection.Open();
        // Straight to SQLite: Microsoft.Data.Sqlite would retry a busy statement until the import let go.
        var result = SQLitePCL.raw.sqlite3_exec(connection.Handle, "BEGIN IMMEDIATE");
        if (result == SQLitePCL.raw.SQLITE_OK)
        {
            SQLitePCL.raw.sqlite3_exec(connection.Handle, "ROLLBACK");
            return false;
        }
        Assert.Equal(SQLitePCL.raw.SQLITE_BUSY, result);
        return true;
    }

    private static long WalBytes(string database) => new FileInfo(database + "-wal") is { Exists: true } wal ? wal.Length : 0;

    /// <summary>The app's start-up path on the killed file, then its revenue figure, which must be the stored sales'.</summary>
    private static void StartsAndWorks(string database)
    {
        new Database(database).Migrate();
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = CommandLine.Run(["indicators", "--from", "01-01-1999", "--to", "31-12-2025", "--exact", "--db", database], output, error, TimeProvider.System);
        Assert.True(exit == 0, error.ToString());
        var revenue = output.ToString().Split('\n').Select(l => l.TrimEnd('\r').Split(';')).Single(r => r[0] == "E1" && r[2] == "")[3];
        long cents;
        using (var connection = new Database(database).Open())
        {
            cents = connection.Scalar<long>("SELECT SUM(revenue_cents) FROM sales");
        }
        SqliteConnection.ClearAllPools();
        Assert.Equal(cents / 100m, decimal.Parse(revenue, System.Globalization.CultureInfo.GetCultureInfo("nl-NL")));
    }

    /// <summary>A killed import leaves nothing in the way: the same file imports on the same database, to the same figures.</summary>
    private static void ImportsAgain(string file, string database, IReadOnlyList<string> after)
    {
        using (var import = StartImport(file, database))
        {
            Assert.True(import.WaitForExit(TimeSpan.FromMinutes(5)), "the import after a kill did not finish");
            Assert.True(import.ExitCode == 0, import.StandardError.ReadToEnd());
        }
        Assert.Equal(after, DatabaseState.Fingerprint(database));
        Assert.Equal("ok", DatabaseState.IntegrityCheck(database));
    }

    private static Process StartImport(string file, string database)
    {
        var start = new ProcessStartInfo(DotnetHost(), [AppDll(), "import", "verkopen", file, "--db", database])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        return Process.Start(start)!;
    }

    /// <summary>The app's own build output, in the configuration and framework the tests were built in.</summary>
    private static string AppDll()
    {
        var configuration = typeof(CrashSafetyTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var framework = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Name;
        var dll = Path.Combine(Repository.Root, "Dashboard", "bin", configuration, framework, "Dashboard.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException($"The app is not built at {dll}: build the solution first.", dll);
    }

    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    public void Dispose() => _install.Dispose();
}
