using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Dashboard.Data.Administration;
using Dashboard.Data.Domain;
using Dashboard.Data.Sharing;
using Dashboard.Sharing;
using Dashboard.Tests.TestSupport;
using Dashboard.Tests.Web;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Sharing;

/// <summary>
/// The link route over HTTP, as someone without an account meets it: the page and the file of a valid link, without login and
/// with the security headers; the same 404 for every token that opens nothing, never a redirect to the login; and a limit
/// per address.
/// </summary>
public sealed class ShareLinkEndpointsTests : IDisposable
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7 de opgeslagen factsheet\n%%EOF");

    private readonly TestInstallation _install = new TestInstallation().WithStandardStores();
    private readonly DashboardFactory _factory;

    public ShareLinkEndpointsTests() =>
        _factory = new DashboardFactory(_install, new Dictionary<string, string> { ["Access:SharedLinkRequestsPerFiveMinutes"] = "6" });

    private ShareLinkService Links => _factory.Services.GetRequiredService<ShareLinkService>();

    private ShareLinkCreated Share(int days = 30, string title = "Horeca <2025>")
    {
        var organisation = _install.Query<long>($"SELECT id FROM organisations WHERE name = '{StandardStores.AanDeMaas}'");
        return Links.Share(Actor.For(new Viewer(3, "carla", "Carla de Vries", Role.Communicatie, AccessScope.Of([organisation]))),
            new SharedFile(ShareKind.Factsheet, title, "factsheet-praktijk-2026-11-15.pdf", "application/pdf", Pdf, Language.Dutch)
            {
                Organisations = new HashSet<long> { organisation },
            }, days);
    }

    [Fact]
    public async Task Someone_without_an_account_sees_who_shared_it_until_when_and_downloads_the_stored_file()
    {
        var created = Share();
        var visitor = _factory.At("198.51.100.1");

        using var page = await visitor.GetAsync($"/gedeeld/{created.Token}");
        using var file = await visitor.GetAsync($"/gedeeld/{created.Token}/bestand");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("<h1>Horeca &lt;2025&gt;</h1>", html, StringComparison.Ordinal);
        Assert.Contains("Gedeeld door Carla de Vries", html, StringComparison.Ordinal);
        Assert.Contains("Deze link is geldig tot 15 december 2026, 12:00.", html, StringComparison.Ordinal);
        // One link on the page, the download: nothing else of the app is reachable from it, and no script runs.
        Assert.Equal([$"/gedeeld/{created.Token}/bestand"], Regex.Matches(html, "href=\"([^\"]*)\"").Select(m => m.Groups[1].Value));
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("no-store", page.Headers.CacheControl!.ToString());
        Assert.Equal("DENY", page.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("frame-ancestors 'none'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal(Pdf, await file.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", file.Content.Headers.ContentType!.MediaType);
        Assert.Equal("factsheet-praktijk-2026-11-15.pdf", file.Content.Headers.ContentDisposition!.FileNameStar ?? file.Content.Headers.ContentDisposition.FileName);
        Assert.Equal("nosniff", file.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task Expired_revoked_and_wrong_tokens_get_the_same_404_and_no_file_never_the_login()
    {
        var expired = Share(days: 1);
        var revoked = Share();
        var valid = Share();
        Links.Revoke(Actor.CommandLine, revoked.Id);
        ((FixedClock)_install.Clock).Advance(TimeSpan.FromDays(2));
        var wrong = valid.Token[..^1] + (valid.Token[^1] == 'A' ? 'B' : 'A');
        var visitor = _factory.At("198.51.100.2");

        var answers = new List<(HttpStatusCode, string)>();
        foreach (var (token, n) in new[] { expired.Token, revoked.Token, wrong, "kort" }.Select((t, n) => (t, n)))
        {
            // An address for each token, under the limit of the link route.
            visitor = _factory.At($"198.51.100.{20 + n}");
            foreach (var path in new[] { $"/gedeeld/{token}", $"/gedeeld/{token}/bestand" })
            {
                using var response = await visitor.GetAsync(path);
                answers.Add((response.StatusCode, await response.Content.ReadAsStringAsync()));
            }
        }

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.NotFound, a.Item1));
        Assert.Single(answers.Select(a => a.Item2).Distinct());
        Assert.Contains(ShareLinkEndpoints.Gone, WebUtility.HtmlDecode(answers[0].Item2), StringComparison.Ordinal);
        Assert.DoesNotContain("%PDF", answers[0].Item2, StringComparison.Ordinal);
        using var stillThere = await visitor.GetAsync($"/gedeeld/{valid.Token}/bestand");
        Assert.Equal(HttpStatusCode.OK, stillThere.StatusCode);
    }

    [Fact]
    public async Task One_address_gets_429_after_the_limit_while_another_address_goes_on()
    {
        var created = Share();
        var busy = _factory.At("198.51.100.3");

        var answers = new List<HttpStatusCode>();
        for (var request = 0; request < 8; request++)
        {
            using var response = await busy.GetAsync(request % 2 == 0 ? $"/gedeeld/{created.Token}" : $"/gedeeld/x{request}");
            answers.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.Equal("Te veel verzoeken om gedeelde links vanaf dit adres. Probeer het over een paar minuten opnieuw.",
                    await response.Content.ReadAsStringAsync());
            }
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.NotFound, HttpStatusCode.OK, HttpStatusCode.NotFound, HttpStatusCode.OK, HttpStatusCode.NotFound,
            HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], answers);
        using var other = await _factory.At("198.51.100.4").GetAsync($"/gedeeld/{created.Token}/bestand");
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task The_list_of_links_asks_a_login_and_is_not_for_the_board()
    {
        using var anonymous = await _factory.Anonymous().GetAsync("/gedeeld");
        using var board = await (await _factory.SignedIn(Role.Bestuur)).GetAsync("/gedeeld");
        using var communications = await (await _factory.SignedIn(Role.Communicatie)).GetAsync("/gedeeld");

        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/inloggen", anonymous.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, board.StatusCode);
        Assert.StartsWith("/geen-toegang", board.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, communications.StatusCode);
    }

    public void Dispose()
    {
        _factory.Dispose();
        _install.Dispose();
    }
}
