using System.Net;
using Dashboard.Data.Administration;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Web;

/// <summary>
/// GET /metrics as Prometheus scrapes it: only when `Metrics:Enabled` is on, only from `Metrics:AllowedAddresses` (this
/// machine by default), without a login, and a plain 404 to anyone else.
/// </summary>
public sealed class MetricsEndpointTests : IDisposable
{
    private const string ThisMachine = "127.0.0.1";

    private readonly TestInstallation _install = new TestInstallation().WithStandardStores();

    private DashboardFactory Enabled(params (string Key, string Value)[] more) =>
        new(_install, new Dictionary<string, string> { ["Metrics:Enabled"] = "true" }
            .Concat(more.Select(m => KeyValuePair.Create(m.Key, m.Value))).ToDictionary());

    [Fact]
    public async Task A_failed_login_and_an_export_show_in_the_metrics_scraped_from_this_machine()
    {
        using var factory = Enabled();
        factory.CreateUser("anna", Role.Beheerder);
        await DashboardFactory.LogIn(factory.Anonymous(), "anna", "niet het goede wachtwoord");
        using var export = await (await factory.SignedIn(Role.Beheerder)).GetAsync("/export/vergelijken.csv");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);

        using var response = await factory.At(ThisMachine).GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        // The names the README gives operators.
        Assert.Contains("impactdashboard_login_failures_total{", text, StringComparison.Ordinal);
        Assert.Contains("reason=\"credentials\"", text, StringComparison.Ordinal);
        Assert.Contains("impactdashboard_export_duration_milliseconds_bucket{", text, StringComparison.Ordinal);
        Assert.Contains("format=\"csv\"", text, StringComparison.Ordinal);
        Assert.Contains("impactdashboard_figures_duration_milliseconds_bucket{", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_the_setting_there_are_no_metrics_not_even_a_login_page()
    {
        using var factory = new DashboardFactory(_install);

        using var response = await factory.At(ThisMachine).GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Theory]
    [InlineData("203.0.113.5")]
    [InlineData("10.0.0.7")]
    public async Task Another_machine_finds_nothing(string address)
    {
        using var factory = Enabled();

        using var response = await factory.At(address).GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_request_without_an_address_finds_nothing()
    {
        using var factory = Enabled();

        using var response = await factory.Anonymous().GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_network_named_in_the_settings_may_scrape_and_this_machine_then_may_not()
    {
        using var factory = Enabled(("Metrics:AllowedAddresses:0", "10.0.0.0/24"), ("Metrics:AllowedAddresses:1", "192.0.2.9"));

        using var network = await factory.At("10.0.0.7").GetAsync("/metrics");
        using var address = await factory.At("::ffff:192.0.2.9").GetAsync("/metrics");
        using var local = await factory.At(ThisMachine).GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.OK, network.StatusCode);
        Assert.Equal(HttpStatusCode.OK, address.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, local.StatusCode);
    }

    [Fact]
    public async Task With_the_https_redirect_on_metrics_are_still_scraped_over_plain_http()
    {
        using var factory = Enabled(("Https:Redirect", "true"), ("https_ports", "443"));

        using var response = await factory.At(ThisMachine).GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public void An_address_that_is_none_stops_the_start()
    {
        using var factory = Enabled(("Metrics:AllowedAddresses:0", "prometheus.example"));

        var refused = Assert.ThrowsAny<Exception>(() => factory.Services);

        Assert.Contains("Metrics:AllowedAddresses: 'prometheus.example'", refused.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => _install.Dispose();
}
