using System.Globalization;

namespace Dashboard.Benchmarks.Load;

/// <summary>What the kernel counts for a process and a core, read from /proc: CPU time, resident set, a core's busy time.</summary>
public static class ProcStats
{
    /// <summary>USER_HZ: /proc counts CPU time in ticks of 1/100 s on every Linux this runs on.</summary>
    private const double TicksPerSecond = 100;

    /// <summary>The process's CPU time so far (utime + stime, fields 14 and 15 of /proc/&lt;pid&gt;/stat), in milliseconds.</summary>
    public static double CpuMilliseconds(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        // The command name (field 2) may hold spaces; the fields after its closing parenthesis start at field 3.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return ticks / TicksPerSecond * 1000;
    }

    /// <summary>The resident set now (VmRSS of /proc/&lt;pid&gt;/status), in bytes.</summary>
    public static long ResidentBytes(int pid)
    {
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                return long.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
            }
        }
        return 0;
    }

    /// <summary>A core's (busy, total) ticks from its line in /proc/stat; idle and iowait are the not-busy part.</summary>
    public static (long Busy, long Total) Core(int core)
    {
        var prefix = $"cpu{core.ToString(CultureInfo.InvariantCulture)} ";
        var line = File.ReadLines("/proc/stat").FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"/proc/stat has no core {core}");
        var values = line[prefix.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(8)
            .Select(v => long.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        var total = values.Sum();
        return (total - values[3] - values[4], total);
    }

    /// <summary>The share of the time a core was busy between two readings of <see cref="Core"/>, 0 … 1.</summary>
    public static double Busy((long Busy, long Total) before, (long Busy, long Total) after) =>
        after.Total == before.Total ? double.NaN : (double)(after.Busy - before.Busy) / (after.Total - before.Total);
}
