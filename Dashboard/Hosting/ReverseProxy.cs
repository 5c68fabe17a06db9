using System.Net;
using Microsoft.AspNetCore.HttpOverrides;


namespace Dashboard.Hosting;

/// <summary>
/// Behind a reverse proxy (nginx ending TLS, README "In productie") the client's address and the scheme arrive in
/// X-Forwarded-For and X-Forwarded-Proto. They are believed only from the proxies named in `ReverseProxy:KnownProxies`
/// (addresses) and `ReverseProxy:KnownNetworks` (CIDR, e.g. 10.0.0.0/24) — by default only this machine (loopback) —
/// so the login throttle sees each user's own address, and nobody else can claim an address by sending the header.
/// </summary>
public static class ReverseProxy
{
    public static IServiceCollection AddReverseProxySupport(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = Parse(configuration, "ReverseProxy:KnownProxies", IPAddress.Parse);
        var networks = Parse(configuration, "ReverseProxy:KnownNetworks", System.Net.IPNetwork.Parse);
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // One proxy in front: only the address it saw is taken, never what a client wrote in the header itself.
            options.ForwardLimit = 1;
            foreach (var proxy in proxies)
            {
                options.KnownProxies.Add(proxy);
            }
            foreach (var network in networks)
            {
                options.KnownIPNetworks.Add(network);
            }
        });
        return services;
    }

    private static List<T> Parse<T>(IConfiguration configuration, string key, Func<string, T> parse)
    {
        var values = configuration.GetSection(key).Get<string[]>() ?? [];
        var parsed = new List<T>();
        foreach (var value in values.Where(v => !string.IsNullOrWhiteSpace(v)))
        {
            try
            {
                parsed.Add(parse(value.Trim()));
            }
            catch (FormatException)
            {
                throw new InvalidOperationException($"{key}: '{value}' is geen geldig adres of netwerk (bijv. 10.0.0.5 of 10.0.0.0/24).");
            }
        }
        return parsed;
    }
}
