using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Dashboard.Data.Operations;

/// <summary>
/// What an operator may watch (README, "Health and metrics"): the meter "ImpactDashboard", read by OpenTelemetry only when
/// `Metrics:Enabled` is set — until then a measurement costs next to nothing. No instrument carries a name, an organisation
/// or a filter: only counts, durations and the export's format.
/// </summary>
public static class DashboardMetrics
{
    public const string MeterName = "ImpactDashboard";

    private static readonly Meter Meter = new(MeterName);

    private static readonly UpDownCounter<long> LiveCircuits = Meter.CreateUpDownCounter<long>(
        "impactdashboard.circuits.live", "{circuit}", "Open Blazor circuits: browser tabs connected to the server.");

    private static readonly Histogram<double> FigureDuration = Meter.CreateHistogram<double>(
        "impactdashboard.figures.duration", "ms", "Time to compute one table of figures that was not remembered.");

    private static readonly Counter<long> ImportRows = Meter.CreateCounter<long>(
        "impactdashboard.import.rows", "{row}", "Rows written by successful imports.");

    private static readonly Histogram<double> ImportDuration = Meter.CreateHistogram<double>(
        "impactdashboard.import.duration", "s", "Time a successful import took to write its rows.");

    private static readonly Histogram<double> ExportDuration = Meter.CreateHistogram<double>(
        "impactdashboard.export.duration", "ms", "Time to render an export file.");

    private static readonly Counter<long> LoginFailures = Meter.CreateCounter<long>(
        "impactdashboard.login.failures", "{attempt}", "Login attempts refused: a wrong name or password, or too soon after failures.");

    public static void CircuitOpened() => LiveCircuits.Add(1);

    public static void CircuitClosed() => LiveCircuits.Add(-1);

    public static void FiguresComputed(TimeSpan elapsed) => FigureDuration.Record(elapsed.TotalMilliseconds);

    public static void Imported(long rows, TimeSpan elapsed)
    {
        ImportRows.Add(rows);
        ImportDuration.Record(elapsed.TotalSeconds);
    }

    /// <param name="format">The file's extension, e.g. "csv": a handful of values, never anything a user typed.</param>
    public static void Exported(string format, TimeSpan elapsed) =>
        ExportDuration.Record(elapsed.TotalMilliseconds, new KeyValuePair<string, object?>("format", format));

    public static void LoginFailed(bool throttled) =>
        LoginFailures.Add(1, new KeyValuePair<string, object?>("reason", throttled ? "throttled" : "credentials"));

    /// <summary>A stopwatch that allocates nothing, for the durations above.</summary>
    public static long Start() => Stopwatch.GetTimestamp();

    public static TimeSpan Since(long start) => Stopwatch.GetElapsedTime(start);
}
