using System.Runtime.ExceptionServices;
using Dashboard.Data.Administration;
using Dashboard.Data.Figures.Calculation;
using Dashboard.Data.Figures.Comparison;
using Dashboard.Data.Figures.Data;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Data.Figures.Results;
using Dashboard.Data.Figures.Settings;
using Dashboard.Data.Operations;

namespace Dashboard.Data.Figures;

/// <summary>
/// The figures for a filter, as pages, exports and the command line ask for them: takes the cached snapshot with the
/// day totals of the months the period cuts through, reads the settings, and lets the pure <see cref="IndicatorCalculator"/> work.
/// </summary>
public sealed class IndicatorService(SnapshotCache snapshots, SettingsStore settings)
{
    private const int RememberedTables = 256;
    private readonly Lock _lock = new();
    private readonly Dictionary<string, IndicatorTable> _tables = [];
    private (SectorSnapshot Snapshot, IndicatorSettings Settings)? _basis;

    public SectorSnapshot Snapshot => snapshots.Get();

    /// <summary>The settings as stored now: read on every use, so an edit applies at once.</summary>
    public IndicatorSettings Settings => settings.Load();

    /// <summary>
    /// The figures for a filter. A page is computed twice (prerendered, then interactive) and several people look at
    /// the same views, so recent tables are remembered until the data or the settings change.
    /// </summary>
    public IndicatorTable Calculate(IndicatorFilter filter, Dimension? breakdown, ViewerProfile profile)
    {
        var snapshot = snapshots.Get();
        var current = settings.Load();
        var key = $"{filter.Key}|{breakdown}|{profile}";
        lock (_lock)
        {
            if (_basis is not { } basis || basis.Snapshot != snapshot || !basis.Settings.SameAs(current))
            {
                _tables.Clear();
                _basis = (snapshot, current);
            }
            else if (_tables.TryGetValue(key, out var remembered))
            {
                return remembered;
            }
        }
        var started = DashboardMetrics.Start();
        var table = new IndicatorCalculator(current).Calculate(snapshot, CutMonths(snapshot, filter), filter, breakdown, profile);
        DashboardMetrics.FiguresComputed(DashboardMetrics.Since(started));
        lock (_lock)
        {
            if (_tables.Count >= RememberedTables)
            {
                _tables.Clear();
            }
            _tables[key] = table;
        }
        return table;
    }

    /// <summary>The figures of the filter beside the previous period and the same period last year (docs/indicatoren.md#vergelijken).</summary>
    public ComparedTable Compare(IndicatorFilter filter, Dimension? breakdown, ViewerProfile profile)
    {
        var previous = filter.WithPeriod(filter.Period.Previous());
        var lastYear = filter.WithPeriod(filter.Period.LastYear());
        ReadCutMonths(filter, previous, lastYear);
        return new(Calculate(filter, breakdown, profile), Calculate(previous, breakdown, profile), Calculate(lastYear, breakdown, profile));
    }

    /// <summary>
    /// One indicator across the stores in scope, each store's figure covering only its practices of
    /// <paramref name="practiceKind"/> when one is given (docs/indicatoren.md#vergelijken).
    /// </summary>
    public StoreComparison CompareStores(IndicatorFilter filter, IndicatorCode code, string? practiceKind, Normalisation normalisation,
        ViewerProfile profile)
    {
        if (practiceKind is not null)
        {
            filter = filter with { PracticeKinds = new HashSet<string> { practiceKind } };
        }
        var lastYearFilter = filter.WithPeriod(filter.Period.LastYear());
        ReadCutMonths(filter, lastYearFilter);
        var current = Calculate(filter, Dimension.Store, profile);
        var lastYear = Calculate(lastYearFilter, Dimension.Store, profile);
        return StoreComparison.From(current, lastYear, code, normalisation, snapshots.Get().Practices);
    }

    /// <summary>The default period: the year to date up to the last day that has data.</summary>
    public Period DefaultPeriod(DateOnly today) => IndicatorCalculator.DefaultPeriod(snapshots.Get().LastDataDay, today);

    /// <summary>
    /// Reads what the default view needs after a change of the data — the snapshot, and the day totals of the months its
    /// period and comparisons cut through (the year to date mostly ends mid-month) — so that the first person to open a
    /// page after an import does not wait for them; each serves every filter.
    /// </summary>
    public void WarmUp(DateOnly today)
    {
        var filter = new IndicatorFilter(DefaultPeriod(today));
        ReadCutMonths(filter, filter.WithPeriod(filter.Period.Previous()), filter.WithPeriod(filter.Period.LastYear()));
    }

    /// <summary>
    /// Reads the day totals of the months the filters' periods cut through side by side, before their figures need them:
    /// a month not read since the last change of the data takes a fifth of a second at docs/prestaties.md#sectorschaal (BENCHMARKS.md).
    /// </summary>
    private void ReadCutMonths(params IndicatorFilter[] filters)
    {
        var months = filters.Where(f => Applicability.Applies(FigureSubject.Sales, f, null))
            .SelectMany(f => f.Period.CutMonths())
            .Select(part => new DateOnly(part.From.Year, part.From.Month, 1))
            .Distinct()
            .ToList();
        if (months.Count == 0)
        {
            return;
        }
        var snapshot = snapshots.Get();
        try
        {
            Parallel.ForEach(months, month => snapshots.DaysOf(snapshot, month));
        }
        catch (AggregateException e)
        {
            // What one read threw (a storage failure), as a read on this thread would throw it.
            ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
        }
    }

    /// <summary>
    /// The sales totals of the days of the months the filter's period cuts through (the whole months are in the snapshot):
    /// slices of those months' day totals, which the calculator narrows to the practices in scope.
    /// </summary>
    private IReadOnlyList<ReadOnlyMemory<SalesFact>> CutMonths(SectorSnapshot snapshot, IndicatorFilter filter) =>
        Applicability.Applies(FigureSubject.Sales, filter, null)
            ? filter.Period.CutMonths().Select(part => snapshots.DaysOf(snapshot, part.From).Within(part)).ToList()
            : [];
}
