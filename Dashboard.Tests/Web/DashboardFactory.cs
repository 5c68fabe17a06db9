using System.Net;
using System.Text.RegularExpressions;
using Dashboard.Access;
using Dashboard.Data.Administration;
using Dashboard.Data.Storage;
using Dashboard.Tests.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Web;

/// <summary>
/// The real app in memory, on a test installation's database, in the Production environment (no demo seeding), with
/// <paramref name="settings"/> (configuration keys such as "Access:DownloadsPerMinute") on top.
/// </summary>
public sealed partial class DashboardFactory(TestInstallation installation, IReadOnlyDictionary<string, string>? settings = null)
    : WebApplicationFactory<Program>
{
    public const string Password = "een lang genoeg testwachtwoord";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        if (installation.Database.Provider == DatabaseProvider.PostgreSql)
        {
            builder.UseSetting("Database:Provider", "PostgreSQL");
            builder.UseSetting("ConnectionStrings:Impact", installation.Database.ConnectionString);
        }
        else
        {
            builder.UseSetting("ConnectionStrings:Impact", $"Data Source={installation.Database.Path}");
        }
        builder.UseSetting("Privacy:KeyFile", installation.KeyFile);
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureServices(services => services.AddSingleton(installation.Clock).AddSingleton(installation.RecordKeys)
            .AddSingleton<IStartupFilter, ClientAddressHeader>());
    }

    /// <summary>A browser that follows no redirects and keeps its cookies: what a visitor who is not signed in gets.</summary>
    public HttpClient Anonymous() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A browser on another machine, at that address.</summary>
    public HttpClient At(string address)
    {
        var client = Anonymous();
        client.DefaultRequestHeaders.Add(ClientAddressHeader.Name, address);
        return client;
    }

    /// <summary>A browser that sends these cookies ("name=value") and keeps no others: someone who copied them.</summary>
    public HttpClient WithCookies(string cookies)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", cookies);
        return client;
    }

    /// <summary>
    /// Creates a user of that role and scope (organisation names; none for all organisations) with <see cref="Password"/>,
    /// and signs them in through the login form, as a person would.
    /// </summary>
    public async Task<HttpClient> SignedIn(Role role, params string[] organisations)
    {
        var userName = $"{role.Key()}-{Guid.NewGuid():N}"[..24];
        CreateUser(userName, role, organisations);
        var client = Anonymous();
        var response = await LogIn(client, userName, Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>A user in the database, as the user-management page would create one.</summary>
    public long CreateUser(string userName, Role role, params string[] organisations)
    {
        var services = Services; // starts the server, so the database is migrated
        using var connection = installation.Database.Open();
        var ids = connection.Query("SELECT id, name FROM organisations", r => (Id: r.GetInt64(0), Name: r.GetString(1)))
            .Where(o => organisations.Contains(o.Name)).Select(o => o.Id).ToHashSet();
        Assert.Equal(organisations.Length, ids.Count);
        return services.GetRequiredService<UserStore>().Create(new UserDraft(userName, userName, role, organisations.Length == 0, ids),
            services.GetRequiredService<Passwords>().Hash(Password), mustChangePassword: false);
    }

    /// <summary>
    /// Posts the login form with its antiforgery token, on the login page that would return to <paramref name="returnPath"/>;
    /// the answer is a redirect when it succeeded.
    /// </summary>
    public static async Task<HttpResponseMessage> LogIn(HttpClient client, string userName, string password, string? returnPath = null)
    {
        var login = returnPath is null ? "/inloggen" : $"/inloggen?terug={Uri.EscapeDataString(returnPath)}";
        var page = await client.GetStringAsync(login);
        var token = AntiforgeryToken(page);
        return await client.PostAsync(login, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = token,
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
        }));
    }

    /// <summary>Posts the password page's form, as a signed-in user changing their password; the answer is a redirect when it succeeded.</summary>
    public static async Task<HttpResponseMessage> ChangePassword(HttpClient client, string current, string newPassword)
    {
        var page = await client.GetStringAsync("/wachtwoord");
        return await client.PostAsync("/wachtwoord", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "password",
            ["__RequestVerificationToken"] = AntiforgeryToken(page),
            ["Input.Current"] = current,
            ["Input.New"] = newPassword,
            ["Input.Repeat"] = newPassword,
        }));
    }

    /// <summary>What an account page (login, password) says about a posted form; empty when the form got through (a redirect).</summary>
    public static async Task<string> Problem(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Redirect ? ""
        : WebUtility.HtmlDecode(ProblemMessage().Match(await response.Content.ReadAsStringAsync()).Groups[1].Value.Trim());

    /// <summary>The antiforgery token a server-rendered page's forms carry, to post one of them as the browser would.</summary>
    /// <summary>The login session's cookie ("name=value") that a successful login sets: what a copy of the browser would send.</summary>
    public static string SessionCookie(HttpResponseMessage login) =>
        login.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith("ImpactDashboard.Sessie=", StringComparison.Ordinal));

    public static string AntiforgeryToken(string html) => AntiforgeryTokenField().Match(html).Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryTokenField();

    [GeneratedRegex("""<div class="account-problem" role="alert">(.*?)</div>""", RegexOptions.Singleline)]
    private static partial Regex ProblemMessage();
}
