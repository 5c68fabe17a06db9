using Dashboard.Data.Figures;
using Dashboard.Data.Storage;

namespace Dashboard.Startup;

/// <summary>
/// Keeps the default view ready: at start-up, right after a change of the data made in this process (an import, undo,
/// erasure or removal through the web app tells <see cref="DataChanges"/>), and every few seconds for a change made by
/// another process (the command line, which only the data version in the database shows), it lets
/// <see cref="IndicatorService.WarmUp"/> read what the change made stale, in the background. At
/// docs/prestaties.md#sectorschaal that is about two seconds the first visitor after an import would otherwise wait; when
/// nothing changed, a check costs well under a millisecond.
/// </summary>
public sealed class FigureWarmUp(IndicatorService indicators, DataChanges changes, TimeProvider clock, ILogger<FigureWarmUp> logger)
    : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failing = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Run(() => indicators.WarmUp(DateOnly.FromDateTime(clock.GetLocalNow().DateTime)), stoppingToken);
                failing = false;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A page that needs the figures reads them itself and shows its own message; here one note per spell of
                // failures is enough.
                if (!failing)
                {
                    logger.LogWarning(e, "De cijfers konden niet vooraf worden klaargezet; dat wordt elke {Seconds} s opnieuw geprobeerd.",
                        Interval.TotalSeconds);
                }
                failing = true;
            }
            await changes.WaitAsync(Interval, stoppingToken);
        }
    }
}
