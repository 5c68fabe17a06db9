using System.Text.RegularExpressions;
using Dashboard.Data.Administration;
using Dashboard.Tests.Installation.Demo;

namespace Dashboard.Tests.Web;

/// <summary>
/// A page as it is first sent, before its circuit is live (docs/weergave-en-export.md#grafieken): a chart card says its values
/// in words and keeps its place, and its plot is drawn only once the page is live, so the source holds no coordinates.
/// </summary>
public sealed partial class PrerenderedChartTests(ImportedDemoSector demo) : IClassFixture<ImportedDemoSector>, IDisposable
{
    private readonly DashboardFactory _factory = new(demo.Installation);

    [Theory]
    [InlineData("/")]
    [InlineData("/goede-praktijk?soort=horeca")]
    [InlineData("/vergelijken?soort=horeca")]
    public async Task A_prerendered_chart_says_its_values_and_draws_no_plot_yet(string url)
    {
        var board = await _factory.SignedIn(Role.Bestuur);

        var html = await board.GetStringAsync(url);

        Assert.Matches(PlotInWords(), html);
        Assert.Matches(PlaceKept(), html);
        Assert.DoesNotContain("<svg", html, StringComparison.Ordinal);
    }

    public void Dispose() => _factory.Dispose();

    [GeneratedRegex("""class="chart-plot"[^>]*role="img"[^>]*aria-label="[^"]+: [^"]+""")]
    private static partial Regex PlotInWords();

    [GeneratedRegex("""class="plot" style="height: \d+px""")]
    private static partial Regex PlaceKept();
}
