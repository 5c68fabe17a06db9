using System.Globalization;
using Dashboard.Data.Installation.Demo;
using Dashboard.Data.Storage;

namespace Dashboard.Benchmarks.Scale;

/// <summary>
/// The options of the scale mode. The default is docs/prestaties.md#sectorschaal's sector: about 250 stores, 10 million sales rows and 200,000
/// trajectories. The demo sector at its own density has too many sales per store for that (31 stores, about 314,000
/// rows and 4,900 trajectories per scale step), so the default takes 8 steps (248 stores) at density
/// <see cref="SectorDensity"/>: four till reports a day and five times the places, 3.8 times the rows and 4.9 times the
/// trajectories per store — 9.6 million rows and 194,000 trajectories in all.
/// </summary>
public sealed record ScaleOptions
{
    public const int DefaultScale = 8;
    public const int DefaultSeed = 2023;

    /// <summary>Per store as many sales rows and people as docs/prestaties.md#sectorschaal's sector has.</summary>
    public static readonly DemoDensity SectorDensity = new(TillReportsPerDay: 4, PlaceFactor: 5);

    public int Scale { get; init; } = DefaultScale;
    public DemoDensity Density { get; init; } = SectorDensity;
    public int Seed { get; init; } = DefaultSeed;
    public string? Out { get; init; }
    public int SampleRows { get; init; } = 1_000_000;
    public int ImportRuns { get; init; } = 3;
    public int PageRepetitions { get; init; } = 20;
    public int ExportRepetitions { get; init; } = 20;
    public bool Reimport { get; init; }
    public bool SkipBuild { get; init; }

    /// <summary>Leave out the load measurement (Load/LoadRun.cs) at the end of the run.</summary>
    public bool SkipLoad { get; init; }

    /// <summary>The load measurement's levels of live circuits.</summary>
    public IReadOnlyList<int> Circuits { get; init; } = Load.LoadOptions.DefaultCircuits;

    /// <summary>Only generate (or find) the data set and say what it holds; no import, no measurements.</summary>
    public bool GenerateOnly { get; init; }

    /// <summary>Sqlite (the default) or PostgreSQL, then on the server of <see cref="Connection"/>.</summary>
    public DatabaseProvider Provider { get; init; } = DatabaseProvider.Sqlite;

    /// <summary>A PostgreSQL connection string of a user that may create databases.</summary>
    public string? Connection { get; init; }

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
                "--density" => options with { Density = DemoDensity.Parse(Value()) },
                "--seed" => options with { Seed = Number() },
                "--out" => options with { Out = Value() },
                "--sample-rows" => options with { SampleRows = Number() },
                "--import-runs" => options with { ImportRuns = Number() },
                "--reps" => options with { PageRepetitions = Number(), ExportRepetitions = options.ExportRepetitions },
                "--reimport" => options with { Reimport = true },
                "--no-build" => options with { SkipBuild = true },
                "--no-load" => options with { SkipLoad = true },
                "--circuits" => options with { Circuits = Load.LoadOptions.ParseCircuits(Value()) },
                "--generate-only" => options with { GenerateOnly = true },
                "--provider" => options with { Provider = Enum.Parse<DatabaseProvider>(Value(), ignoreCase: true) },
                "--connection" => options with { Connection = Value() },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
        }
        return options;
    }
}
