using System.Diagnostics;

namespace Dashboard.Benchmarks.Scale;

/// <summary>Repeated measurements of one thing, in milliseconds, with the statistics the report shows.</summary>
public sealed record Timings(string Name, IReadOnlyList<double> Milliseconds)
{
    public double Median => Percentile(50);

    public double P95 => Percentile(95);

    public double Min => Milliseconds.Min();

    public double Max => Milliseconds.Max();

    /// <summary>Nearest-rank percentile: with 20 samples p95 is the 19th, so one outlier does not hide.</summary>
    public double Percentile(int percent)
    {
        var sorted = Milliseconds.Order().ToList();
        var rank = (int)Math.Ceiling(percent / 100.0 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }

    /// <summary>
    /// Runs <paramref name="action"/> <paramref name="repetitions"/> times (fewer when <paramref name="budget"/> runs out,
    /// but at least <paramref name="minimum"/>).
    /// </summary>
    public static Timings Measure(string name, int repetitions, Action action, TimeSpan? budget = null, int minimum = 5)
    {
        var samples = new List<double>(repetitions);
        var total = Stopwatch.StartNew();
        for (var i = 0; i < repetitions; i++)
        {
            var watch = Stopwatch.StartNew();
            action();
            samples.Add(watch.Elapsed.TotalMilliseconds);
            if (budget is { } b && total.Elapsed > b && samples.Count >= minimum)
            {
                break;
            }
        }
        return new Timings(name, samples);
    }

    public static double Time(Action action)
    {
        var watch = Stopwatch.StartNew();
        action();
        return watch.Elapsed.TotalMilliseconds;
    }
}
