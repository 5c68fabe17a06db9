using System.Net;
using Dashboard.Data.Administration;
using Dashboard.Hosting;
using Dashboard.Tests.Installation.Demo;
using Dashboard.Tests.Web;
using Microsoft.AspNetCore.Http;

namespace Dashboard.Tests.Hosting;

/// <summary>
/// The circuit's connection answers only this site's pages: another site's page in a signed-in user's browser cannot
/// open a circuit in their name (the browser sends its Origin, and the login cookie with it).
/// </summary>
public sealed class CircuitOriginTests(ImportedDemoSector demo) : IClassFixture<ImportedDemoSector>, IDisposable
{
    private readonly DashboardFactory _factory = new(demo.Installation);

    [Theory]
    [InlineData(null, true)]
    [InlineData("https://impact.example.nl", true)]
    [InlineData("https://IMPACT.example.nl:443", true)]
    [InlineData("https://elders.example", false)]
    [InlineData("https://impact.example.nl.elders.example", false)]
    [InlineData("http://impact.example.nl", false)]
    [InlineData("https://impact.example.nl:8443", false)]
    [InlineData("null", false)]
    public void Only_a_page_of_this_site_is_the_same_origin(string? origin, bool same)
    {
        var request = new DefaultHttpContext().Request;
        request.Scheme = "https";
        request.Host = new HostString("impact.example.nl");
        if (origin is not null)
        {
            request.Headers.Origin = origin;
        }

        Assert.Equal(same, CircuitOrigin.IsSameOrigin(request));
    }

    [Fact]
    public async Task A_signed_in_users_browser_on_another_site_cannot_open_a_circuit()
    {
        var browser = await _factory.SignedIn(Role.Beheerder);
        using var foreign = new HttpRequestMessage(HttpMethod.Post, "/_blazor/negotiate?negotiateVersion=1") { Headers = { { "Origin", "https://elders.example" } } };
        using var own = new HttpRequestMessage(HttpMethod.Post, "/_blazor/negotiate?negotiateVersion=1") { Headers = { { "Origin", "http://localhost" } } };

        using var refused = await browser.SendAsync(foreign);
        using var accepted = await browser.SendAsync(own);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("Geen toegang: deze verbinding komt van een andere website.", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
    }

    public void Dispose() => _factory.Dispose();
}
