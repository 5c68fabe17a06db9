using System.Net;
using Dashboard.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Dashboard.Tests.Hosting;

/// <summary>Which proxies the app believes about a client's address and scheme: this machine, and those the settings name.</summary>
public sealed class ReverseProxyTests
{
    private static ForwardedHeadersOptions Options(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings.ToDictionary(s => s.Key, s => (string?)s.Value)).Build();
        return new ServiceCollection().AddReverseProxySupport(configuration).BuildServiceProvider()
            .GetRequiredService<IOptions<ForwardedHeadersOptions>>().Value;
    }

    private static bool Believes(ForwardedHeadersOptions options, string address)
    {
        var ip = IPAddress.Parse(address);
        return options.KnownProxies.Contains(ip) || options.KnownIPNetworks.Any(n => n.Contains(ip));
    }

    [Fact]
    public void Without_settings_only_this_machine_is_believed_and_only_one_hop()
    {
        var options = Options();

        Assert.True(Believes(options, "127.0.0.1"));
        Assert.True(Believes(options, "::1"));
        Assert.False(Believes(options, "10.0.0.5"));
        Assert.Equal(1, options.ForwardLimit);
    }

    [Fact]
    public void A_proxy_elsewhere_is_named_by_address_or_network()
    {
        var options = Options(("ReverseProxy:KnownProxies:0", "10.0.0.5"), ("ReverseProxy:KnownNetworks:0", "192.168.10.0/24"));

        Assert.True(Believes(options, "10.0.0.5"));
        Assert.True(Believes(options, "192.168.10.77"));
        Assert.False(Believes(options, "10.0.0.6"));
    }

    [Fact]
    public void A_misspelt_address_stops_the_start_with_the_setting_named()
    {
        var refused = Assert.Throws<InvalidOperationException>(() => Options(("ReverseProxy:KnownProxies:0", "10.0.0.300")));

        Assert.Equal("ReverseProxy:KnownProxies: '10.0.0.300' is geen geldig adres of netwerk (bijv. 10.0.0.5 of 10.0.0.0/24).", refused.Message);
    }
}
