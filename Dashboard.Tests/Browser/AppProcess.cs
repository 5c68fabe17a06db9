using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Browser;

/// <summary>
/// The built app (Dashboard/bin/&lt;Configuration&gt;/net10.0/Dashboard.dll) as a child process on a free
/// loopback port, in the Development environment with its own temporary database, so it fills itself with
/// the demo sector from the repository's seed-data/ exactly as a newcomer's first start does.
/// </summary>
/// <remarks>
/// Why a child process and not WebApplicationFactory with UseKestrel: this is the app as `dotnet run` starts
/// it. Its content root is its own build output (Program.cs), where its static-web-assets manifests point at
/// wwwroot, Radzen's _content and the framework's blazor.web.js; in the test host the content root, the
/// manifests and the environment would be the test project's, so assets and the circuit would be served by a
/// set-up no user ever runs. A separate process also shares no statics (culture, caches) with the tests, and
/// Kestrel binding port 0 and logging the port it got avoids any race for a free port.
/// </remarks>
public sealed partial class AppProcess : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _log = new();
    private int _disposed;

    private AppProcess(Process process, string folder)
    {
        _process = process;
        Folder = folder;
    }

    /// <summary>The temporary folder that holds the database and key file.</summary>
    public string Folder { get; }

    public string DatabaseFile => Path.Combine(Folder, "impact.db");

    public Uri BaseAddress { get; private set; } = default!;

    /// <summary>The last lines the app wrote, for a failure message.</summary>
    public string RecentLog => string.Join(Environment.NewLine, _log.TakeLast(60));

    /// <summary>
    /// Starts the app. <paramref name="settings"/> are configuration keys as environment variables, e.g.
    /// <c>Access__RevalidationSeconds=2</c>, on top of what every test app gets.
    /// </summary>
    public static async Task<AppProcess> StartAsync(IReadOnlyDictionary<string, string>? settings = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "impact-browser-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var dll = BuiltApp.Dll;
        var start = new ProcessStartInfo(BuiltApp.DotnetHost, [dll, "--urls", "http://127.0.0.1:0"])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["DOTNET_ENVIRONMENT"] = "Development";
        start.Environment["ConnectionStrings__Impact"] = $"Data Source={Path.Combine(folder, "impact.db")}";
        start.Environment["Privacy__KeyFile"] = Path.Combine(folder, "impact.key");
        start.Environment["Demo__SeedFolder"] = Repository.SeedData;
        // The journeys all download as the same few demo users, faster than any person: the quota is tested elsewhere.
        start.Environment["Access__DownloadsPerMinute"] = "100000";
        start.Environment.Remove("ASPNETCORE_URLS");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var app = new AppProcess(new Process { StartInfo = start, EnableRaisingEvents = true }, folder);
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        void Read(string? line)
        {
            if (line is null)
            {
                return;
            }
            app._log.Enqueue(line);
            while (app._log.Count > 400 && app._log.TryDequeue(out _))
            {
            }
            if (ListeningLine().Match(line) is { Success: true } match)
            {
                listening.TrySetResult(new Uri(match.Groups[1].Value));
            }
        }
        app._process.OutputDataReceived += (_, e) => Read(e.Data);
        app._process.ErrorDataReceived += (_, e) => Read(e.Data);
        app._process.Exited += (_, _) => listening.TrySetException(
            new InvalidOperationException($"The app stopped before it listened (exit code {app._process.ExitCode}):{Environment.NewLine}{app.RecentLog}"));
        app._process.Start();
        app._process.BeginOutputReadLine();
        app._process.BeginErrorReadLine();
        // A test host that dies must not leave the server running.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => app.Dispose();
        try
        {
            app.BaseAddress = await listening.Task.WaitAsync(StartTimeout);
        }
        catch (TimeoutException)
        {
            app.Dispose();
            throw new TimeoutException($"The app did not listen within {StartTimeout}:{Environment.NewLine}{app.RecentLog}");
        }
        return app;
    }

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex ListeningLine();

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Never started, or already gone.
        }
        _process.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
