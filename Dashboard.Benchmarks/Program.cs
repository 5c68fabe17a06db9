using BenchmarkDotNet.Running;
using Dashboard.Benchmarks.Micro;
using Dashboard.Benchmarks.Scale;

// scale: the whole-run measurement against docs/prestaties.md#prestatie-eisen (see BENCHMARKS.md). micro: BenchmarkDotNet, e.g. `micro --filter '*'`.
return args.FirstOrDefault() switch
{
    "scale" => ScaleRun.Run(ScaleOptions.Parse(args[1..])),
    "pages" => PagesRun.Run(args[1..]),
    "micro" => Micro(args[1..]),
    _ => Usage(),
};

static int Micro(string[] args)
{
    BenchmarkSwitcher.FromTypes([typeof(ChartBenchmarks), typeof(FigureBenchmarks)]).Run(args.Length == 0 ? ["--filter", "*"] : args);
    return 0;
}

static int Usage()
{
    Console.Error.WriteLine("""
        dotnet run -c Release --project Dashboard.Benchmarks -- scale [--scale 8] [--density 4x5] [--seed 2023] [--out <folder>] [--reps 20]
                                                                    [--import-runs 3] [--sample-rows 1000000] [--reimport] [--no-build]
                                                                    [--generate-only] [--provider postgresql --connection "Host=…;Username=…"]
            The default is docs/prestaties.md#sectorschaal's sector: the demo sector 8 times over (248 stores) at density 4x5 — four till reports
            a day per practice and category, five times the places per practice — 9.6 M sales rows, 194,000 trajectories
            and 127,000 certificates in 461 MB of files. --density 1x1 is the demo's own density (scale 31 of it gives
            about 9.7 M rows but 961 stores); --generate-only writes (or finds) the data set, says what it holds and stops.
        dotnet run -c Release --project Dashboard.Benchmarks -- pages --db <file> | --connection "Host=…;Database=…" [--reps 20] [--only "Overzicht · hele sector"]
            Every page's figures timed on an installation that is already there.
        dotnet run -c Release --project Dashboard.Benchmarks -- micro [BenchmarkDotNet options, e.g. --filter *Chart*]
        """);
    return 2;
}
