using BenchmarkDotNet.Running;
using Dashboard.Benchmarks.Load;
using Dashboard.Benchmarks.Micro;
using Dashboard.Benchmarks.Scale;

// scale: the whole-run measurement against docs/prestaties.md#prestatie-eisen (see BENCHMARKS.md); load: live circuits in Chromium. micro: BenchmarkDotNet, e.g. `micro --filter '*'`.
return args.FirstOrDefault() switch
{
    "scale" => ScaleRun.Run(ScaleOptions.Parse(args[1..])),
    "load" => LoadRun.Run(LoadOptions.Parse(args[1..])),
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
                                                                    [--circuits 50,100,200] [--no-load]
                                                                    [--generate-only] [--provider postgresql --connection "Host=…;Username=…"]
            The default is docs/prestaties.md#sectorschaal's sector: the demo sector 8 times over (248 stores) at density 4x5 — four till reports
            a day per practice and category, five times the places per practice — 9.6 M sales rows, 194,000 trajectories
            and 127,000 certificates in 461 MB of files. --density 1x1 is the demo's own density (scale 31 of it gives
            about 9.7 M rows but 961 stores); --generate-only writes (or finds) the data set, says what it holds and stops.
            At the end it runs the load measurement below (--circuits passed on; --no-load leaves it out).
        dotnet run -c Release --project Dashboard.Benchmarks -- load [--circuits 50,100,200] [--active-seconds 60] [--change-seconds 4]
                                                                   [--pages-per-context 50] [--other-pages-at 50] [--out <folder>] [--no-build]
            The product's server on core 0 with the demo sector and Chromium on core 1 (nice 19) holding that many live circuits on
            Overzicht: per level the managed heap and RSS per idle circuit after a full GC (dotnet-gcdump), then a filter change per
            page about every 4 s: server CPU per change, server and browser p50/p95. Goede praktijk and Vergelijken idle at the first level.
        dotnet run -c Release --project Dashboard.Benchmarks -- pages --db <file> | --connection "Host=…;Database=…" [--reps 20] [--only "Overzicht · hele sector"]
            Every page's figures timed on an installation that is already there.
        dotnet run -c Release --project Dashboard.Benchmarks -- micro [BenchmarkDotNet options, e.g. --filter *Chart*]
        """);
    return 2;
}
