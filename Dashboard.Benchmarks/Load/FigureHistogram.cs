using System.Globalization;
using System.Text.RegularExpressions;

namespace Dashboard.Benchmarks.Load;

/// <summary>
/// The product's histogram impactdashboard.figures.duration (one figure table computed, not remembered; README, "Health and
/// metrics") as /metrics serves it: cumulative counts per upper bound. Two scrapes give the tables computed in between.
/// </summary>
public sealed partial record FigureHistogram(IReadOnlyList<(double UpperBound, long Count)> Buckets)
{
    public const string Name = "impactdashboard_figures_duration_milliseconds_bucket";

    public long Count => Buckets.Count == 0 ? 0 : Buckets[^1].Count;

    public static async Task<FigureHistogram> ScrapeAsync(HttpClient http, Uri server)
    {
        var text = await http.GetStringAsync(new Uri(server, "/metrics"));
        var buckets = new SortedDictionary<double, long>();
        foreach (var line in text.Split('\n'))
        {
            if (BucketLine().Match(line) is { Success: true } m)
            {
                var bound = m.Groups[1].Value == "+Inf" ? double.PositiveInfinity : double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
                buckets[bound] = buckets.GetValueOrDefault(bound) + (long)double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
            }
        }
        return new FigureHistogram(buckets.Select(b => (b.Key, b.Value)).ToList());
    }

    public FigureHistogram Minus(FigureHistogram earlier) => new(Buckets
        .Select(b => (b.UpperBound, b.Count - earlier.Buckets.Where(e => e.UpperBound == b.UpperBound).Select(e => e.Count).FirstOrDefault()))
        .ToList());

    /// <summary>
    /// A quantile interpolated linearly inside its bucket, as Prometheus's histogram_quantile does: an estimate whose error
    /// is at most the bucket's width. In the last (+Inf) bucket it is that bucket's lower bound.
    /// </summary>
    public double Quantile(double q)
    {
        if (Count == 0)
        {
            return double.NaN;
        }
        var rank = q * Count;
        var (lower, below) = (0.0, 0L);
        foreach (var (upper, cumulative) in Buckets)
        {
            if (cumulative >= rank)
            {
                if (double.IsPositiveInfinity(upper))
                {
                    return lower;
                }
                var inBucket = cumulative - below;
                return inBucket == 0 ? upper : lower + (upper - lower) * (rank - below) / inBucket;
            }
            (lower, below) = (upper, cumulative);
        }
        return lower;
    }

    [GeneratedRegex("^" + Name + @"\{(?:[^}]*,)?le=""([^""]+)""[^}]*\}\s+(\S+)")]
    private static partial Regex BucketLine();
}
