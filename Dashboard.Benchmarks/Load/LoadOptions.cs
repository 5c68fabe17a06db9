using System.Globalization;

namespace Dashboard.Benchmarks.Load;

/// <summary>
/// The options of the load mode (BENCHMARKS.md, "The one command"): how many live circuits at each level, how long each
/// level's active phase lasts and how often a person changes the filter.
/// </summary>
public sealed record LoadOptions
{
    public static readonly IReadOnlyList<int> DefaultCircuits = [50, 100, 200];

    public IReadOnlyList<int> Circuits { get; init; } = DefaultCircuits;

    public int ActiveSeconds { get; init; } = 60;

    /// <summary>About every this many seconds each page changes its filter (docs/prestaties.md#prestatie-eisen: every ~4 s per user).</summary>
    public double ChangeSeconds { get; init; } = 4;

    /// <summary>Pages per browser context: each context signs in once and shares its cookie and its memory with its pages.</summary>
    public int PagesPerContext { get; init; } = 50;

    /// <summary>The level at which Goede praktijk and Vergelijken are also measured idle; by default the smallest.</summary>
    public int? OtherPagesAt { get; init; }

    public string? Out { get; init; }
    public bool SkipBuild { get; init; }

    public static LoadOptions Parse(IReadOnlyList<string> args)
    {
        var options = new LoadOptions();
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            int Number() => int.Parse(Value(), NumberStyles.None, CultureInfo.InvariantCulture);
            options = args[i] switch
            {
                "--circuits" => options with { Circuits = ParseCircuits(Value()) },
                "--active-seconds" => options with { ActiveSeconds = Number() },
                "--change-seconds" => options with { ChangeSeconds = double.Parse(Value(), NumberStyles.Float, CultureInfo.InvariantCulture) },
                "--pages-per-context" => options with { PagesPerContext = Math.Max(1, Number()) },
                "--other-pages-at" => options with { OtherPagesAt = Number() },
                "--out" => options with { Out = Value() },
                "--no-build" => options with { SkipBuild = true },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
        }
        return options;
    }

    /// <summary>"50,100,200": ascending, so each level opens only the pages the previous one did not.</summary>
    public static IReadOnlyList<int> ParseCircuits(string value) =>
        value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(v => int.Parse(v, NumberStyles.None, CultureInfo.InvariantCulture))
            .Where(n => n > 0).Distinct().Order().ToList() is { Count: > 0 } levels
            ? levels
            : throw new ArgumentException("--circuits needs one or more numbers, e.g. 50,100,200");
}
