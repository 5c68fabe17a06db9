using System.Diagnostics;
using System.Globalization;

namespace Dashboard.Benchmarks.Scale;

/// <summary>What a whole command-line process took: wall time from start to exit and its peak resident set (VmHWM).</summary>
public sealed record ProcessRun(double Milliseconds, long PeakBytes, int ExitCode, string Output)
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(10);

    /// <summary>
    /// Starts the process and polls /proc/&lt;pid&gt;/status for VmHWM (the kernel's high-water mark of the resident set)
    /// until it exits. VmHWM only grows, so the last value read is the peak up to at most one poll before the exit.
    /// </summary>
    public static ProcessRun Start(string fileName, IEnumerable<string> arguments, string? standardInput = null, string? workingDirectory = null)
    {
        var info = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = standardInput is not null,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {fileName}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (standardInput is not null)
        {
            process.StandardInput.Write(standardInput);
            process.StandardInput.Close();
        }
        long peak = 0;
        while (!process.WaitForExit(PollInterval))
        {
            peak = Math.Max(peak, HighWaterMark(process.Id));
        }
        process.WaitForExit();
        watch.Stop();
        return new ProcessRun(watch.Elapsed.TotalMilliseconds, peak, process.ExitCode, output.Result + error.Result);
    }

    private static long HighWaterMark(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    var kilobytes = line["VmHWM:".Length..].Trim().Split(' ')[0];
                    return long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (IOException)
        {
            // The process exited between the check and the read.
        }
        return 0;
    }
}
