using BenchmarkDotNet.Attributes;
using Dashboard.Data.Administration;
using Dashboard.Data.Domain;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Data.Figures.Views;

namespace Dashboard.Benchmarks.Micro;

/// <summary>
/// Overzicht's figures for the whole sector at a benchmark scale (default 10: ~1.8 M sales rows, ~30,000 trajectories),
/// computed from a warm snapshot with an empty table cache — the scale mode measures the same at sector scale.
/// </summary>
[MemoryDiagnoser]
public class FigureBenchmarks
{
    private DemoInstallation _demo = null!;
    private readonly IndicatorFilter _filter = new(Period.Year(2025));

    [Params(10)]
    public int Scale { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _demo = new DemoInstallation(Scale);
        _demo.Snapshots.Get();
    }

    [GlobalCleanup]
    public void Cleanup() => _demo.Dispose();

    [Benchmark]
    public OverviewView OverviewFigures() =>
        OverviewView.Build(_demo.NewIndicatorService(), [], [], _filter, ViewerProfile.Protected, IndicatorCode.P1, Language.Dutch, null);
}
