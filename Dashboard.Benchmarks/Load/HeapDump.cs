using System.Globalization;
using System.Text.RegularExpressions;
using Dashboard.Benchmarks.Scale;

namespace Dashboard.Benchmarks.Load;

/// <summary>One managed type's share of a heap dump.</summary>
public sealed record HeapType(string Name, long Bytes, long Count);

/// <summary>
/// The server's live managed heap, from dotnet-gcdump (the repository's local tool, .config/dotnet-tools.json): collecting a
/// dump makes the runtime do a full blocking GC first, so what it holds is what the circuits keep alive, not garbage
/// that a later GC would free. Its report gives the heap by type.
/// </summary>
public sealed partial record HeapDump(long Bytes, long Objects, IReadOnlyList<HeapType> Types, string File)
{
    private static bool _restored;

    public static HeapDump Collect(int pid, string file, Action<string> log)
    {
        Restore(log);
        System.IO.File.Delete(file);
        var collect = Tool(["collect", "-p", pid.ToString(CultureInfo.InvariantCulture), "-o", file]);
        if (collect.ExitCode != 0 || !System.IO.File.Exists(file))
        {
            throw new InvalidOperationException("dotnet-gcdump collect failed:\n" + collect.Output);
        }
        var report = Tool(["report", file]);
        return report.ExitCode == 0
            ? Parse(report.Output, file)
            : throw new InvalidOperationException("dotnet-gcdump report failed:\n" + report.Output);
    }

    /// <summary>
    /// The report: "N  GC Heap bytes", "N  GC Heap objects", then lines "object bytes  count  type (Bytes &gt; 10K)  [assembly]",
    /// largest object bytes first, arrays and strings in a line per size class. The object bytes are the report's per-line
    /// size, not the type's total (bytes × count of a line can exceed the heap), so the counts are what adds up.
    /// </summary>
    public static HeapDump Parse(string report, string file)
    {
        long total = 0, objects = 0;
        var types = new List<HeapType>();
        foreach (var line in report.Split('\n'))
        {
            if (TotalLine().Match(line) is { Success: true } t)
            {
                var value = Number(t.Groups[1].Value);
                if (t.Groups[2].Value == "bytes")
                {
                    total = value;
                }
                else
                {
                    objects = value;
                }
            }
            else if (TypeLine().Match(line) is { Success: true } row)
            {
                types.Add(new HeapType(row.Groups[3].Value.Trim(), Number(row.Groups[1].Value), Number(row.Groups[2].Value)));
            }
        }
        if (types.Count == 0 || total == 0)
        {
            throw new InvalidOperationException("dotnet-gcdump report listed no types:\n" + report);
        }
        return new HeapDump(total, objects > 0 ? objects : types.Sum(t => t.Count), types, file);
    }

    private static long Number(string digits) => long.Parse(digits.Replace(",", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);

    private static void Restore(Action<string> log)
    {
        if (_restored)
        {
            return;
        }
        log("dotnet tool restore (dotnet-gcdump) …");
        var restore = ProcessRun.Start("dotnet", ["tool", "restore"], workingDirectory: Repository.Root);
        _restored = restore.ExitCode == 0
            ? true
            : throw new InvalidOperationException("dotnet tool restore failed:\n" + restore.Output);
    }

    private static ProcessRun Tool(IEnumerable<string> arguments) =>
        ProcessRun.Start("dotnet", ["tool", "run", "dotnet-gcdump", .. arguments], workingDirectory: Repository.Root);

    [GeneratedRegex(@"^\s*([\d,.]+)\s+GC Heap (bytes|objects)\s*$")]
    private static partial Regex TotalLine();

    [GeneratedRegex(@"^\s*([\d,.]+)\s+([\d,.]+)\s+(\S.*?)\s*$")]
    private static partial Regex TypeLine();

    [GeneratedRegex(@" \(Bytes > [^)]*\)")]
    private static partial Regex SizeClass();

    /// <summary>A type's name without the report's size class, so its lines can be added up.</summary>
    public static string TypeName(string line) => SizeClass().Replace(line, "");
}
