using System.Globalization;
using Dashboard.Benchmarks.Scale;
using static Dashboard.Benchmarks.Scale.ResultReport;

namespace Dashboard.Benchmarks.Load;

/// <summary>The load mode's Markdown: a table per level against docs/prestaties.md#prestatie-eisen, then the heap by type.</summary>
public static class LoadReport
{
    public const double HeapTargetBytes = 500 * 1024;
    public const double ServerP95Target = 300;
    public const int TargetCircuits = 200;
    private const int TopTypes = 25;

    /// <param name="heading">"##" for the load mode's own report, "###" as a section of the scale run's.</param>
    public static void Write(ResultReport r, LoadResult result, string heading)
    {
        var o = result.Options;
        var sub = heading + "#";
        r.Line($"{heading} Load run {DateTime.Now:yyyy-MM-dd HH:mm}");
        r.Line();
        r.Line($"- Command: `dotnet run -c Release --project Dashboard.Benchmarks -- load --circuits {string.Join(",", o.Circuits)}" +
               (o.ActiveSeconds == 60 ? "" : $" --active-seconds {o.ActiveSeconds}") + $"`, took {result.Elapsed.TotalMinutes:0.0} min");
        r.Line($"- Machine: {Machine.Describe()}; load average (1/5/15 min) at start {result.LoadAtStart}, at end {result.LoadAtEnd}");
        r.Line($"- Server: Dashboard.dll (Release, Development environment, the demo sector it seeds itself, Metrics__Enabled=true) on core 0 (taskset). " +
               $"Client: Debian's Chromium on core {ClientBrowser.ClientCore} at nice 19, {result.Contexts} browser contexts signed in as the demo board (whole sector), " +
               $"up to {o.PagesPerContext} pages each, viewport 640×400.");
        r.Line($"- Idle: pages open and live, then a full blocking GC induced by dotnet-gcdump; per circuit = (value at N − value at 0 circuits) / N, " +
               $"0 circuits = after a warm-up of every page: managed heap {Kb(result.Baseline.HeapBytes)}, RSS {Mb(result.Baseline.ResidentBytes)}. " +
               "All idle levels are measured before any active phase, so the heap holds the default view's figure tables only; the " +
               "active phases then run from the most circuits to the fewest, closing pages in between.");
        r.Line($"- Active: every page changes its Overzicht filter (a year or quarter 2023–2026, whole sector or one of the organisations: {FilterViews.Overview().Count} views) " +
               $"about every {FilterChanges.Describe(TimeSpan.FromSeconds(o.ChangeSeconds))} (±20 %, random offsets) for {o.ActiveSeconds} s, " +
               "by Blazor's client-side navigation to the new query, as the filter bar does.");
        r.Line();

        r.Line($"{sub} Overzicht, against the targets");
        r.Line();
        r.Table(["circuits", "heap / circuit", "RSS / circuit", "server CPU / change", "server figures p50 / p95", "browser p50 / p95",
                 "changes", "client core", "verdict"],
            result.Levels.Select(l => new[]
            {
                l.Circuits.ToString(CultureInfo.InvariantCulture),
                Kb(l.Idle.HeapPerCircuit(result.Baseline)),
                Kb(l.Idle.ResidentPerCircuit(result.Baseline)),
                Ms(l.CpuMsPerChange),
                l.ServerPageMs is { } s ? $"{Ms(s.Median)} / {Ms(s.P95)}" : "–",
                l.Browser is { } b ? $"{Ms(b.Median)} / {Ms(b.P95)}" : "–",
                l.ChangeCount.ToString(CultureInfo.InvariantCulture) + (l.Changes.Failures > 0 ? $" ({l.Changes.Failures} unanswered)" : ""),
                Percent(l.ClientCoreBusy) + (l.ClientLimited ? " **client-limited**" : ""),
                LevelVerdict(l, result.Baseline),
            }));
        r.Line("Targets (docs/prestaties.md#prestatie-eisen): ≤ 500 KB of managed heap per idle circuit; at 200 circuits, with a change " +
               "every ~4 s per user, a filter change's server time p95 < 300 ms. *Server figures* is each page load's own time on the server " +
               "(the product logs `OverviewPage: figures in N ms` for every change, remembered tables included), exact samples, nearest-rank " +
               "percentiles. *Server CPU / change* is the server's utime + stime (/proc/<pid>/stat) over the active phase ÷ the changes. " +
               "*Browser* is from the navigation to the page showing the new filter's figures, timed in the page. *Client core* is how busy " +
               $"core {ClientBrowser.ClientCore} (/proc/stat) was during the active phase, with whatever else ran there; at ≥ {LoadRun.ClientLimit * 100:0} % a level is " +
               "client-limited: the browser times then measure the client as much as the server. The server figures are the page's " +
               "computation only; the browser time adds the wait for a thread, the render, the diff sent and applied.");
        r.Line();

        r.Line($"{sub} Figure tables computed (not remembered) during the active phase");
        r.Line();
        r.Table(["circuits", "tables computed", "per change", "p50 (interpolated)", "p95 (interpolated)"],
            result.Levels.Select(l => new[]
            {
                l.Circuits.ToString(CultureInfo.InvariantCulture),
                l.ComputedTables.Count.ToString(CultureInfo.InvariantCulture),
                l.ChangeCount == 0 ? "–" : ((double)l.ComputedTables.Count / l.ChangeCount).ToString("0.0", CultureInfo.InvariantCulture),
                Ms(l.ComputedTables.Quantile(0.5)),
                Ms(l.ComputedTables.Quantile(0.95)),
            }));
        r.Line("From the product's histogram `impactdashboard_figures_duration_milliseconds` on /metrics (scraped before and after the phase): " +
               "the quantiles are interpolated linearly inside the buckets, as Prometheus's histogram_quantile does, so they are " +
               "estimates no better than the bucket bounds.");
        r.Line();

        r.Line($"{sub} Idle memory per page");
        r.Line();
        r.Table(["page", "circuits", "heap / circuit", "RSS / circuit", "verdict (≤ 500 KB)"],
            result.Levels.Take(1).Select(l => l.Idle).Concat(result.OtherPages).Select(i => new[]
            {
                i.Page, i.Circuits.ToString(CultureInfo.InvariantCulture), Kb(i.HeapPerCircuit(result.Baseline)), Kb(i.ResidentPerCircuit(result.Baseline)),
                Verdict(i.HeapPerCircuit(result.Baseline) <= HeapTargetBytes),
            }));

        r.Line($"After closing every page the managed heap was {Kb(result.AllClosed.HeapBytes)} and the RSS {Mb(result.AllClosed.ResidentBytes)}, " +
               $"against {Kb(result.Baseline.HeapBytes)} and {Mb(result.Baseline.ResidentBytes)} at the start: heap that stays is held beyond the " +
               "circuits that made it (or remembered figure tables of the active phases).");
        r.Line();

        if (result.Levels.Count > 0)
        {
            var largest = result.Levels[^1].Idle;
            r.Line($"{sub} Managed heap by type at {largest.Circuits} idle circuits on Overzicht (top {TopTypes})");
            r.Line();
            var zero = result.Baseline.Dump.Types.GroupBy(t => t.Name).ToDictionary(g => g.Key, g => g.Sum(t => t.Count));
            r.Table(["type (the report's line)", "object bytes", "objects", "objects at 0 circuits", "added objects / circuit"],
                largest.Dump.Types.Take(TopTypes).Select(t => new[]
                {
                    $"`{t.Name}`", t.Bytes.ToString("N0", CultureInfo.InvariantCulture), t.Count.ToString("N0", CultureInfo.InvariantCulture),
                    zero.GetValueOrDefault(t.Name).ToString("N0", CultureInfo.InvariantCulture),
                    PerCircuit(t.Count - zero.GetValueOrDefault(t.Name), largest.Circuits),
                }));
            r.Line($"{sub} The types each circuit adds most objects of (size classes added up; top {TopTypes})");
            r.Line();
            var zeroByType = result.Baseline.Dump.Types.GroupBy(t => HeapDump.TypeName(t.Name)).ToDictionary(g => g.Key, g => g.Sum(t => t.Count));
            r.Table(["type", "objects", "objects at 0 circuits", "added / circuit"],
                largest.Dump.Types.GroupBy(t => HeapDump.TypeName(t.Name))
                    .Select(g => (Name: g.Key, Count: g.Sum(t => t.Count), Zero: zeroByType.GetValueOrDefault(g.Key)))
                    .OrderByDescending(t => t.Count - t.Zero).Take(TopTypes)
                    .Select(t => new[]
                    {
                        $"`{t.Name}`", t.Count.ToString("N0", CultureInfo.InvariantCulture), t.Zero.ToString("N0", CultureInfo.InvariantCulture),
                        PerCircuit(t.Count - t.Zero, largest.Circuits),
                    }));
            r.Line($"From `dotnet-gcdump report` of {Path.GetFileName(largest.Dump.File)} (in the work folder's load-gcdumps/; open it in " +
                   "Visual Studio or PerfView for who holds what). The report ranks its lines by *object bytes*, its size for the line " +
                   "(arrays and strings have a line per size class), which is not the type's total: the counts are what add up. The dump's " +
                   $"GC heap is {Kb(largest.Dump.Bytes)} in {largest.Dump.Objects.ToString("N0", CultureInfo.InvariantCulture)} objects.");
            r.Line();
        }
    }

    private static string LevelVerdict(LoadLevel level, IdleMemory baseline)
    {
        var heap = level.Idle.HeapPerCircuit(baseline) <= HeapTargetBytes;
        var text = "heap " + Verdict(heap);
        if (level.Circuits >= TargetCircuits && level.ServerPageMs is { } server)
        {
            text += ", p95 " + Verdict(server.P95 < ServerP95Target);
        }
        return text;
    }

    /// <summary>Objects added per circuit, rounded; a fraction below zero shows as 0, not as -0.</summary>
    private static string PerCircuit(long added, int circuits)
    {
        var value = Math.Round((double)added / circuits);
        return (value == 0 ? 0 : value).ToString("N0", CultureInfo.InvariantCulture);
    }

    private static string Kb(double bytes) => (bytes / 1024).ToString("N0", CultureInfo.InvariantCulture) + " KB";

    private static string Percent(double share) => double.IsNaN(share) ? "–" : (share * 100).ToString("0", CultureInfo.InvariantCulture) + " %";
}
