using System.Net;

namespace Dashboard.Access;

/// <summary>
/// The address a client is known by to the login throttle, the login rate limit and the audit log: an IPv4 address as it
/// is (also when it arrives as IPv4-mapped IPv6), an IPv6 address by its /64 network — one household or machine is given
/// a whole /64 and can pick a fresh address in it for every attempt. Behind a proxy it is the address the proxy saw
/// (README, "In productie": forwarded headers from known proxies only).
/// </summary>
public static class ClientAddress
{
    public const string Unknown = "onbekend adres";

    public static string Of(HttpContext context) => Of(context.Connection.RemoteIpAddress);

    public static string Of(IPAddress? address)
    {
        if (address is null)
        {
            return Unknown;
        }
        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }
        if (address.AddressFamily != System.Net.Sockets.AddressFamily.InterNetworkV6 || IPAddress.IsLoopback(address))
        {
            return address.ToString();
        }
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
