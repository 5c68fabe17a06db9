using Dashboard.Data.Indicators.Calculation;
using Dashboard.Data.Indicators.Data;
using Dashboard.Data.Indicators.Filtering;
using Dashboard.Data.Indicators.Protection;
using Dashboard.Data.Indicators.Results;
using Dashboard.Data.Settings;
using Dashboard.Data.Storage;

namespace Dashboard.Data.Indicators;

/// <summary>
/// The figures for a filter, as pages, exports and the command line ask for them: reads the cached
/// snapshot, the settings and the period's sales totals, and lets the pure <see cref="IndicatorCalculator"/> work.
/// </summary>
public sealed class IndicatorService(Database database, SnapshotCache snapshots, SettingsStore settings)
{
    public SectorSnapshot Snapshot => snapshots.Get();

    public IndicatorTable Calculate(IndicatorFilter filter, Dimension? breakdown, ViewerProfile profile)
    {
        var snapshot = snapshots.Get();
        var current = settings.Load();
        return new IndicatorCalculator(current).Calculate(snapshot, Sales(filter, breakdown), filter, breakdown, profile);
    }

    /// <summary>The default period: the year to date up to the last day that has data.</summary>
    public Period DefaultPeriod(DateOnly today) => IndicatorCalculator.DefaultPeriod(snapshots.Get().LastDataDay, today);

    private IReadOnlyList<SalesFact> Sales(IndicatorFilter filter, Dimension? breakdown)
    {
        if (!Applicability.Of(filter, null).Contains(IndicatorCode.E1))
        {
            return [];
        }
        using var connection = database.Open();
        return SalesTotalsQuery.Load(connection, filter.Period);
    }
}
