using System.Diagnostics.Metrics;
using Dashboard.Data.Administration;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Data;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Data.Figures.Settings;
using Dashboard.Data.Imports;
using Dashboard.Data.Operations;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Operations;

/// <summary>
/// The meter's instruments as the core records them. Other tests record on the same meter at the same time, so only what
/// is recorded on this test's own thread is counted (an import and a calculation record where they run).
/// </summary>
public sealed class DashboardMetricsTests : IDisposable
{
    private readonly TestInstallation _install = new TestInstallation().WithStandardStores();
    private readonly MeterListener _listener = new();
    private readonly List<(string Instrument, double Value)> _measured = [];
    private readonly int _thread = Environment.CurrentManagedThreadId;

    public DashboardMetricsTests()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == DashboardMetrics.MeterName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, _, _) => Measured(instrument, value));
        _listener.SetMeasurementEventCallback<double>((instrument, value, _, _) => Measured(instrument, value));
        _listener.Start();
    }

    private void Measured(Instrument instrument, double value)
    {
        if (Environment.CurrentManagedThreadId == _thread)
        {
            lock (_measured)
            {
                _measured.Add((instrument.Name, value));
            }
        }
    }

    [Fact]
    public void A_successful_import_counts_its_rows_and_its_time()
    {
        _install.ImportOk(ImportKind.Deelnemers, "deelnemers.csv",
            TrajectoryRow.File(TrajectoryRow.Number(1), TrajectoryRow.Number(2), TrajectoryRow.Number(3)));

        Assert.Contains(("impactdashboard.import.rows", 3.0), _measured);
        Assert.Single(_measured, m => m.Instrument == "impactdashboard.import.duration");
    }

    [Fact]
    public void A_table_of_figures_is_timed_when_computed_and_not_when_remembered()
    {
        var service = new IndicatorService(new SnapshotCache(_install.Database), new SettingsStore(_install.Database));
        var filter = new IndicatorFilter(Period.Year(2025));

        service.Calculate(filter, Dimension.Store, ViewerProfile.Protected);
        service.Calculate(filter, Dimension.Store, ViewerProfile.Protected);

        Assert.Single(_measured, m => m.Instrument == "impactdashboard.figures.duration");
    }

    [Fact]
    public void A_refused_import_counts_nothing()
    {
        _install.Import(ImportKind.Deelnemers, "leeg.csv", TrajectoryRow.File());

        Assert.DoesNotContain(_measured, m => m.Instrument.StartsWith("impactdashboard.import.", StringComparison.Ordinal));
    }

    public void Dispose()
    {
        _listener.Dispose();
        _install.Dispose();
    }
}
