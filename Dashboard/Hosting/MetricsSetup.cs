using System.Net;
using Dashboard.Data.Operations;
using Microsoft.AspNetCore.Diagnostics;
using OpenTelemetry.Metrics;

namespace Dashboard.Hosting;

/// <summary>
/// The meter "ImpactDashboard" (<see cref="DashboardMetrics"/>) and the runtime's "System.Runtime" in Prometheus's text format at /metrics, only when
/// `Metrics:Enabled` is true (README, "Health and metrics"). A scraper has no login, so the endpoint answers only the
/// addresses in `Metrics:AllowedAddresses` (addresses or CIDR networks; by default this machine) and 404 to anyone else,
/// as if it did not exist. Behind the reverse proxy the address is the one it forwarded (<see cref="ReverseProxy"/>).
/// </summary>
public static class MetricsSetup
{
    public const string Path = "/metrics";

    /// <summary>.NET's built-in meter of the process: <c>dotnet.exceptions</c>, <c>dotnet.gc.*</c>, <c>dotnet.process.memory.working_set</c> and more.</summary>
    public const string RuntimeMeter = "System.Runtime";

    private static readonly string[] Loopback = ["127.0.0.0/8", "::1/128"];

    public static bool Enabled(IConfiguration configuration) => configuration.GetValue<bool>("Metrics:Enabled");

    public static IServiceCollection AddDashboardMetrics(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<Microsoft.AspNetCore.Components.Server.Circuits.CircuitHandler, LiveCircuits>();
        if (Enabled(configuration))
        {
            // Read here, so a wrong address stops the start rather than the first scrape.
            services.AddSingleton(new MetricsAddresses(AllowedNetworks(configuration)));
            // Beside ours, the runtime's own meter: exceptions by type, garbage collection, memory and the thread pool
            // (BENCHMARKS.md, "Exceptions on the normal path").
            services.AddOpenTelemetry().WithMetrics(metrics => metrics.AddMeter(DashboardMetrics.MeterName, RuntimeMeter).AddPrometheusExporter());
        }
        return services;
    }

    public static IEndpointRouteBuilder MapMetrics(this IEndpointRouteBuilder endpoints)
    {
        if (Enabled(endpoints.ServiceProvider.GetRequiredService<IConfiguration>()))
        {
            var allowed = endpoints.ServiceProvider.GetRequiredService<MetricsAddresses>();
            endpoints.MapPrometheusScrapingEndpoint(Path, meterProvider: null, branch => branch.Use((context, next) =>
            {
                if (allowed.Admits(context.Connection.RemoteIpAddress))
                {
                    return next(context);
                }
                NotFound(context);
                return Task.CompletedTask;
            }), optionsName: null).AllowAnonymous();
        }
        else
        {
            // Without this the fallback policy would send an anonymous caller to the login page.
            endpoints.MapMethods(Path, [HttpMethods.Get, HttpMethods.Head], (HttpContext context) => NotFound(context)).AllowAnonymous();
        }
        return endpoints;
    }

    /// <summary>A bare 404, not the people's not-found page.</summary>
    private static void NotFound(HttpContext context)
    {
        if (context.Features.Get<IStatusCodePagesFeature>() is { } pages)
        {
            pages.Enabled = false;
        }
        context.Response.StatusCode = StatusCodes.Status404NotFound;
    }

    public static IReadOnlyList<IPNetwork> AllowedNetworks(IConfiguration configuration)
    {
        var configured = configuration.GetSection("Metrics:AllowedAddresses").Get<string[]>() is { Length: > 0 } named ? named : Loopback;
        var networks = new List<IPNetwork>();
        foreach (var value in configured.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()))
        {
            if (value.Contains('/') ? IPNetwork.TryParse(value, out var network)
                : IPAddress.TryParse(value, out var address) && IPNetwork.TryParse($"{address}/{(address.GetAddressBytes().Length * 8)}", out network))
            {
                networks.Add(network);
                continue;
            }
            throw new InvalidOperationException($"Metrics:AllowedAddresses: '{value}' is geen geldig adres of netwerk (bijv. 10.0.0.5 of 10.0.0.0/24).");
        }
        return networks;
    }
}
