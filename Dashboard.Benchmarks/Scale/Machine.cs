using System.Runtime.InteropServices;

namespace Dashboard.Benchmarks.Scale;

/// <summary>The machine the run is on, read at run time.</summary>
public static class Machine
{
    public static string Cpu => ProcLine("/proc/cpuinfo", "model name") ?? RuntimeInformation.ProcessArchitecture.ToString();

    public static string Memory => ProcLine("/proc/meminfo", "MemTotal") is { } total
        ? $"{long.Parse(total.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0], System.Globalization.CultureInfo.InvariantCulture) / 1048576.0:0.0} GB"
        : "?";

    public static string LoadAverage => File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    public static string Describe() =>
        $"{Cpu}, {Environment.ProcessorCount} cores, {Memory} RAM, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}";

    private static string? ProcLine(string file, string key) => File.Exists(file)
        ? File.ReadLines(file).FirstOrDefault(l => l.StartsWith(key, StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
        : null;
}
