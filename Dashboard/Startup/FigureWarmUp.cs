using Dashboard.Data.Figures;

namespace Dashboard.Startup;

/// <summary>
/// Keeps the default view ready: at start-up and every few seconds after, it lets <see cref="IndicatorService.WarmUp"/>
/// read what a change of the data (an import here or from the command line, an undo, an erasure) made stale, in the
/// background. At docs/prestaties.md#sectorschaal that is about two seconds the first visitor after an import would otherwise wait; when
/// nothing changed, a check costs well under a millisecond.
/// </summary>
public sealed class FigureWarmUp(IndicatorService indicators, TimeProvider clock, ILogger<FigureWarmUp> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        var failing = false;
        do
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
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
