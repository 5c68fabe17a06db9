using Dashboard.Data.Operations;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace Dashboard.Hosting;

/// <summary>Counts open circuits for <see cref="DashboardMetrics"/>: each is a browser tab holding memory on this server.</summary>
public sealed class LiveCircuits : CircuitHandler
{
    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        DashboardMetrics.CircuitOpened();
        return Task.CompletedTask;
    }

    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        DashboardMetrics.CircuitClosed();
        return Task.CompletedTask;
    }
}
