using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Dashboard.Tests.TestSupport;
using Dashboard.Tests.Web;

namespace Dashboard.Tests.Deployment;

/// <summary>
/// The README's "In productie", done as an IT volunteer would on a machine without systemd: its publish command, the
/// published app started with deploy/impactdashboard.service's working folder, command and environment on a database
/// with real (imported, not demo) data, behind Debian's nginx with deploy/nginx-impactdashboard.conf and a self-signed
/// certificate; then the first administrator logs in over HTTPS with the one-time password the app printed, changes
/// it, and opens Overzicht, whose styles and scripts arrive whole and whose circuit's WebSocket passes the proxy; and
/// the app tells clients apart by the address nginx saw, not by what they claim.
/// </summary>
public sealed partial class ProductionDeploymentTests : IDisposable
{
    private const string UnitFile = "deploy/impactdashboard.service";
    private const string SiteFile = "deploy/nginx-impactdashboard.conf";
    private const string InstallFolder = "/opt/impactdashboard";
    private const string StateFolder = "/var/lib/impactdashboard";
    private const string NewPassword = "een nieuw wachtwoord voor productie";

    private static readonly TimeSpan Budget = TimeSpan.FromMinutes(5);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "impact-deployment", Guid.NewGuid().ToString("N"));
    private readonly List<IDisposable> _running = [];

    [DeploymentFact]
    public async Task The_published_app_behind_nginx_serves_a_signed_in_administrator_over_https()
    {
        var install = Path.Combine(_folder, "opt");
        var state = Path.Combine(_folder, "state");
        Directory.CreateDirectory(state);
        var ports = Loopback.FreePorts(3);
        var (appPort, httpPort, httpsPort) = (ports[0], ports[1], ports[2]);

        // No build servers left behind: they would inherit the output pipes and outlive the test.
        await ChildProcess.Run(BuiltApp.DotnetHost, PublishCommand(install), Repository.Root, Budget,
            new Dictionary<string, string> { ["MSBUILDDISABLENODEREUSE"] = "1", ["UseSharedCompilation"] = "false", ["UseRazorBuildServer"] = "false" });
        var unit = SystemdUnit.Read(Path.Combine(Repository.Root, UnitFile), line => Replace(line,
            (InstallFolder, install), (StateFolder, state), ("/usr/bin/dotnet", BuiltApp.DotnetHost), ("127.0.0.1:5000", $"127.0.0.1:{appPort}")));
        Assert.Equal("Production", unit.Environment["ASPNETCORE_ENVIRONMENT"]);

        // Real data, as an operator imports it with the published command line before anyone logs in.
        foreach (var (kind, file) in new[] { ("winkels", "winkels.csv"), ("deelnemers", "deelnemers.csv") })
        {
            await ChildProcess.Run(unit.ExecStart[0], [.. unit.ExecStart.Skip(1), "import", kind, Path.Combine(Repository.SeedData, file)],
                unit.WorkingDirectory, Budget, unit.Environment);
        }

        var app = Started(ChildProcess.Start(unit.ExecStart[0], unit.ExecStart.Skip(1), unit.WorkingDirectory, unit.Environment));
        var oneTimePassword = (await app.WaitFor(OneTimePassword(), Budget)).Groups[1].Value;
        await app.WaitFor(new Regex("Now listening on"), Budget);

        var site = Started(await NginxSite.Start(Path.Combine(_folder, "nginx"), [httpPort, httpsPort], (certificate, key) => Replace(
            File.ReadAllText(Path.Combine(Repository.Root, SiteFile)),
            ("listen 80;", $"listen 127.0.0.1:{httpPort};"), ("listen [::]:80;", ""),
            ("listen 443 ssl http2;", $"listen 127.0.0.1:{httpsPort} ssl http2;"), ("listen [::]:443 ssl http2;", ""),
            ("server 127.0.0.1:5000;", $"server 127.0.0.1:{appPort};"),
            ("/etc/letsencrypt/live/impact.example.nl/fullchain.pem", certificate), ("/etc/letsencrypt/live/impact.example.nl/privkey.pem", key))));
        var origin = new Uri($"https://127.0.0.1:{httpsPort}");
        var cookies = new CookieContainer();
        using var browser = Browser(site.Certificate, origin, cookies);

        using (var plain = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }))
        {
            using var redirect = await plain.GetAsync($"http://127.0.0.1:{httpPort}/");
            Assert.Equal(HttpStatusCode.MovedPermanently, redirect.StatusCode);
            Assert.Equal("https", redirect.Headers.Location!.Scheme);
        }

        var login = await browser.GetStringAsync("/inloggen");
        var assets = PageAssets.Links(login);
        Assert.Contains(assets, a => a.Contains(".css", StringComparison.Ordinal));
        foreach (var asset in assets)
        {
            var bytes = await browser.GetByteArrayAsync(asset);
            Assert.True(bytes.Length > 100, $"{asset} came through nginx with {bytes.Length} bytes");
        }

        using (var signIn = await DashboardFactory.LogIn(browser, "beheerder", oneTimePassword))
        {
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
            Assert.EndsWith("/wachtwoord", signIn.Headers.Location!.ToString(), StringComparison.Ordinal);
        }
        using (var change = await DashboardFactory.ChangePassword(browser, oneTimePassword, NewPassword))
        {
            Assert.Equal(HttpStatusCode.Redirect, change.StatusCode);
        }
        // The imported organisation is known: filtered on it, the page names it and refuses nothing.
        var overview = await browser.GetStringAsync("/?org=Kringloop%20Aan%20de%20Maas");
        Assert.Contains("Overzicht", overview, StringComparison.Ordinal);
        Assert.Contains(">Kringloop Aan de Maas</span>", overview, StringComparison.Ordinal);
        Assert.DoesNotContain("rz-alert", overview, StringComparison.Ordinal);
        Assert.DoesNotContain("DEMO", overview, StringComparison.Ordinal);

        await AssertCircuitConnects(browser, origin, cookies, site.Certificate);
        using var foreign = new HttpRequestMessage(HttpMethod.Post, "/_blazor/negotiate?negotiateVersion=1") { Headers = { { "Origin", "https://elders.example" } } };
        using var refused = await browser.SendAsync(foreign);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);

        await AssertClientsAreToldApart(site.Certificate, origin);
    }

    /// <summary>The arguments of the README's publish command ("In productie"), publishing into <paramref name="folder"/>.</summary>
    private static string[] PublishCommand(string folder)
    {
        var readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md"));
        var section = readme[readme.IndexOf("## In productie", StringComparison.Ordinal)..];
        var words = section.Split('\n').Select(l => l.Trim()).First(l => l.StartsWith("dotnet publish ", StringComparison.Ordinal))
            .Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToArray();
        words[Array.IndexOf(words, "-o") + 1] = folder;
        return words;
    }

    /// <summary>SignalR's negotiation, then the WebSocket upgrade and handshake of a page's circuit, through nginx.</summary>
    private static async Task AssertCircuitConnects(HttpClient browser, Uri origin, CookieContainer cookies, string certificate)
    {
        using var negotiate = new HttpRequestMessage(HttpMethod.Post, "/_blazor/negotiate?negotiateVersion=1")
        {
            Headers = { { "Origin", origin.GetLeftPart(UriPartial.Authority) } },
        };
        using var negotiated = await browser.SendAsync(negotiate);
        Assert.Equal(HttpStatusCode.OK, negotiated.StatusCode);
        var token = JsonDocument.Parse(await negotiated.Content.ReadAsStringAsync()).RootElement.GetProperty("connectionToken").GetString();

        using var socket = new ClientWebSocket();
        socket.Options.Cookies = cookies;
        socket.Options.SetRequestHeader("Origin", origin.GetLeftPart(UriPartial.Authority));
        socket.Options.RemoteCertificateValidationCallback = (_, presented, _, _) => IsCertificate(presented, certificate);
        using var budget = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await socket.ConnectAsync(new Uri($"wss://{origin.Authority}/_blazor?id={token}"), budget.Token);
        Assert.Equal(WebSocketState.Open, socket.State);

        await socket.SendAsync(Encoding.UTF8.GetBytes("{\"protocol\":\"json\",\"version\":1}\u001e"), WebSocketMessageType.Text, true, budget.Token);
        var buffer = new byte[4096];
        var answer = await socket.ReceiveAsync(buffer, budget.Token);
        Assert.StartsWith("{", Encoding.UTF8.GetString(buffer, 0, answer.Count), StringComparison.Ordinal);
    }

    /// <summary>
    /// A client that keeps cookies, follows no redirects, speaks HTTP/2 and trusts exactly the site's self-signed
    /// certificate; it connects from <paramref name="from"/> (another loopback address is another client to nginx).
    /// </summary>
    private static HttpClient Browser(string certificate, Uri origin, CookieContainer cookies, string from = "127.0.0.1") => new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        CookieContainer = cookies,
        SslOptions = new SslClientAuthenticationOptions { RemoteCertificateValidationCallback = (_, presented, _, _) => IsCertificate(presented, certificate) },
        ConnectCallback = async (context, cancellationToken) =>
        {
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
            socket.Bind(new IPEndPoint(IPAddress.Parse(from), 0));
            await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        },
    })
    {
        BaseAddress = origin,
        // As browsers speak to nginx: the site must pass the host on from HTTP/2's :authority too.
        DefaultRequestVersion = HttpVersion.Version20,
        DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
    };

    /// <summary>
    /// The app sees each client's own address through nginx, and nothing a client writes in X-Forwarded-For itself:
    /// one address that used up its login attempts is refused, also when it claims to be another, while another client
    /// is not.
    /// </summary>
    private static async Task AssertClientsAreToldApart(string certificate, Uri origin)
    {
        using var guesser = Browser(certificate, origin, new CookieContainer(), from: "127.0.0.2");
        for (var attempt = 0; attempt < Dashboard.Access.AccessSetup.LoginAttemptsPerAddress; attempt++)
        {
            using var refused = await DashboardFactory.LogIn(guesser, $"gok-{attempt}", "geraden wachtwoord");
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        }
        guesser.DefaultRequestHeaders.Add("X-Forwarded-For", "198.51.100.7");
        using var limited = await DashboardFactory.LogIn(guesser, "gok", "geraden wachtwoord");
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);

        using var colleague = Browser(certificate, origin, new CookieContainer(), from: "127.0.0.3");
        using var answered = await DashboardFactory.LogIn(colleague, "gok", "geraden wachtwoord");
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
    }

    private static bool IsCertificate(X509Certificate? presented, string pem) =>
        presented is not null && X509Certificate2.CreateFromPem(File.ReadAllText(pem)).Thumbprint == new X509Certificate2(presented).Thumbprint;

    private static string Replace(string text, params (string From, string To)[] replacements)
    {
        foreach (var (from, to) in replacements)
        {
            text = text.Replace(from, to, StringComparison.Ordinal);
        }
        return text;
    }


    private T Started<T>(T running) where T : IDisposable
    {
        _running.Add(running);
        return running;
    }

    [GeneratedRegex(@"wachtwoord\s+(\S{16})")]
    private static partial Regex OneTimePassword();


    public void Dispose()
    {
        foreach (var running in Enumerable.Reverse(_running))
        {
            running.Dispose();
        }
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
