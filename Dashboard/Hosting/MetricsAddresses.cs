using System.Net;

namespace Dashboard.Hosting;

/// <summary>The networks <see cref="MetricsSetup"/> answers: an IPv4 address that arrives as IPv6 is taken as IPv4.</summary>
public sealed class MetricsAddresses(IReadOnlyList<IPNetwork> networks)
{
    public bool Admits(IPAddress? address)
    {
        if (address is null)
        {
            return false;
        }
        var plain = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        return networks.Any(network => network.Contains(plain));
    }
}
