using System.Net;
using Dashboard.Data.Administration;
using Dashboard.Tests.TestSupport;
using Dashboard.Tests.Web;

namespace Dashboard.Tests.Figures.Settings;

/// <summary>The Instellingen page as the server first renders it, in Dutch and in English.</summary>
public sealed class SettingsPageTests : IDisposable
{
    private readonly TestInstallation _install = new TestInstallation().WithStandardStores();

    private async Task<string> Get(string url, string? culture = null)
    {
        using var factory = new DashboardFactory(_install);
        var client = await factory.SignedIn(Role.Beheerder);
        if (culture is not null)
        {
            await client.GetAsync($"/taal?cultuur={culture}&terug=/");
        }
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Shows_the_page_title_and_a_heading_per_section()
    {
        var html = await Get("/instellingen");

        Assert.Contains(">Instellingen</h1>", html);
        Assert.Contains(">CO2-factoren en gemiddelde gewichten</h2>", html);
        Assert.Contains(">Afscherming en fte</h2>", html);
        Assert.Contains(">Streefwaarden</h2>", html);
        Assert.Contains(">Theorie van verandering</h2>", html);
        Assert.DoesNotContain(">Demosector</h2>", html);
    }

    [Fact]
    public async Task Shows_the_stored_values_and_the_practices()
    {
        new Dashboard.Data.Figures.Settings.SettingsStore(_install.Database).SaveProtectionAndFte(6, 38);

        var html = await Get("/instellingen");

        Assert.Contains("Kleding en textiel", html);
        Assert.Contains("TNO voor de BKN-sectormonitor", html);
        Assert.Matches("name=\"small-cell-k\"[^>]*value=\"6\"|value=\"6\"[^>]*name=\"small-cell-k\"", html);
        Assert.Contains("Restaurant De Pan — Aan de Maas Centrum (AAN/REST)", html);
    }

    [Fact]
    public async Task Offers_to_remove_the_demo_sector_only_when_there_is_one()
    {
        _install.Query<long>("UPDATE organisations SET is_demo = 1 WHERE name = 'Kringloop Zwolle' RETURNING id");

        var html = await Get("/instellingen?tab=demo");

        Assert.Contains(">Demosector</h2>", html);
        Assert.Contains("Demosector verwijderen", html);
        Assert.Contains("Kringloop Zwolle", html);
    }

    [Fact]
    public async Task Speaks_English_when_switched()
    {
        var html = await Get("/instellingen", "en-GB");

        Assert.Contains(">Settings</h1>", html);
        Assert.Contains(">CO2 factors and average weights</h2>", html);
        Assert.Contains(">Protection and FTE</h2>", html);
        Assert.Contains(">Targets</h2>", html);
        Assert.Contains(">Theory of change</h2>", html);
        Assert.Contains("Clothing and textiles", html);
    }

    public void Dispose() => _install.Dispose();
}
