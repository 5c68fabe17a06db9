using System.Diagnostics;
using Dashboard.Benchmarks.Scale;
using Microsoft.Playwright;

namespace Dashboard.Benchmarks.Load;

/// <summary>
/// The load mode (BENCHMARKS.md, "The one command"): the product's server on core 0 with the demo sector, Chromium on core 1
/// holding 50, 100, 200 live circuits on Overzicht; at each level the idle memory per circuit after a full GC, and a minute
/// of filter changes, about one every 4 s per page, against docs/prestaties.md#prestatie-eisen. Goede praktijk and Vergelijken
/// are measured idle at the first level.
/// </summary>
public static class LoadRun
{
    /// <summary>At or above this share of busy time on the browser's core a level counts as client-limited.</summary>
    public const double ClientLimit = 0.90;

    public const string Overview = "/";

    /// <summary>The other pages the idle target applies to, with a view that has figures (as in Dashboard.Tests/Browser/AppPages.cs).</summary>
    public static readonly IReadOnlyList<(string Name, string Path)> OtherPages =
    [
        ("Goede praktijk", "/goede-praktijk?soort=horeca"),
        ("Vergelijken", "/vergelijken?soort=horeca&indicator=P4R"),
    ];

    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan CloseTimeout = TimeSpan.FromMinutes(1);

    /// <summary>The command-line mode: measures, prints the report and writes it to the work folder.</summary>
    public static int Run(LoadOptions options)
    {
        var total = Stopwatch.StartNew();
        var work = Path.GetFullPath(options.Out ?? Path.Combine(Repository.Root, ".benchmarks"));
        Directory.CreateDirectory(work);
        void Log(string line) => Console.WriteLine($"[{total.Elapsed:mm\\:ss}] {line}");
        Log($"machine: {Machine.Describe()}; load average {Machine.LoadAverage}");
        var result = Measure(options, ProductExecutable.Locate(options.SkipBuild, Log), work, Log);
        var report = new ResultReport();
        LoadReport.Write(report, result, heading: "##");
        var text = report.ToString();
        Console.WriteLine();
        Console.WriteLine(text);
        var file = Path.Combine(work, $"load-results-{DateTime.Now:yyyyMMdd-HHmm}.md");
        File.WriteAllText(file, text);
        File.WriteAllText(Path.Combine(work, "load-results.md"), text);
        Log($"written to {file}");
        return 0;
    }

    /// <summary>The whole measurement with the product's Release build <paramref name="executable"/>; also the last part of the scale run.</summary>
    public static LoadResult Measure(LoadOptions options, string executable, string work, Action<string> log) =>
        MeasureAsync(options, executable, work, log).GetAwaiter().GetResult();

    private static async Task<LoadResult> MeasureAsync(LoadOptions options, string executable, string work, Action<string> log)
    {
        var total = Stopwatch.StartNew();
        var loadAtStart = Machine.LoadAverage;
        var dumps = Path.Combine(work, "load-gcdumps");
        Directory.CreateDirectory(dumps);
        using var server = ServerProcess.Start(executable, log);
        log($"  server {server.BaseAddress} (pid {server.Pid})");
        using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(1) };
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await ClientBrowser.LaunchAsync(playwright, work, log);
        var pool = new CircuitPool(browser, server.BaseAddress, options.PagesPerContext, log);

        async Task<IdleMemory> IdleAsync(string page, int circuits)
        {
            await CircuitGauge.WaitForAsync(http, server.BaseAddress, circuits, CloseTimeout);
            await Task.Delay(Settle);
            var dump = HeapDump.Collect(server.Pid, Path.Combine(dumps, $"{Slug(page)}-{circuits}.gcdump"), log);
            var idle = new IdleMemory(page, circuits, dump.Bytes, ProcStats.ResidentBytes(server.Pid), dump);
            log($"  {page}, {circuits} circuits: managed heap {idle.HeapBytes / 1048576.0:0.0} MB, RSS {idle.ResidentBytes / 1048576.0:0} MB");
            return idle;
        }

        // Warm-up: every page once, so the baseline has the compiled code, the snapshot and the remembered default views.
        log("warm-up: each page twice, then closed …");
        foreach (var path in OtherPages.Select(p => p.Path).Prepend(Overview))
        {
            await pool.CloseAsync(await pool.OpenAsync(2, path));
        }
        var baseline = await IdleAsync("no page", 0);

        var otherAt = options.OtherPagesAt ?? options.Circuits[0];
        var others = new List<IdleMemory>();
        foreach (var (name, path) in OtherPages)
        {
            log($"{name}: {otherAt} idle circuits …");
            var pages = await pool.OpenAsync(otherAt, path);
            others.Add(await IdleAsync(name, otherAt));
            await pool.CloseAsync(pages);
        }

        // Idle first, every level ascending: the heap then holds the figure tables of the default view only, as at 0 circuits,
        // and not the hundreds of views an active phase leaves remembered (shared by all circuits, not a circuit's cost).
        var overview = new List<IPage>();
        var idle = new Dictionary<int, IdleMemory>();
        foreach (var circuits in options.Circuits)
        {
            log($"Overzicht: {circuits} idle circuits …");
            overview.AddRange(await pool.OpenAsync(circuits - overview.Count, Overview));
            idle[circuits] = await IdleAsync("Overzicht", circuits);
        }

        // Then active, every level descending, closing pages in between: each level's phase has exactly its own circuits.
        var views = FilterViews.Overview();
        var levels = new List<LoadLevel>();
        foreach (var circuits in options.Circuits.Reverse())
        {
            await pool.CloseAsync(overview.Skip(circuits).ToList());
            overview.RemoveRange(circuits, overview.Count - circuits);
            await CircuitGauge.WaitForAsync(http, server.BaseAddress, circuits, CloseTimeout);
            log($"Overzicht: {circuits} active circuits, a filter change about every {FilterChanges.Describe(TimeSpan.FromSeconds(options.ChangeSeconds))} per page for {options.ActiveSeconds} s …");
            var histogramBefore = await FigureHistogram.ScrapeAsync(http, server.BaseAddress);
            var mark = server.FigureMark;
            var cpuBefore = ProcStats.CpuMilliseconds(server.Pid);
            var coreBefore = ProcStats.Core(ClientBrowser.ClientCore);
            var changes = await FilterChanges.RunAsync(overview, views, TimeSpan.FromSeconds(options.ActiveSeconds),
                TimeSpan.FromSeconds(options.ChangeSeconds), seed: circuits);
            var coreAfter = ProcStats.Core(ClientBrowser.ClientCore);
            var cpu = ProcStats.CpuMilliseconds(server.Pid) - cpuBefore;
            var computed = (await FigureHistogram.ScrapeAsync(http, server.BaseAddress)).Minus(histogramBefore);
            var pageMs = server.FiguresSince(mark).Where(f => f.Page == "OverviewPage").Select(f => f.Milliseconds).ToList();
            var level = new LoadLevel(idle[circuits], changes, cpu, pageMs.Count == 0 ? null : new Timings("server", pageMs), computed,
                ProcStats.Busy(coreBefore, coreAfter));
            levels.Insert(0, level);
            log($"  {level.ChangeCount} changes ({changes.Failures} without an answer), server CPU {level.CpuMsPerChange:0.0} ms a change, " +
                $"server p95 {level.ServerPageMs?.P95:0} ms, browser p95 {level.Browser?.P95:0} ms, client core {level.ClientCoreBusy * 100:0} % busy");
        }

        // Every page closed: the heap should be back at the baseline; what stays is held beyond the circuits that made it.
        await pool.CloseAsync(overview);
        var closed = await IdleAsync("every page closed", 0);
        return new LoadResult(options, baseline, levels, others, closed, pool.Contexts, loadAtStart, Machine.LoadAverage, total.Elapsed);
    }

    private static string Slug(string page) => page.ToLowerInvariant().Replace(' ', '-');
}
