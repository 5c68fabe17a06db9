using Dashboard.Data.Administration;
using Dashboard.Data.Domain;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Comparison;
using Dashboard.Data.Figures.Data;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Data.Figures.Settings;
using Dashboard.Data.Figures.Targets;
using Dashboard.Data.Figures.TheoryOfChange;
using Dashboard.Data.Figures.Views;
using Dashboard.Data.Storage;

namespace Dashboard.Benchmarks.Scale;

/// <summary>
/// The server time of one page's figures for one filter: what the page's <c>Load</c> computes (the view with its comparisons
/// to the previous period and last year). Each repetition gets a new <see cref="IndicatorService"/>, so its table cache is
/// empty and every figure is computed, while the sector snapshot stays in memory as in a running server — the case of a
/// filter nobody asked for since the last import. The day totals of a month a period cuts through are read once per data
/// change too and kept beside the snapshot: <see cref="FirstMs"/>, the first call, includes reading them for the mid-month
/// period. <see cref="Cached"/> is the same call again on the same service (the interactive render after the prerender,
/// or a second viewer).
/// </summary>
public sealed record PageTiming(string Page, string Scenario, double FirstMs, Timings Computed, Timings Cached);

public static class PageTimings
{
    public const string Overview = "Overzicht";
    public const string Practice = "Goede praktijk";
    public const string Compare = "Vergelijken";

    public static IReadOnlyList<string> Pages { get; } = [Overview, Practice, Compare];

    public static IReadOnlyList<PageTiming> Measure(Database database, SnapshotCache snapshots, int repetitions, Action<string> log,
        Func<string, PageScenario, bool>? only = null)
    {
        var targets = new TargetStore(database);
        var theories = new TheoryOfChangeStore(database);
        var results = new List<PageTiming>();
        var scenarios = PageScenario.All(snapshots.Get());
        // A running server has compiled and tiered up its code in its first requests: every page and filter runs for 2023
        // first, so that the timings below measure the work and not the JIT, while no 2025 figure is kept yet. .NET
        // recompiles a method optimised after some 30 calls, in the background: one pass left the engine's loops
        // unoptimised for the first ten measured calls (110–130 ms where the rest took 29 ms, Overzicht over the whole
        // sector on PostgreSQL), so each runs this often, then the compiler is given a moment.
        const int warmUpPasses = 12;
        for (var pass = 0; pass < warmUpPasses; pass++)
        {
            foreach (var scenario in scenarios)
            {
                foreach (var page in Pages.Where(p => only?.Invoke(p, scenario) ?? true))
                {
                    var period = scenario.Filter.Period;
                    var earlier = scenario with { Filter = scenario.Filter.WithPeriod(new Period(period.From.AddYears(-2), period.To.AddYears(-2))) };
                    Load(page, new IndicatorService(snapshots, new SettingsStore(database)), targets, theories, earlier);
                }
            }
        }
        Thread.Sleep(TimeSpan.FromSeconds(1));
        foreach (var scenario in scenarios)
        {
            foreach (var page in Pages.Where(p => only?.Invoke(p, scenario) ?? true))
            {
                IndicatorService Fresh() => new(snapshots, new SettingsStore(database));
                var first = Timings.Time(() => Load(page, Fresh(), targets, theories, scenario));
                var computed = Timings.Measure($"{page} · {scenario.Name}", repetitions,
                    () => Load(page, Fresh(), targets, theories, scenario), TimeSpan.FromSeconds(20));
                var service = Fresh();
                Load(page, service, targets, theories, scenario);
                var cached = Timings.Measure("cached", repetitions, () => Load(page, service, targets, theories, scenario));
                results.Add(new PageTiming(page, scenario.Name, first, computed, cached));
                log($"  {page,-15} {scenario.Name,-36} first {first,7:0.0} ms  median {computed.Median,7:0.0}  p95 {computed.P95,7:0.0}  cached {cached.Median,6:0.00} ms");
            }
        }
        return results;
    }

    /// <summary>What each page's <c>Load</c> does (Dashboard/Components/Pages/*).</summary>
    public static object Load(string page, IndicatorService indicators, TargetStore targets, TheoryOfChangeStore theories, PageScenario scenario)
    {
        var filter = scenario.Filter;
        return page switch
        {
            Overview => OverviewView.Build(indicators, targets.List(filter.Period.From.Year), [], filter, ViewerProfile.Protected, IndicatorCode.P1,
                culture: Language.Dutch, exportedOn: null),
            // Goede praktijk is about one practice kind (or practice); for a filter over several kinds the shop floor is chosen.
            Practice => PracticeView.Build(indicators, targets.List(filter.Period.From.Year), [], theories, PracticeFilter(indicators, filter),
                ViewerProfile.Protected, culture: Language.Dutch, exportedOn: null),
            _ => ComparisonView.Build(indicators, filter, IndicatorCode.P4R, Normalisation.None, ViewerProfile.Protected, culture: Language.Dutch, exportedOn: null),
        };
    }

    private static IndicatorFilter PracticeFilter(IndicatorService indicators,
        IndicatorFilter filter) =>
        PracticeView.SubjectOf(filter, indicators.Snapshot) is null ? filter with { PracticeKinds = new HashSet<string> { "winkel" } } : filter;
}
