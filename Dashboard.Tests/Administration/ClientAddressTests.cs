using System.Net;
using Dashboard.Access;

namespace Dashboard.Tests.Administration;

/// <summary>Who a login attempt comes from: an IPv4 address, or the /64 network an IPv6 address is one of billions in.</summary>
public sealed class ClientAddressTests
{
    [Theory]
    [InlineData("192.0.2.17", "192.0.2.17")]
    [InlineData("::ffff:192.0.2.17", "192.0.2.17")]
    [InlineData("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:2::1", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:3::1", "2001:db8:1:3::/64")]
    [InlineData("::1", "::1")]
    [InlineData("127.0.0.1", "127.0.0.1")]
    public void An_address_is_known_by_itself_or_its_ipv6_network(string address, string known) =>
        Assert.Equal(known, ClientAddress.Of(IPAddress.Parse(address)));

    [Fact]
    public void Without_an_address_the_client_is_unknown() => Assert.Equal("onbekend adres", ClientAddress.Of((IPAddress?)null));
}
