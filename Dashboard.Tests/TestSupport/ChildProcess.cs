using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Dashboard.Tests.TestSupport;

/// <summary>A program a test starts as an operator would: its output kept, waited for, and killed at the end.</summary>
public sealed class ChildProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();
    private readonly TaskCompletionSource _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ChildProcess(Process process) => _process = process;

    public string Output => string.Join(Environment.NewLine, _output);

    public int ExitCode => _process.ExitCode;

    public static ChildProcess Start(string program, IEnumerable<string> arguments, string workingDirectory,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // What the test host runs under is not what an operator's shell has.
        foreach (var inherited in new[] { "ASPNETCORE_ENVIRONMENT", "DOTNET_ENVIRONMENT", "ASPNETCORE_URLS", "ConnectionStrings__Impact", "Privacy__KeyFile" })
        {
            start.Environment.Remove(inherited);
        }
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }
        var child = new ChildProcess(new Process { StartInfo = start, EnableRaisingEvents = true });
        child._process.OutputDataReceived += (_, e) => child.Keep(e.Data);
        child._process.ErrorDataReceived += (_, e) => child.Keep(e.Data);
        child._process.Exited += (_, _) => child._exited.TrySetResult();
        child._process.Start();
        child._process.BeginOutputReadLine();
        child._process.BeginErrorReadLine();
        return child;
    }

    /// <summary>Runs a program to its end within <paramref name="budget"/>; fails the test with its output when it does not exit 0.</summary>
    public static async Task<string> Run(string program, IEnumerable<string> arguments, string workingDirectory, TimeSpan budget,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        using var child = Start(program, arguments, workingDirectory, environment);
        await child.Exited(budget);
        Assert.True(child.ExitCode == 0, $"{program} {string.Join(' ', arguments)} exited {child.ExitCode}:{Environment.NewLine}{child.Output}");
        return child.Output;
    }

    public async Task Exited(TimeSpan budget)
    {
        try
        {
            await _exited.Task.WaitAsync(budget);
            _process.WaitForExit(TimeSpan.FromSeconds(10)); // the last lines of output
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"{_process.StartInfo.FileName} did not end within {budget}:{Environment.NewLine}{Output}");
        }
    }

    /// <summary>The first match of <paramref name="pattern"/> in the output, waiting for it while the process runs.</summary>
    public async Task<Match> WaitFor(Regex pattern, TimeSpan budget)
    {
        using var timeout = new CancellationTokenSource(budget);
        while (!timeout.IsCancellationRequested)
        {
            if (pattern.Match(Output) is { Success: true } match)
            {
                return match;
            }
            if (_exited.Task.IsCompleted)
            {
                break;
            }
            await Task.Delay(100, CancellationToken.None);
        }
        throw new TimeoutException($"{_process.StartInfo.FileName} never wrote /{pattern}/:{Environment.NewLine}{Output}");
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            _output.Enqueue(line);
        }
    }

    public void Dispose()
    {
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
    }
}
