using System.Buffers.Binary;
using System.Text;
using Dashboard.Data.Domain;
using Dashboard.Data.Exports.Charts;
using Dashboard.Data.Figures.Views;
using SkiaSharp;

namespace Dashboard.Tests.Exports.Charts;

public sealed class ChartPngTests
{
    public static TheoryData<string, string> ChartsAndSizes()
    {
        var data = new TheoryData<string, string>();
        foreach (var (chart, _) in SampleCharts.All())
        {
            foreach (var size in ChartSize.All)
            {
                data.Add(chart, size.Name);
            }
        }
        return data;
    }

    public static TheoryData<string> Charts() => [.. SampleCharts.All().Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(ChartsAndSizes))]
    public void Each_chart_is_a_png_of_exactly_its_size_with_nothing_run_off_the_edges(string chartName, string sizeName)
    {
        var size = ChartSize.All.Single(s => s.Name == sizeName);
        var png = ChartExport.Png(SampleCharts.Named(chartName), size, culture: Language.Dutch);
        PngFile.Preview($"{chartName}-{sizeName}", png);

        Assert.Equal(PngFile.Signature, png[..8]);
        Assert.Equal((size.Width, size.Height), PngFile.Size(png));
        using var image = SKBitmap.Decode(png);
        Assert.Equal((size.Width, size.Height), (image.Width, image.Height));
        // A clipped label would run into the edge: a band of 12 screen pixels all round stays white.
        var band = (int)(12 * size.Width / 1200f);
        SKRectI[] edges =
        [
            new(0, 0, size.Width, band), new(0, size.Height - band, size.Width, size.Height),
            new(0, 0, band, size.Height), new(size.Width - band, 0, size.Width, size.Height),
        ];
        Assert.All(edges, edge => Assert.Equal(0, PngFile.Count(image, edge, c => c != SKColors.White)));
    }

    [Theory]
    [MemberData(nameof(Charts))]
    public void In_English_too_each_chart_keeps_within_its_edges(string chartName)
    {
        var png = ChartExport.Png(SampleCharts.Named(chartName), ChartSize.Screen, culture: Language.English);
        PngFile.Preview($"{chartName}-en", png);

        Assert.Equal((1200, 675), PngFile.Size(png));
        using var image = SKBitmap.Decode(png);
        Assert.Equal(0, PngFile.Count(image, new SKRectI(0, 0, 1200, 12), c => c != SKColors.White));
        Assert.Equal(0, PngFile.Count(image, new SKRectI(0, 663, 1200, 675), c => c != SKColors.White));
        Assert.Equal(0, PngFile.Count(image, new SKRectI(0, 0, 12, 675), c => c != SKColors.White));
        Assert.Equal(0, PngFile.Count(image, new SKRectI(1188, 0, 1200, 675), c => c != SKColors.White));
    }

    [Fact]
    public void The_title_is_written_large_and_dark_across_the_top()
    {
        using var titled = SKBitmap.Decode(ChartExport.Png(SampleCharts.BarWithHiddenAndMedian(), ChartSize.Screen, Language.Dutch));
        var untitledPng = ChartExport.Png(SampleCharts.BarWithHiddenAndMedian(title: ""), ChartSize.Screen, Language.Dutch);
        using var untitled = SKBitmap.Decode(untitledPng);
        var titleArea = new SKRectI(32, 26, 600, 61);

        Assert.True(PngFile.Ink(titled, titleArea) > 600, $"title ink: {PngFile.Ink(titled, titleArea)} pixels");
        // Without a title the subtitle moves up, in its lighter grey: the near-black ink is the title's.
        Assert.True(PngFile.Ink(untitled, titleArea) < 50, $"ink without a title: {PngFile.Ink(untitled, titleArea)} pixels");
        Assert.NotEqual(ChartExport.Png(SampleCharts.BarWithHiddenAndMedian(), ChartSize.Screen, Language.Dutch), untitledPng);
        var colours = new HashSet<SKColor>(titled.Pixels);
        Assert.True(colours.Count > 100, $"{colours.Count} colours");
    }

    [Fact]
    public void The_larger_sizes_are_the_screen_version_scaled_up_not_a_wider_layout()
    {
        var chart = SampleCharts.BarWithHiddenAndMedian();
        var ink = ChartSize.All.ToDictionary(s => s, s =>
        {
            using var image = SKBitmap.Decode(ChartExport.Png(chart, s, Language.Dutch));
            var scale = s.Width / 1200f;
            return PngFile.Darkness(image, new SKRectI(0, (int)(26 * scale), s.Width, (int)(61 * scale)));
        });

        // Text grows with the picture: twice as wide and high, four times the ink (2.07² for print).
        Assert.InRange(ink[ChartSize.Double] / ink[ChartSize.Screen], 3.8, 4.2);
        Assert.InRange(ink[ChartSize.Print] / ink[ChartSize.Screen], 4.05, 4.5);
    }

    [Fact]
    public void A_hidden_value_brings_the_note_on_hidden_values_into_the_legend_and_a_zero_does_not()
    {
        var hidden = SampleCharts.Funnel();
        var zero = hidden with
        {
            Series = [new(hidden.Series[0].Name, [.. hidden.Series[0].Points.Take(3), new("Betaald werk", 0m, Data.Figures.Results.FigureStatus.Ok)])],
        };
        using var withMark = SKBitmap.Decode(ChartExport.Png(hidden, ChartSize.Screen, Language.Dutch));
        using var withZero = SKBitmap.Decode(ChartExport.Png(zero, ChartSize.Screen, Language.Dutch));
        // The legend's line with the note on hidden values, below the plot.
        var legend = new SKRectI(32, 595, 1168, 635);

        var (marked, zeroed) = (PngFile.Darkness(withMark, legend), PngFile.Darkness(withZero, legend));
        Assert.True(marked > 2 * zeroed, $"legend ink with the mark {marked:N0}, with a zero {zeroed:N0}");
    }

    [Fact]
    public void The_print_version_says_it_is_300_dpi_so_it_prints_21_cm_wide()
    {
        var print = ChartExport.Png(SampleCharts.Funnel(), ChartSize.Print, Language.Dutch);
        var screen = ChartExport.Png(SampleCharts.Funnel(), ChartSize.Screen, Language.Dutch);

        // The pHYs chunk straight after the header: 11811 pixels a metre both ways, and a valid checksum.
        Assert.Equal("pHYs", Encoding.ASCII.GetString(print, 37, 4));
        Assert.Equal(11811u, BinaryPrimitives.ReadUInt32BigEndian(print.AsSpan(41)));
        Assert.Equal(11811u, BinaryPrimitives.ReadUInt32BigEndian(print.AsSpan(45)));
        Assert.Equal(1, print[49]);
        Assert.Equal(PngDensity.Crc32(print.AsSpan(37, 13)), BinaryPrimitives.ReadUInt32BigEndian(print.AsSpan(50)));
        Assert.Equal(0xCBF43926u, PngDensity.Crc32("123456789"u8));
        Assert.DoesNotContain("pHYs", Encoding.ASCII.GetString(screen));
        using var decoded = SKBitmap.Decode(print);
        Assert.Equal((2480, 1395), (decoded.Width, decoded.Height));
    }

    [Fact]
    public async Task A_name_of_ten_megabytes_is_drawn_as_its_first_sixty_characters_within_the_budget()
    {
        static ChartDescription Named(string store)
        {
            var chart = SampleCharts.BarWithHiddenAndMedian();
            return chart with { Series = [chart.Series[0] with { Points = [chart.Series[0].Points[0] with { Category = store }, .. chart.Series[0].Points.Skip(1)] }] };
        }

        var png = await Task.Run(() => ChartExport.Png(Named("Aan de Maas Centrum " + new string('k', 10_000_000)), ChartSize.Screen, Language.Dutch))
            .WaitAsync(LongNameExportTests.Budget);

        Assert.Equal(ChartExport.Png(Named("Aan de Maas Centrum " + new string('k', 39) + "…"), ChartSize.Screen, Language.Dutch), png);
    }
}
