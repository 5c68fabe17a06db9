namespace Dashboard.Data.Installation.Demo;

/// <summary>
/// The demo's source of chance. Only <see cref="Random"/> with a seed (whose sequence .NET keeps stable) and
/// plain arithmetic — no Math.Log or Math.Exp, whose last bits may differ between machines — so the same
/// seed writes the same bytes everywhere.
/// </summary>
internal sealed class DemoRandom(int seed)
{
    private readonly Random _random = new(seed);

    /// <summary>A seed for an independent stream, so that one part of the sector can change without shifting the rest.</summary>
    public static int Mix(int seed, params ReadOnlySpan<int> parts)
    {
        var hash = (ulong)(uint)seed;
        foreach (var part in parts)
        {
            hash = (hash ^ (uint)part) * 0x9E3779B97F4A7C15UL;
            hash ^= hash >> 29;
        }
        hash *= 0xBF58476D1CE4E5B9UL;
        hash ^= hash >> 32;
        return (int)(hash & 0x7FFFFFFF);
    }

    public bool Chance(double probability) => _random.NextDouble() < probability;

    /// <summary>An integer from <paramref name="min"/> to <paramref name="max"/>, both inclusive.</summary>
    public int Between(int min, int max) => _random.Next(min, max + 1);

    public double Between(double min, double max) => min + (max - min) * _random.NextDouble();

    public T PickAny<T>(IReadOnlyList<T> values) => values[_random.Next(values.Count)];

    /// <summary>A value drawn by weight; the weights need not add up to 1.</summary>
    public T Pick<T>(IReadOnlyList<(T Value, double Weight)> weighted)
    {
        var total = 0.0;
        foreach (var (_, weight) in weighted)
        {
            total += weight;
        }
        var draw = _random.NextDouble() * total;
        foreach (var (value, weight) in weighted)
        {
            draw -= weight;
            if (draw < 0)
            {
                return value;
            }
        }
        return weighted[^1].Value;
    }

    /// <summary>A factor around 1, bell-shaped within 1 ± <paramref name="spread"/> (a sum of three uniforms).</summary>
    public double Noise(double spread) =>
        1 + spread * (_random.NextDouble() + _random.NextDouble() + _random.NextDouble() - 1.5) / 1.5;
}
