using System.Net;
using System.Net.Sockets;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Deployment;

/// <summary>
/// Debian's nginx serving deploy/nginx-impactdashboard.conf, as a site in a throw-away prefix folder: its own main
/// configuration (pid, logs, temporary files there), a self-signed certificate, and loopback ports of the test's.
/// </summary>
public sealed class NginxSite : IDisposable
{
    private readonly ChildProcess _nginx;

    private NginxSite(ChildProcess nginx, string certificate)
    {
        _nginx = nginx;
        Certificate = certificate;
    }

    /// <summary>The PEM file of the self-signed certificate the site serves, to trust it and nothing else.</summary>
    public string Certificate { get; }

    /// <summary>
    /// Writes the certificate and configuration, checks them with `nginx -t`, starts nginx and waits until it takes
    /// connections on <paramref name="ports"/>. <paramref name="site"/> gives the site file's text for the certificate
    /// and key files, with its ports and certificate paths already the test's.
    /// </summary>
    public static async Task<NginxSite> Start(string folder, int[] ports, Func<string, string, string> site)
    {
        Directory.CreateDirectory(folder);
        var certificate = Path.Combine(folder, "fullchain.pem");
        var key = Path.Combine(folder, "privkey.pem");
        await ChildProcess.Run(DeploymentFactAttribute.OpenSsl,
            ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=127.0.0.1",
             "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", key, "-out", certificate],
            folder, TimeSpan.FromMinutes(1));
        var siteFile = Path.Combine(folder, "impactdashboard.conf");
        await File.WriteAllTextAsync(siteFile, site(certificate, key));
        var main = Path.Combine(folder, "nginx.conf");
        await File.WriteAllTextAsync(main,
            $$"""
            {{(Environment.UserName == "root" ? "user root;" : "")}}
            worker_processes 1;
            pid {{folder}}/nginx.pid;
            error_log {{folder}}/error.log;
            events { worker_connections 256; }
            http {
                access_log {{folder}}/access.log;
                client_body_temp_path {{folder}}/body;
                proxy_temp_path {{folder}}/proxy;
                fastcgi_temp_path {{folder}}/fastcgi;
                uwsgi_temp_path {{folder}}/uwsgi;
                scgi_temp_path {{folder}}/scgi;
                include {{siteFile}};
            }
            """);
        string[] arguments = ["-p", folder, "-c", main];
        await ChildProcess.Run(DeploymentFactAttribute.Nginx, [.. arguments, "-t"], folder, TimeSpan.FromMinutes(1));
        var nginx = ChildProcess.Start(DeploymentFactAttribute.Nginx, [.. arguments, "-g", "daemon off;"], folder);
        await WaitUntilListening(nginx, ports);
        return new NginxSite(nginx, certificate);
    }

    private static async Task WaitUntilListening(ChildProcess nginx, int[] ports)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        foreach (var port in ports)
        {
            while (true)
            {
                try
                {
                    using var probe = new TcpClient();
                    await probe.ConnectAsync(IPAddress.Loopback, port);
                    break;
                }
                catch (SocketException) when (DateTime.UtcNow < deadline)
                {
                    await Task.Delay(100);
                }
                catch (SocketException)
                {
                    throw new TimeoutException($"nginx took no connections on port {port}:{Environment.NewLine}{nginx.Output}");
                }
            }
        }
    }

    public void Dispose() => _nginx.Dispose();
}
