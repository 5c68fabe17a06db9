using System.Globalization;

namespace Dashboard.Benchmarks.Scale;

/// <summary>
/// The options of the scale mode. Scale 60 is the default: the demo sector 60 times over gives about 11 million sales
/// rows and 178,000 trajectories (183,952 rows and 2,970 trajectories per scale step), the nearest single scale to
/// SPEC §7's 10 million and 200,000.
/// </summary>
public sealed record ScaleOptions
{
    public const int DefaultScale = 60;
    public const int DefaultSeed = 2023;

    public int Scale { get; init; } = DefaultScale;
    public int Seed { get; init; } = DefaultSeed;
    public string? Out { get; init; }
    public int SampleRows { get; init; } = 1_000_000;
    public int ImportRuns { get; init; } = 3;
    public int PageRepetitions { get; init; } = 20;
    public int ExportRepetitions { get; init; } = 20;
    public bool Reimport { get; init; }
    public bool SkipBuild { get; init; }

    public static ScaleOptions Parse(IReadOnlyList<string> args)
    {
        var options = new ScaleOptions();
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            int Number() => int.Parse(Value(), NumberStyles.None, CultureInfo.InvariantCulture);
            options = args[i] switch
            {
                "--scale" => options with { Scale = Number() },
                "--seed" => options with { Seed = Number() },
                "--out" => options with { Out = Value() },
                "--sample-rows" => options with { SampleRows = Number() },
                "--import-runs" => options with { ImportRuns = Number() },
                "--reps" => options with { PageRepetitions = Number(), ExportRepetitions = options.ExportRepetitions },
                "--reimport" => options with { Reimport = true },
                "--no-build" => options with { SkipBuild = true },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
        }
        return options;
    }
}
