using System.Net;
using Dashboard.Data.Administration;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Web;

/// <summary>
/// The web app on PostgreSQL (docs/installatie-en-beheer.md#postgresql): its pages for a signed-in beheerder, and two web
/// servers on one database — a login on one is valid on the other, because the keys that sign the cookie and the
/// sessions are both kept in the database.
/// </summary>
public sealed class PostgreSqlWebTests : IDisposable
{
    private readonly TestInstallation? _install = TestPostgreSql.InstallationWithStandardStores();

    private TestInstallation Install => _install!;

    [PostgreSqlFact]
    public async Task A_beheerder_opens_every_page_on_PostgreSQL()
    {
        using var node = new DashboardFactory(Install);
        var browser = await node.SignedIn(Role.Beheerder);

        foreach (var page in new[] { "/", "/goede-praktijk", "/vergelijken", "/gegevens", "/importeren", "/gebruikers", "/auditlog", "/instellingen" })
        {
            using var response = await browser.GetAsync(page);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{page}: {response.StatusCode}");
        }
    }

    [PostgreSqlFact]
    public async Task A_login_on_one_web_server_is_valid_on_the_other()
    {
        using var first = new DashboardFactory(Install);
        using var second = new DashboardFactory(Install);
        var userName = $"beheer-{Guid.NewGuid():N}"[..16];
        first.CreateUser(userName, Role.Beheerder);
        _ = second.Services; // both servers started: the second found the first's key, and made none of its own
        using var login = await DashboardFactory.LogIn(first.Anonymous(), userName, DashboardFactory.Password);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var cookie = DashboardFactory.SessionCookie(login);

        using var onSecond = await second.WithCookies(cookie).GetAsync("/gebruikers");

        Assert.Equal(HttpStatusCode.OK, onSecond.StatusCode);
        Assert.Equal(1, Install.Count("data_protection_keys"));
    }

    [PostgreSqlFact]
    public async Task An_import_by_another_server_shows_in_this_ones_exports()
    {
        using var first = new DashboardFactory(Install);
        using var second = new DashboardFactory(Install);
        var browser = await second.SignedIn(Role.Beheerder);
        const string export = "/export/vergelijken.csv?van=2025-01-01&tot=2025-12-31&indicator=P2";
        var before = await browser.GetStringAsync(export);

        // What the first server's import page does: an import on the same database, which moves the data version.
        _ = first.Services;
        Install.ImportOk(Dashboard.Data.Imports.ImportKind.Deelnemers, "deelnemers.csv",
            TrajectoryRow.File(Enumerable.Range(1, 9).Select(n => TrajectoryRow.Number(n) with { Start = "01-03-2025" })));
        var after = await browser.GetStringAsync(export);

        Assert.NotEqual(before, after);
        Assert.Contains("AAN", after, StringComparison.Ordinal);
    }

    public void Dispose() => _install?.Dispose();
}
