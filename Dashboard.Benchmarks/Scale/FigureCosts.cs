using Dashboard.Data.Administration;
using Dashboard.Data.Figures.Calculation;
using Dashboard.Data.Figures.Data;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Data.Figures.Settings;
using Dashboard.Data.Storage;

namespace Dashboard.Benchmarks.Scale;

/// <summary>
/// The parts one figure table is made of, for the whole sector in 2025: reading the snapshot (warm: only the data version
/// is read) and the settings, the day totals of a month a mid-month period cuts through (from sales_daily, and for comparison summed from the raw
/// rows as before issue 22), and the pure calculation
/// over the in-memory trajectories, certificates and monthly sales totals per breakdown. A page makes several tables (see BENCHMARKS.md), so these explain the page times.
/// </summary>
public static class FigureCosts
{
    public static IReadOnlyList<Timings> Measure(Database database, SnapshotCache snapshots, int repetitions, Action<string> log)
    {
        var settings = new SettingsStore(database);
        var snapshot = snapshots.Get();
        var filter = new IndicatorFilter(PageScenario.Year);
        var ids = IndicatorCalculator.PracticesInScope(snapshot, filter).Select(p => p.Id).ToList();
        var midMonth = PageScenario.MidMonth;
        var calculator = new IndicatorCalculator(settings.Load());
        var results = new List<Timings>
        {
            new("snapshot load after a data change (SectorSnapshot.Load, cold cache)",
                Enumerable.Range(0, 3).Select(_ => Timings.Time(() => new SnapshotCache(database).Get())).ToList()),
            Timings.Measure("snapshot, warm (data version read)", repetitions, () => snapshots.Get()),
            Timings.Measure("settings load", repetitions, () => settings.Load()),
            Timings.Measure($"day totals of {midMonth.From:yyyy-MM} from sales_daily (once per data change for a month a period cuts through)",
                repetitions, () =>
                {
                    using var connection = database.Open();
                    SalesTotalsQuery.Days(connection, midMonth.From, ids);
                }),
            Timings.Measure($"the same summed from its raw sales rows, as before issue 22", repetitions, () => RawMonthDays.Read(database, midMonth.From)),
        };
        foreach (var breakdown in new Dimension?[] { null, Dimension.PracticeKind, Dimension.Store, Dimension.Month, Dimension.TargetGroup })
        {
            results.Add(Timings.Measure($"calculation, whole sector, breakdown {breakdown?.ToString() ?? "none"} ({snapshot.Trajectories.Count} trajectories, {snapshot.MonthlySales.Count} monthly sales totals)",
                repetitions, () => calculator.Calculate(snapshot, [], filter, breakdown, ViewerProfile.Protected), TimeSpan.FromSeconds(15)));
        }
        foreach (var timing in results)
        {
            log($"  {timing.Name}: median {timing.Median:0.00} ms, p95 {timing.P95:0.00} ms");
        }
        return results;
    }
}
