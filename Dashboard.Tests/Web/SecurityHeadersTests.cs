using System.Net;
using Dashboard.Data.Administration;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Web;

/// <summary>The headers that keep the usual attacks out, on every kind of response: pages, downloads, assets, redirects and errors.</summary>
public sealed class SecurityHeadersTests : IDisposable
{
    private readonly TestInstallation _install = new TestInstallation().WithStandardStores();

    [Theory]
    [InlineData("/inloggen", false)]
    [InlineData("/", false)]
    [InlineData("/export/vergelijken.csv", false)]
    [InlineData("/", true)]
    [InlineData("/vergelijken", true)]
    [InlineData("/export/vergelijken.csv", true)]
    [InlineData("/export/vergelijken.png", true)]
    [InlineData("/import/sjabloon/winkels.xlsx", true)]
    [InlineData("/app.css", true)]
    [InlineData("/bestaat-niet", true)]
    public async Task Every_response_carries_the_security_headers(string url, bool signedIn)
    {
        using var factory = new DashboardFactory(_install);
        var client = signedIn ? await factory.SignedIn(Role.Beheerder) : factory.Anonymous();

        using var response = await client.GetAsync(url);

        Assert.Equal("nosniff", Single(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Single(response, "X-Frame-Options"));
        Assert.Equal("same-origin", Single(response, "Referrer-Policy"));
        var policy = Single(response, "Content-Security-Policy");
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", policy, StringComparison.Ordinal);
        Assert.Matches("script-src 'self' 'nonce-[0-9A-F]{32}';", policy);
        Assert.Contains("connect-src 'self';", policy, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/ //evil.example")]
    [InlineData("//evil.example")]
    [InlineData("/\\evil.example")]
    [InlineData("https://evil.example/")]
    public async Task The_language_switch_goes_back_only_to_a_page_of_this_site(string returnPath)
    {
        using var factory = new DashboardFactory(_install);

        using var response = await factory.Anonymous().GetAsync($"/taal?cultuur=en-GB&terug={Uri.EscapeDataString(System.Text.RegularExpressions.Regex.Unescape(returnPath))}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_import_map_runs_under_the_policy_by_a_nonce_fresh_for_every_page()
    {
        using var factory = new DashboardFactory(_install);
        var client = factory.Anonymous();

        var (first, second) = (await client.GetAsync("/inloggen"), await client.GetAsync("/inloggen"));

        string Nonce(HttpResponseMessage r) => System.Text.RegularExpressions.Regex.Match(Single(r, "Content-Security-Policy"), "'nonce-([^']+)'").Groups[1].Value;
        Assert.NotEqual(Nonce(first), Nonce(second));
        Assert.Contains($"<script type=\"importmap\" nonce=\"{Nonce(second)}\"", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Over_https_the_cookies_of_the_login_form_are_sent_back_over_https_only()
    {
        using var factory = new DashboardFactory(_install);
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://localhost"),
            AllowAutoRedirect = false,
        });

        using var login = await client.GetAsync("/inloggen");

        var cookies = login.Headers.GetValues("Set-Cookie").ToList();
        Assert.Contains(cookies, c => c.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal));
        Assert.All(cookies, c => Assert.Contains("; secure", c, StringComparison.OrdinalIgnoreCase));
    }

    private static string Single(HttpResponseMessage response, string name) =>
        Assert.Single(response.Headers.TryGetValues(name, out var values) ? values
            : response.Content.Headers.TryGetValues(name, out var content) ? content : []);

    public void Dispose() => _install.Dispose();
}
