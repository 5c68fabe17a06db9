using System.Diagnostics;
using System.Globalization;
using Dashboard.Data.Figures.Data;
using Dashboard.Data.Storage;
using static Dashboard.Benchmarks.Scale.ResultReport;

namespace Dashboard.Benchmarks.Scale;

/// <summary>
/// The whole-run scale mode: generate (or reuse) the sector, measure the import against sqlite3, import the whole sector,
/// then time every page's figures and the exports on it, and write the Markdown report into the work folder.
/// </summary>
public static class ScaleRun
{
    /// <summary>Issue 22 (docs/prestaties.md#prestatie-eisen): 1.5×, from 2.0×.</summary>
    private const double ImportRatioTarget = 1.5;
    /// <summary>Issue 22: the first figures of any period after a data change, cut months included.</summary>
    private const double FirstCallTarget = 150;
    private const long PeakTarget = 300L * 1024 * 1024;
    private const double PageTarget = 100;
    private const double PngTarget = 100;

    public static int Run(ScaleOptions options)
    {
        var total = Stopwatch.StartNew();
        var work = Path.GetFullPath(options.Out ?? Path.Combine(Repository.Root, ".benchmarks"));
        Directory.CreateDirectory(work);
        void Log(string line) => Console.WriteLine($"[{total.Elapsed:mm\\:ss}] {line}");
        var loadAtStart = Machine.LoadAverage;
        Log($"machine: {Machine.Describe()}; load average {loadAtStart}");

        var data = DataSet.Prepare(work, options.Scale, options.Density, options.Seed, Log);
        Log($"  data set: {data.Contents}; {data.Contents.Bytes / 1048576.0:0} MB of files");
        if (options.GenerateOnly)
        {
            var section = new ResultReport();
            DataSetSection(section, options, data);
            Console.WriteLine();
            Console.WriteLine(section);
            return 0;
        }
        var executable = ProductExecutable.Locate(options.SkipBuild, Log);
        var product = new ProductCommand(executable);
        if (options.Provider == DatabaseProvider.PostgreSql)
        {
            return PostgreSqlRun.Run(options, data, product, work, Log);
        }
        var sqlite3 = Sqlite3Tool.Locate(Log);

        Log($"cutting a {options.SampleRows:N0}-row sales sample …");
        var sample = data.SalesSample(options.SampleRows);
        var storesOnly = Path.Combine(work, "stores-only.db");
        DatabaseFiles.Delete(storesOnly);
        product.Import("winkels", data.Stores, storesOnly);
        SqliteWarmUp(sample);

        Log("import: product (whole process) vs sqlite3 .import, alternating …");
        var import = ImportComparison.Run(product, sqlite3, storesOnly, sample, work, options.ImportRuns, Log)!;
        Log("import phases, in process …");
        var phases = ImportPhases.Measure(storesOnly, sample, work);
        Log($"  inspect {phases.InspectMs:0} ms, read {phases.ReadMs:0} ms, parse+check {phases.ParseMs:0} ms, insert {phases.InsertMs:0} ms " +
            $"(without index {phases.InsertWithoutIndexMs:0} ms), importer {phases.ImporterMs:0} ms, rest {phases.RestMs:0} ms");

        Log("importing the whole sector with the command line …");
        var sector = SectorDatabase.Prepare(data, product, work, options.Reimport, Log);
        var counts = sector.Counts();
        Log($"  {counts.Sales:N0} sales rows, {counts.Trajectories:N0} trajectories, {counts.Stores:N0} stores, {counts.Practices:N0} practices, {sector.Bytes / 1048576.0:0} MB");

        var database = new Database(sector.Path);
        var snapshots = new SnapshotCache(database);
        Log("figure parts …");
        var parts = FigureCosts.Measure(database, snapshots, options.PageRepetitions, Log);
        Log("page figures …");
        var pages = PageTimings.Measure(database, snapshots, options.PageRepetitions, Log);
        Log("exports …");
        var exports = ExportTimings.Measure(database, snapshots, options.ExportRepetitions, Log);
        var loadAtEnd = Machine.LoadAverage;
        var live = LiveCircuits(options, executable, work, Log);

        var report = Report(options, data, sector, counts, import, phases, parts, pages, exports, loadAtStart, loadAtEnd, total.Elapsed);
        live?.Invoke(report);
        var text = report.ToString();
        Console.WriteLine();
        Console.WriteLine(text);
        var file = Path.Combine(work, $"results-scale{options.Scale}-density{options.Density}-{DateTime.Now:yyyyMMdd-HHmm}.md");
        File.WriteAllText(file, text);
        File.WriteAllText(Path.Combine(work, "results.md"), text);
        Log($"written to {file}");
        return 0;
    }

    /// <summary>The load measurement (BENCHMARKS.md): the server with live circuits in Chromium; its report section, or why it is missing.</summary>
    private static Action<ResultReport>? LiveCircuits(ScaleOptions options, string executable, string work, Action<string> log)
    {
        if (options.SkipLoad)
        {
            return null;
        }
        log("load: live circuits in Chromium …");
        try
        {
            var result = Load.LoadRun.Measure(new Load.LoadOptions { Circuits = options.Circuits, SkipBuild = true },
                executable, work, log);
            return report => Load.LoadReport.Write(report, result, heading: "###");
        }
        catch (Exception failed) when (failed is InvalidOperationException or TimeoutException or IOException or Microsoft.Playwright.PlaywrightException)
        {
            log("  load not measured: " + failed.Message);
            return report => report.Line($"### Load run\n\nNot measured: {failed.Message}\n");
        }
    }

    private static string Command(ScaleOptions options) =>
        $"dotnet run -c Release --project Dashboard.Benchmarks -- scale --scale {options.Scale} --density {options.Density}" +
        (options.Seed == ScaleOptions.DefaultSeed ? "" : $" --seed {options.Seed}");

    /// <summary>What the generated files hold, file by file: the shape the measurements are about.</summary>
    private static void DataSetSection(ResultReport r, ScaleOptions options, DataSet data)
    {
        r.Line($"### Data set: scale {options.Scale}, density {options.Density} (till reports a day x places), seed {options.Seed}");
        r.Line();
        r.Line($"{data.Contents}; " + (data.Reused ? "generated earlier" : "generated") +
               $" in {data.GeneratedSeconds:0.0} s ({Path.GetFileName(data.Folder)}).");
        r.Line();
        r.Table(["file", "rows", "size"],
            data.Contents.Files.Select(f => new[] { f.Name, f.Rows.ToString("N0", CultureInfo.InvariantCulture), Size(f.Bytes) })
                .Append(["all files", "", Size(data.Contents.Bytes)]));
    }

    private static string Size(long bytes) => (bytes / 1048576.0).ToString("0.0", CultureInfo.InvariantCulture) + " MB";

    /// <summary>Reads the sample once so that neither the first product run nor the first sqlite3 run pays for the disk.</summary>
    private static void SqliteWarmUp(string sample)
    {
        using var stream = File.OpenRead(sample);
        stream.CopyTo(Stream.Null);
    }

    private static ResultReport Report(ScaleOptions options, DataSet data, SectorDatabase sector,
        (long Sales, long Trajectories, long Stores, long Practices) counts, ImportComparison import, ImportPhases phases,
        IReadOnlyList<Timings> parts, IReadOnlyList<PageTiming> pages, IReadOnlyList<Timings> exports, string loadAtStart, string loadAtEnd,
        TimeSpan elapsed)
    {
        var r = new ResultReport();
        r.Line($"## Scale run {DateTime.Now:yyyy-MM-dd HH:mm}");
        r.Line();
        r.Line($"- Command: `{Command(options)}`, took {elapsed.TotalMinutes:0.0} min");
        r.Line($"- Machine: {Machine.Describe()}");
        r.Line($"- Load average (1/5/15 min) at start {loadAtStart}, at end {loadAtEnd}");
        r.Line($"- Data: demo generator at scale {options.Scale}, density {options.Density}, seed {options.Seed} — in the database " +
               $"{counts.Sales:N0} sales rows, {counts.Trajectories:N0} trajectories, {counts.Stores:N0} stores, {counts.Practices:N0} practices; " +
               $"database {sector.Bytes / 1048576.0:0} MB" + (sector.Reused ? "; imported earlier" : ""));
        r.Line();
        DataSetSection(r, options, data);

        var pageWorst = pages.MaxBy(p => p.Computed.P95)!;
        var firstWorst = pages.MaxBy(p => p.FirstMs)!;
        var png = exports.Where(e => e.Name.StartsWith("PNG", StringComparison.Ordinal)).ToList();
        var pngWorst = png.MaxBy(e => e.P95)!;
        r.Line("### Against the targets (docs/prestaties.md#prestatie-eisen)");
        r.Line();
        r.Table(["Target", "Measured", "Verdict"],
        [
            [$"import of {options.SampleRows:N0} sales rows ≤ {ImportRatioTarget.ToString("0.0", CultureInfo.InvariantCulture)}× sqlite3 .import",
                $"{Seconds(import.Product.Median)} vs {Seconds(import.Floor.Median)} = **{import.Ratio.ToString("0.00", CultureInfo.InvariantCulture)}×** (medians of {import.Product.Milliseconds.Count})",
                double.IsNaN(import.Ratio) ? "no sqlite3" : Verdict(import.Ratio <= ImportRatioTarget)],
            ["peak working set of the import < 300 MB", Mb(import.PeakMax), Verdict(import.PeakMax < PeakTarget)],
            ["every page's figures, p95 < 100 ms", $"worst p95 {Ms(pageWorst.Computed.P95)} ({pageWorst.Page}, {pageWorst.Scenario})",
                Verdict(pages.All(p => p.Computed.P95 < PageTarget))],
            ["chart PNG 1200×675 < 100 ms", $"worst p95 {Ms(pngWorst.P95)} ({pngWorst.Name})", Verdict(png.All(p => p.P95 < PngTarget))],
            [$"first figures of a period after a data change < {FirstCallTarget:0} ms (its cut months' day totals read)",
                $"slowest first call {Ms(firstWorst.FirstMs)} ({firstWorst.Page}, {firstWorst.Scenario})", Verdict(firstWorst.FirstMs < FirstCallTarget)],
        ]);
        r.Line("The first call of each page and filter is the first after a data change for the months its period and comparisons " +
               "cut through (the mid-month period's five), with the sector snapshot already read, as the warm-up does after an import.");
        r.Line();

        r.Line("### Import of the sample (whole process, start-up included)");
        r.Line();
        r.Table(["", "median", "min", "max", "runs"],
        [
            ["product `import verkopen`", Seconds(import.Product.Median), Seconds(import.Product.Min), Seconds(import.Product.Max), import.Product.Milliseconds.Count.ToString(CultureInfo.InvariantCulture)],
            ["sqlite3 `.import` (plain table)", Seconds(import.Floor.Median), Seconds(import.Floor.Min), Seconds(import.Floor.Max), import.Floor.Milliseconds.Count.ToString(CultureInfo.InvariantCulture)],
            ["peak working set (VmHWM) of the product", string.Join(", ", import.PeakBytes.Select(Mb)), "", "", ""],
        ]);
        r.Line("Where the product's import time goes (in process, same sample; see Scale/ImportPhases.cs):");
        r.Line();
        var process = import.Product.Median;
        string Share(double ms) => (ms / process * 100).ToString("0", CultureInfo.InvariantCulture) + " %";
        r.Table(["phase", "time", "share of the process"],
        [
            ["start-up, migration check, audit entry (process − in-process importer)", Ms(process - phases.ImporterMs), Share(process - phases.ImporterMs)],
            ["inspect: encoding check and SHA-256 of the file", Ms(phases.InspectMs), Share(phases.InspectMs)],
            ["parse + check every field, look up store/practice (CsvHelper + RowReader)", Ms(phases.ParseMs), Share(phases.ParseMs)],
            ["  of which reading the CSV records alone (CsvHelper)", Ms(phases.ReadMs), Share(phases.ReadMs)],
            ["INSERT into sales with its index, commit", Ms(phases.InsertMs), Share(phases.InsertMs)],
            ["  the same INSERT without the (practice_id, sale_date) index", Ms(phases.InsertWithoutIndexMs), Share(phases.InsertWithoutIndexMs)],
            ["rest: day and monthly totals, ranges, overlap check, per-row bookkeeping", Ms(phases.RestMs), Share(phases.RestMs)],
            ["whole Importer.Import in process", Ms(phases.ImporterMs), Share(phases.ImporterMs)],
        ]);

        r.Line("### Importing the whole sector (command line, one file after another)");
        r.Line();
        r.Table(["file", "time", "peak working set"], sector.Imports.Select(i => new[] { i.File, $"{i.Seconds:0.0} s", Mb(i.PeakBytes) }));

        r.Line($"### Page figures (server time, Protected profile, median / p95 of up to {options.PageRepetitions} computed calls)");
        r.Line();
        r.Table(["page", "filter", "median", "p95", "first call", "cached"],
            pages.Select(p => new[] { p.Page, p.Scenario, Ms(p.Computed.Median), Ms(p.Computed.P95), Ms(p.FirstMs), Ms(p.Cached.Median) }));
        r.Line("### Parts of one figure table (whole sector, 2025)");
        r.Line();
        r.Table(["part", "median", "p95"], parts.Select(p => new[] { p.Name, Ms(p.Median), Ms(p.P95) }));

        r.Line("### Exports");
        r.Line();
        r.Table(["export", "median", "p95", "runs"], exports.Select(e => new[] { e.Name, Ms(e.Median), Ms(e.P95), e.Milliseconds.Count.ToString(CultureInfo.InvariantCulture) }));
        return r;
    }
}
