using System.Net;
using System.Text.RegularExpressions;
using Dashboard.Data.Administration;
using Dashboard.Tests.Installation.Demo;

namespace Dashboard.Tests.Web;

/// <summary>
/// The dashboard pages over the demo sector with a period in their link: one beyond the limits (5,000 years, or starting in
/// year 1) is refused at once with the reason where a page says what it cannot show, instead of computing for minutes or
/// failing; the longest period allowed, 50 years, shows its figures.
/// </summary>
public sealed partial class PagePeriodTests(ImportedDemoSector demo) : IClassFixture<ImportedDemoSector>, IDisposable
{
    /// <summary>Far more than refusing takes, or figures for 50 years (about a second); 5,000 years took minutes.</summary>
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(20);

    private readonly DashboardFactory _factory = new(demo.Installation);

    [Theory]
    [InlineData("/?van=5000-01-01&tot=9998-12-31",
        "De periode 01-01-5000 t/m 31-12-9998 is langer dan 50 jaar, de langste periode die het dashboard toont: kies een kortere.")]
    [InlineData("/goede-praktijk?soort=horeca&van=0001-01-01&tot=9999-12-31",
        "De periode 01-01-0001 t/m 31-12-9999 is langer dan 50 jaar, de langste periode die het dashboard toont: kies een kortere.")]
    [InlineData("/vergelijken?van=0001-01-01&tot=0001-12-31",
        "De periode 01-01-0001 t/m 31-12-0001 ligt niet tussen 01-01-1900 en 31-12-2199, de datums die het dashboard kent: kies een periode daarbinnen.")]
    [InlineData("/?van=2025-12-31&tot=2025-01-01", "De periode 31-12-2025 t/m 01-01-2025 eindigt vóór ze begint.")]
    public async Task A_period_beyond_the_limits_is_refused_at_once_saying_why(string url, string message)
    {
        var text = await PageText(await _factory.SignedIn(Role.Bestuur), url);

        Assert.Contains(message, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/", "Per soort goede praktijk")]
    [InlineData("/goede-praktijk?soort=horeca", "Theorie van verandering")]
    [InlineData("/vergelijken", "Rang")]
    public async Task The_longest_period_allowed_shows_its_figures(string page, string shown)
    {
        var url = page + (page.Contains('?') ? "&" : "?") + "van=1976-11-16&tot=2026-11-15";

        var text = await PageText(await _factory.SignedIn(Role.Bestuur), url);

        Assert.Contains(shown, text, StringComparison.Ordinal);
        Assert.DoesNotContain("De periode", text, StringComparison.Ordinal);
    }

    /// <summary>The page as the server first sends it — its figures computed — as a person reads it, within <see cref="Budget"/>.</summary>
    private static async Task<string> PageText(HttpClient client, string url)
    {
        using var budget = new CancellationTokenSource(Budget);
        // The in-memory server gives a cancelled request up only when the app does: the test stops waiting at once.
        using var response = await client.GetAsync(url, budget.Token).WaitAsync(budget.Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(budget.Token);
        return WebUtility.HtmlDecode(Whitespace().Replace(Tags().Replace(html, " "), " "));
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    public void Dispose() => _factory.Dispose();
}
