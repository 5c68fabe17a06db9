using Dashboard.Data.Export.Charts;

namespace Dashboard.Tests.Export.Charts;

public sealed class ChartPreviewTests
{
    [Fact]
    public void Export_preview()
    {
        var folder = Environment.GetEnvironmentVariable("CHART_PREVIEW");
        if (folder is null)
        {
            return;
        }
        foreach (var (name, chart) in SampleCharts.All())
        {
            foreach (var size in ChartSize.All)
            {
                File.WriteAllBytes(Path.Combine(folder, $"chart-{name}-{size.Name}.png"), ChartExport.Png(chart, size, false));
            }
            File.WriteAllText(Path.Combine(folder, $"chart-{name}.svg"), ChartExport.Svg(chart, false));
            File.WriteAllBytes(Path.Combine(folder, $"chart-{name}-en.png"), ChartExport.Png(chart, ChartSize.Screen, true));
        }
    }
}
