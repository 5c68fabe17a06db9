using BenchmarkDotNet.Attributes;
using Dashboard.Data.Administration;
using Dashboard.Data.Domain;
using Dashboard.Data.Exports.Charts;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Comparison;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Data.Figures.Views;

namespace Dashboard.Benchmarks.Micro;

/// <summary>Drawing a chart PNG at screen size from a chart description already built (the demo sector, 2025).</summary>
[MemoryDiagnoser]
public class ChartBenchmarks
{
    private DemoInstallation _demo = null!;
    private ChartDescription _trend = null!;
    private ChartDescription _stores = null!;

    [GlobalSetup]
    public void Setup()
    {
        _demo = new DemoInstallation(scale: 1);
        var indicators = _demo.NewIndicatorService();
        var filter = new IndicatorFilter(Period.Year(2025));
        _trend = OverviewView.Build(indicators, [], [], filter, ViewerProfile.Protected, IndicatorCode.P1, Language.Dutch, null).Trend;
        _stores = ComparisonView.Build(indicators, filter, IndicatorCode.P4R, Normalisation.None, ViewerProfile.Protected, Language.Dutch, null).Chart;
    }

    [GlobalCleanup]
    public void Cleanup() => _demo.Dispose();

    [Benchmark]
    public byte[] OverviewTrendPng() => ChartExport.Png(_trend, ChartSize.Screen, Language.Dutch);

    [Benchmark]
    public byte[] CompareStoresPng() => ChartExport.Png(_stores, ChartSize.Screen, Language.Dutch);
}
