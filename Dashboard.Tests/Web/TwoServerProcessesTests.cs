using System.Net;
using System.Text.RegularExpressions;
using Dashboard.Access;
using Dashboard.Data.Administration;
using Dashboard.Data.Imports;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Web;

/// <summary>
/// Two web servers as an operator starts them (README, "Several web servers on PostgreSQL"): two processes of the built
/// app on one PostgreSQL database, started together. A login on the first is valid on the second; an import by the
/// command line shows in the second's export; an export from the second.
/// </summary>
public sealed class TwoServerProcessesTests : IDisposable
{
    private readonly TestInstallation? _install = TestPostgreSql.InstallationWithStandardStores();

    private TestInstallation Install => _install!;

    private ChildProcess Server(int port) => ChildProcess.Start(BuiltApp.DotnetHost, [BuiltApp.Dll], Install.Folder, new Dictionary<string, string>
    {
        ["Database__Provider"] = "PostgreSQL",
        ["ConnectionStrings__Impact"] = Install.Database.ConnectionString,
        ["Privacy__KeyFile"] = Install.KeyFile,
        ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
    });

    [PostgreSqlFact]
    public async Task A_login_on_one_server_process_works_on_the_other_and_an_import_shows_in_its_export()
    {
        var ports = Loopback.FreePorts(2);
        using var first = Server(ports[0]);
        using var second = Server(ports[1]);
        await Task.WhenAll(first.WaitFor(new Regex("Now listening on"), TimeSpan.FromMinutes(2)),
            second.WaitFor(new Regex("Now listening on"), TimeSpan.FromMinutes(2)));
        // Both started together: one made the first administrator and one cookie-signing key.
        Assert.Equal(1, Install.Query<long>("SELECT COUNT(*) FROM users"));
        Assert.Equal(1, Install.Count("data_protection_keys"));
        new UserStore(Install.Database, Install.Clock).Create(
            new UserDraft("communicatie", "Communicatie", Role.Communicatie, true, new HashSet<long>()), new Passwords().Hash(DashboardFactory.Password), mustChangePassword: false);

        var cookies = new CookieContainer();
        using var onFirst = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = new Uri($"http://127.0.0.1:{ports[0]}") };
        using var login = await DashboardFactory.LogIn(onFirst, "communicatie", DashboardFactory.Password);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        using var onSecond = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = new Uri($"http://127.0.0.1:{ports[1]}") };
        foreach (var cookie in cookies.GetCookies(new Uri($"http://127.0.0.1:{ports[0]}")).Cast<Cookie>())
        {
            cookies.Add(new Uri($"http://127.0.0.1:{ports[1]}"), new Cookie(cookie.Name, cookie.Value));
        }
        using var page = await onSecond.GetAsync("/vergelijken");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);

        const string export = "/export/vergelijken.csv?van=2025-01-01&tot=2025-12-31&indicator=P2";
        var before = await onSecond.GetStringAsync(export);
        var file = Install.WriteFile("deelnemers.csv", TrajectoryRow.File(Enumerable.Range(1, 9).Select(n => TrajectoryRow.Number(n) with { Start = "01-03-2025" })));
        await ChildProcess.Run(BuiltApp.DotnetHost, [BuiltApp.Dll, "import", "deelnemers", file, "--db", Install.Database.ConnectionString], Install.Folder,
            TimeSpan.FromMinutes(2), new Dictionary<string, string> { ["Privacy__KeyFile"] = Install.KeyFile });
        var after = await onSecond.GetStringAsync(export);

        Assert.NotEqual(before, after);
    }

    public void Dispose() => _install?.Dispose();
}
