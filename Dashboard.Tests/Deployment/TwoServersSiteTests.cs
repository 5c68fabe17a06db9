using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Deployment;

/// <summary>
/// The nginx site for two web servers on one PostgreSQL database (README, "Several web servers on PostgreSQL"): Debian's
/// nginx accepts it (`nginx -t`) and serves it.
/// </summary>
public sealed class TwoServersSiteTests : IDisposable
{
    private readonly TemporaryFolderForSite _folder = new();

    [DeploymentFact]
    public async Task Debian_nginx_accepts_the_two_servers_site()
    {
        var text = await File.ReadAllTextAsync(Path.Combine(Repository.Root, "deploy", "nginx-impactdashboard-two-servers.conf"));
        Assert.Contains("ip_hash;", text, StringComparison.Ordinal);
        Assert.Contains("server 127.0.0.1:5000;", text, StringComparison.Ordinal);
        Assert.Contains("server 127.0.0.1:5001;", text, StringComparison.Ordinal);

        var ports = Loopback.FreePorts(2);
        var (http, https) = (ports[0], ports[1]);
        using var site = await NginxSite.Start(_folder.Path, [http, https], (certificate, key) => text
            .Replace("/etc/letsencrypt/live/impact.example.nl/fullchain.pem", certificate, StringComparison.Ordinal)
            .Replace("/etc/letsencrypt/live/impact.example.nl/privkey.pem", key, StringComparison.Ordinal)
            .Replace("listen 80;", $"listen 127.0.0.1:{http};", StringComparison.Ordinal)
            .Replace("listen [::]:80;", "", StringComparison.Ordinal)
            .Replace("listen 443 ssl http2;", $"listen 127.0.0.1:{https} ssl http2;", StringComparison.Ordinal)
            .Replace("listen [::]:443 ssl http2;", "", StringComparison.Ordinal)
            .Replace("root /var/www/html;", $"root {_folder.Path};", StringComparison.Ordinal));
    }

    public void Dispose() => _folder.Dispose();

    private sealed class TemporaryFolderForSite : IDisposable
    {
        public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "impact-nginx-" + Guid.NewGuid().ToString("N"));

        public void Dispose()
        {
            try
            {
                Directory.Delete(Path, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
