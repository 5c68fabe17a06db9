using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Dashboard.Benchmarks.Scale;

namespace Dashboard.Benchmarks.Load;

/// <summary>
/// The product's server (Dashboard.dll through its own executable, as <see cref="ProductCommand"/> runs it) as an operator starts it, pinned to core 0 with taskset so the browser on core 1
/// does not take its time: Development environment, a fresh temporary database that it fills with the demo sector from
/// seed-data/ itself, its own metrics on (README, "Health and metrics"), Kestrel on a free loopback port that it logs.
/// </summary>
public sealed partial class ServerProcess : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);

    private readonly Process _process;
    private volatile bool _disposing;
    private readonly Queue<string> _log = new();
    private readonly List<(string Page, double Milliseconds)> _figures = [];

    private ServerProcess(Process process, string folder)
    {
        _process = process;
        Folder = folder;
    }

    public string Folder { get; }

    public Uri BaseAddress { get; private set; } = default!;

    /// <summary>The server's own process id: taskset executes the product in its own process.</summary>
    public int Pid => _process.Id;

    public string RecentLog
    {
        get
        {
            lock (_log)
            {
                return string.Join(Environment.NewLine, _log);
            }
        }
    }

    /// <summary>How many "figures in … ms" lines the pages logged so far: a mark to take the lines after.</summary>
    public int FigureMark
    {
        get
        {
            lock (_figures)
            {
                return _figures.Count;
            }
        }
    }

    /// <summary>
    /// The time each page's Load took on the server (DashboardPage logs "&lt;Page&gt;: figures in N ms" for every load, remembered
    /// tables included) since <paramref name="mark"/>: the server-side time of one filter change, to the millisecond.
    /// </summary>
    public IReadOnlyList<(string Page, double Milliseconds)> FiguresSince(int mark)
    {
        lock (_figures)
        {
            return _figures.Skip(mark).ToList();
        }
    }

    public static ServerProcess Start(string executable, Action<string> log)
    {
        var folder = Path.Combine(Path.GetTempPath(), "impact-load", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var start = new ProcessStartInfo("taskset", ["-c", "0", executable, "--urls", "http://127.0.0.1:0"])
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
        start.Environment["Demo__SeedFolder"] = Path.Combine(Repository.Root, "seed-data");
        start.Environment["Metrics__Enabled"] = "true";
        start.Environment.Remove("ASPNETCORE_URLS");

        var server = new ServerProcess(new Process { StartInfo = start, EnableRaisingEvents = true }, folder);
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        void Read(string? line)
        {
            if (line is null)
            {
                return;
            }
            lock (server._log)
            {
                server._log.Enqueue(line);
                while (server._log.Count > 200)
                {
                    server._log.Dequeue();
                }
            }
            if (FiguresLine().Match(line) is { Success: true } figures)
            {
                lock (server._figures)
                {
                    server._figures.Add((figures.Groups[1].Value, double.Parse(figures.Groups[2].Value, CultureInfo.InvariantCulture)));
                }
            }
            else if (ListeningLine().Match(line) is { Success: true } match)
            {
                listening.TrySetResult(new Uri(match.Groups[1].Value));
            }
        }
        server._process.OutputDataReceived += (_, e) => Read(e.Data);
        server._process.ErrorDataReceived += (_, e) => Read(e.Data);
        server._process.Exited += (_, _) =>
        {
            if (!listening.TrySetException(
                new InvalidOperationException($"the server stopped before it listened (exit {server._process.ExitCode}):\n{server.RecentLog}")) && !server._disposing)
            {
                // Nothing after this can be measured; say why at once rather than after the pages' timeouts.
                log($"THE SERVER STOPPED (exit {server._process.ExitCode}):\n{server.RecentLog}");
            }
        };
        log($"starting the server on core 0 (demo sector in {folder}) …");
        server._process.Start();
        server._process.BeginOutputReadLine();
        server._process.BeginErrorReadLine();
        // A benchmark that dies must not leave its server running.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Dispose();
        try
        {
            server.BaseAddress = listening.Task.WaitAsync(StartTimeout).GetAwaiter().GetResult();
        }
        catch (TimeoutException)
        {
            server.Dispose();
            throw new TimeoutException($"the server did not listen within {StartTimeout}:\n{server.RecentLog}");
        }
        return server;
    }

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex ListeningLine();

    [GeneratedRegex(@"(\w+Page): figures in (\d+) ms")]
    private static partial Regex FiguresLine();

    public void Dispose()
    {
        _disposing = true;
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
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
