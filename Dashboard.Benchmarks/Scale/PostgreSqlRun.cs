using System.Diagnostics;
using System.Globalization;
using Dashboard.Data.Figures.Data;
using Dashboard.Data.Storage;
using Npgsql;

namespace Dashboard.Benchmarks.Scale;

/// <summary>
/// The scale run on PostgreSQL (`scale --provider postgresql --connection "Host=…;Username=…"`, a user that may create
/// databases): the product's import of the sample as a whole process into a database holding only the stores, against
/// `psql \copy` of the same file into a plain table; then the whole sector imported with the command line and every
/// page's figures timed on it. The same data set as the SQLite run; its databases are made anew each run and dropped.
/// </summary>
public static class PostgreSqlRun
{
    public static int Run(ScaleOptions options, DataSet data, ProductCommand product, string work, Action<string> log)
    {
        var server = options.Connection ?? throw new ArgumentException("--provider postgresql needs --connection \"Host=…;Username=…\"");
        // The command line's key file is data/impact.key of the folder it starts in: one folder for all these runs.
        var folder = Path.Combine(work, "postgresql");
        Directory.CreateDirectory(folder);
        var psql = Tool("psql");

        log($"cutting a {options.SampleRows:N0}-row sales sample …");
        var sample = data.SalesSample(options.SampleRows);
        var productMs = new List<double>();
        var floorMs = new List<double>();
        var tableMs = new List<double>();
        var peaks = new List<long>();
        for (var i = 1; i <= options.ImportRuns; i++)
        {
            var productDatabase = Create(server, "impact_bench_import");
            product.Import("winkels", data.Stores, productDatabase, folder);
            var run = product.Import("verkopen", sample, productDatabase, folder);
            productMs.Add(run.Milliseconds);
            peaks.Add(run.PeakBytes);
            log($"  product import run {i}: {run.Milliseconds / 1000:0.00} s, peak {run.PeakBytes / 1048576.0:0} MB");

            // The database's own share: the rows just imported, by binary COPY into a table like sales (its index included).
            var rows = Path.Combine(folder, "sales.bin");
            var columns = "batch_id, practice_id, sale_date, category, revenue_cents, items, weight_g, transactions";
            Psql(psql, productDatabase, $"\\copy (SELECT {columns} FROM sales) TO '{rows}' (FORMAT binary)");
            Psql(psql, productDatabase, "CREATE TABLE sales_again (LIKE sales INCLUDING ALL)");
            var table = Psql(psql, productDatabase, $"\\copy sales_again ({columns}) FROM '{rows}' (FORMAT binary)");
            tableMs.Add(table.Milliseconds);
            File.Delete(rows);
            log($"  psql binary COPY of those rows into a table like sales, run {i}: {table.Milliseconds / 1000:0.00} s");

            var floorDatabase = Create(server, "impact_bench_floor");
            var plain = "CREATE TABLE plain (datum TEXT, winkel TEXT, praktijk TEXT, categorie TEXT, omzet TEXT, aantal TEXT, gewicht_kg TEXT, transacties TEXT)";
            Psql(psql, floorDatabase, plain);
            var floor = Psql(psql, floorDatabase, $"\\copy plain FROM '{sample}' WITH (FORMAT csv, HEADER true, DELIMITER ';')");
            floorMs.Add(floor.Milliseconds);
            log($"  psql \\copy run {i}: {floor.Milliseconds / 1000:0.00} s");
        }
        var productTimes = new Timings("product", productMs);
        var floorTimes = new Timings("psql \\copy", floorMs);
        var tableTimes = new Timings("psql binary COPY into sales", tableMs);

        log("importing the whole sector with the command line …");
        var sector = Create(server, "impact_bench_sector");
        var imports = Stopwatch.StartNew();
        foreach (var (kind, file) in new[] { ("winkels", data.Stores), ("deelnemers", data.Trajectories), ("certificaten", data.Certificates) }
                     .Concat(data.SalesFiles.Select(f => ("verkopen", f))))
        {
            var run = product.Import(kind, file, sector, folder);
            log($"  import {kind} {Path.GetFileName(file)}: {run.Milliseconds / 1000:0.0} s, peak {run.PeakBytes / 1048576.0:0} MB");
        }
        log($"  the whole sector in {imports.Elapsed.TotalMinutes:0.0} min");
        var database = Database.PostgreSql(sector);
        var snapshots = new SnapshotCache(database);
        var load = Timings.Measure("snapshot load", 3, () => SectorSnapshot.Load(database.Open()).Pack());
        log("page figures …");
        var pages = PageTimings.Measure(database, snapshots, options.PageRepetitions, log);

        var report = new ResultReport();
        report.Line($"## Scale run on PostgreSQL {DateTime.Now:yyyy-MM-dd HH:mm}");
        report.Line();
        report.Line($"- Machine: {Machine.Describe()}; load average at end {Machine.LoadAverage}");
        report.Line($"- Server: {Version(server)}");
        report.Line($"- Import of {options.SampleRows:N0} sales rows: product {productTimes.Median / 1000:0.00} s (medians of {options.ImportRuns}) vs " +
                    $"psql \\copy {floorTimes.Median / 1000:0.00} s = **{productTimes.Median / floorTimes.Median:0.00}×**; peak working set {peaks.Max() / 1048576.0:0} MB");
        report.Line($"- The same rows by psql's binary COPY into a table like sales, its index included: {tableTimes.Median / 1000:0.00} s " +
                    $"(the product {productTimes.Median / tableTimes.Median:0.00}× that)");
        report.Line($"- Snapshot load after a data change: {load.Median:0} ms");
        report.Line();
        report.Table(["page", "filter", "median", "p95", "first call"],
            pages.Select(p => new[] { p.Page, p.Scenario, Ms(p.Computed.Median), Ms(p.Computed.P95), Ms(p.FirstMs) }));
        var text = report.ToString();
        Console.WriteLine();
        Console.WriteLine(text);
        File.WriteAllText(Path.Combine(work, "results-postgresql.md"), text);
        foreach (var name in new[] { "impact_bench_import", "impact_bench_floor", "impact_bench_sector" })
        {
            Drop(server, name);
        }
        return 0;
    }

    private static string Ms(double ms) => ms.ToString(ms < 10 ? "0.00" : "0.0", CultureInfo.InvariantCulture) + " ms";

    /// <summary>A new, empty database of that name (an earlier one dropped); its connection string.</summary>
    private static string Create(string server, string name)
    {
        Drop(server, name);
        using (var admin = new NpgsqlConnection(server))
        {
            admin.Open();
            admin.Execute($"CREATE DATABASE {name}");
        }
        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString();
    }

    private static void Drop(string server, string name)
    {
        NpgsqlConnection.ClearAllPools();
        using var admin = new NpgsqlConnection(server);
        admin.Open();
        admin.Execute($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
    }

    private static string Version(string server)
    {
        using var connection = new NpgsqlConnection(server);
        connection.Open();
        return connection.Scalar<string>("SHOW server_version");
    }

    /// <summary>psql on a database, the connection given as libpq's key=value words (never a password: PGPASSWORD or ~/.pgpass).</summary>
    private static ProcessRun Psql(string psql, string connectionString, string command)
    {
        var c = new NpgsqlConnectionStringBuilder(connectionString);
        var conninfo = $"host={c.Host} port={c.Port} dbname={c.Database}" + (c.Username is { Length: > 0 } user ? $" user={user}" : "");
        var run = ProcessRun.Start(psql, [conninfo, "-v", "ON_ERROR_STOP=1", "-c", command]);
        return run.ExitCode == 0 ? run : throw new InvalidOperationException($"psql failed: {run.Output}");
    }

    private static string Tool(string name) =>
        new[] { $"/usr/bin/{name}" }.Concat(Directory.Exists("/usr/lib/postgresql") ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin", name)) : [])
            .FirstOrDefault(File.Exists) ?? throw new InvalidOperationException($"{name} not found: apt-get install postgresql-client");
}
