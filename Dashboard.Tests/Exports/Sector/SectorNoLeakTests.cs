using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Dashboard.Cli;
using Dashboard.Data.Administration;
using Dashboard.Data.Domain;
using Dashboard.Data.Exports;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Explaining;
using Dashboard.Data.Figures.Sector;
using Dashboard.Tests.Exports.Charts;
using Dashboard.Tests.Exports.Factsheets;
using Dashboard.Tests.Web;

namespace Dashboard.Tests.Exports.Sector;

/// <summary>
/// No other organisation's name or value in anything the sector comparison gives one organisation (docs/sector.md#sectorvergelijking):
/// the command line's `sector`, the exports of the view `sector` in every format and both languages, the factsheets of the
/// organisation and of its restaurants, and the pages a director sees — the sector page, Overzicht and Goede praktijk with
/// their sector blocks. On <see cref="SectorInstallation"/>: nine others with distinctive names and outflow, each value
/// forbidden exact and perturbed, in every spelling the outputs use, unless it coincides with a quartile or the own value.
/// </summary>
public sealed partial class SectorNoLeakTests(SectorInstallation sector) : IClassFixture<SectorInstallation>
{
    private const string Year = "--van 2025-01-01 --tot 2025-12-31";
    private const string YearQuery = "van=2025-01-01&tot=2025-12-31";

    private static readonly CultureInfo[] Cultures = [Language.Dutch, Language.English];

    /// <summary>
    /// How the outputs write a P4R value: "35,7%", "35,7", "35.7", full precision as the command line, two decimals, "36%" as
    /// a factsheet rounds. A bare whole number ("40") is left out: it is in every page's markup and proves nothing.
    /// </summary>
    private static IEnumerable<string> Spellings(decimal value, SectorPosition position) => Cultures.SelectMany(culture => new[]
    {
        Math.Round(value, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture) + "%",
        FigureFormat.Number(IndicatorCode.P4R, value, culture),
        position.Format(value, culture),
        value.ToString("0.0", culture),
        value.ToString("0.00", culture),
        IndicatorsCommand.Number(value, culture),
        IndicatorsCommand.Number(Math.Round(value, 6), culture),
    }).Where(spelling => !WholeNumber().IsMatch(spelling));

    [GeneratedRegex(@"^\d+$")]
    private static partial Regex WholeNumber();

    /// <summary>Every spelling of every other organisation's value, less those that spell a quartile or the own value too.</summary>
    private IReadOnlyList<string> ForbiddenValues()
    {
        var positions = new[] { sector.Position(), sector.Position("horeca") };
        var allowed = positions
            .SelectMany(p => new[] { p.P25, p.Median, p.P75, p.Own.HasValue ? p.Own.Value : null }.OfType<decimal>().SelectMany(v => Spellings(v, p)))
            .ToHashSet();
        var forbidden = sector.OthersValues().SelectMany(v => Spellings(v, positions[0])).Where(s => !allowed.Contains(s)).Distinct().ToList();
        Assert.NotEmpty(forbidden);
        return forbidden;
    }

    private static IEnumerable<string> ForbiddenNames() => Enumerable.Range(1, SectorInstallation.Outflow.Length - 1)
        .SelectMany(o => new[] { SectorInstallation.Name(o), SectorInstallation.Practice(o) })
        .Append(SectorInstallation.OthersPrefix);

    private void AssertNoLeak(string what, string text)
    {
        Assert.False(string.IsNullOrWhiteSpace(text), $"{what}: nothing to check");
        foreach (var name in ForbiddenNames())
        {
            Assert.False(text.Contains(name, StringComparison.OrdinalIgnoreCase), $"{what} names another organisation: {name}");
        }
        foreach (var value in ForbiddenValues())
        {
            // A whole number only: 35,7 is not found inside 135,71.
            var found = Regex.Match(text, $@"(?<![\d])(?<![\d][.,]){Regex.Escape(value)}(?![\d])");
            Assert.False(found.Success, $"{what} holds another organisation's value {value}: …{Around(text, found.Index)}…");
        }
    }

    private static string Around(string text, int index) => text[Math.Max(0, index - 60)..Math.Min(text.Length, index + 60)];

    private (int Exit, string Output, string Error) Run(string arguments)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = CommandLine.Run([.. arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(a => a.Replace('_', ' ')),
            "--db", sector.Installation.Database.Path], output, error, sector.Installation.Clock);
        return (exit, output.ToString(), error.ToString());
    }

    private static string Own => SectorInstallation.Own.Replace(' ', '_');

    [Theory]
    [InlineData("")]
    [InlineData("--soort horeca")]
    [InlineData("--csv en")]
    public void The_command_line_sector_row_holds_only_the_quartiles_and_the_own_value(string options)
    {
        var (exit, output, error) = Run($"sector --indicator P4R --org {Own} {Year} {options}");

        Assert.True(exit == 0, error);
        Assert.Equal(2, output.Trim().Split('\n').Length);
        AssertNoLeak("sector " + options, output + error);
    }

    [Theory]
    [InlineData("svg", "")]
    [InlineData("svg", "--lang en")]
    [InlineData("csv", "")]
    [InlineData("csv", "--csv en --lang en")]
    [InlineData("xlsx", "")]
    [InlineData("xlsx", "--lang en --soort horeca")]
    [InlineData("pdf", "--view overzicht")]
    [InlineData("pdf", "--view praktijk --soort horeca")]
    [InlineData("pdf", "--view overzicht --lang en")]
    public void No_export_names_or_holds_another_organisation(string format, string options)
    {
        var file = Path.Combine(sector.Installation.Folder, $"uit-{Guid.NewGuid():N}.{format}");
        var view = options.Contains("--view", StringComparison.Ordinal) ? "" : "--view sector --indicator P4R";

        var (exit, output, error) = Run($"export {format} {view} --org {Own} {Year} {options} --out {file}");

        Assert.True(exit == 0, error);
        var bytes = File.ReadAllBytes(file);
        AssertNoLeak($"{format} {options}", Readable(Enum.Parse<ExportFormat>(format, ignoreCase: true), bytes) + output);
        if (format == "pdf")
        {
            // The factsheet did get its sector sentence: the check above had something to look at.
            Assert.Contains(options.Contains("en", StringComparison.Ordinal) ? "other organisations" : "andere organisaties", PdfText.Of(bytes));
        }
    }

    /// <summary>What a reader of the file can read: an SVG's words (its letters are outlines), a workbook's strings and cells, a PDF's text.</summary>
    private static string Readable(ExportFormat format, byte[] bytes)
    {
        switch (format)
        {
            case ExportFormat.Svg:
                var svg = SvgFile.Open(Encoding.UTF8.GetString(bytes));
                return string.Join("\n", SvgFile.Texts(svg).Concat(svg.Elements().Where(e => e.Name.LocalName is "title" or "desc").Select(e => e.Value)));
            case ExportFormat.Xlsx:
                return XlsxText.Of(bytes);
            case ExportFormat.Pdf:
                return PdfText.Of(bytes);
            default:
                return Encoding.UTF8.GetString(bytes);
        }
    }

    [Theory]
    [InlineData("/sector?indicator=P4R&" + YearQuery)]
    [InlineData("/sector?indicator=P4R&soort=horeca&" + YearQuery)]
    [InlineData("/?" + YearQuery)]
    [InlineData("/goede-praktijk?soort=horeca&" + YearQuery)]
    [InlineData("/export/sector.svg?indicator=P4R&" + YearQuery)]
    [InlineData("/export/sector.csv?indicator=P4R&" + YearQuery)]
    [InlineData("/export/sector.xlsx?indicator=P4R&" + YearQuery)]
    public async Task A_director_sees_no_other_organisation_in_any_page_source_or_download(string url)
    {
        using var factory = new DashboardFactory(sector.Installation);
        var director = await factory.SignedIn(Role.Directie, SectorInstallation.Own);

        using var response = await director.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var text = url.Split('?')[0] switch
        {
            "/export/sector.svg" => Readable(ExportFormat.Svg, bytes),
            "/export/sector.xlsx" => Readable(ExportFormat.Xlsx, bytes),
            _ => WebUtility.HtmlDecode(Encoding.UTF8.GetString(bytes)),
        };
        AssertNoLeak(url, text);
        if (url.StartsWith("/sector", StringComparison.Ordinal))
        {
            // The page did show the position, and offers its export.
            Assert.Contains("export/sector.svg?", text);
            Assert.Contains("andere organisaties", text);
        }
    }

    [Fact]
    public async Task The_board_takes_the_chart_not_the_figures_and_a_director_gets_no_other_organisations_position()
    {
        using var factory = new DashboardFactory(sector.Installation);
        var board = await factory.SignedIn(Role.Bestuur, SectorInstallation.Own);
        var director = await factory.SignedIn(Role.Directie, SectorInstallation.Own);
        var other = Uri.EscapeDataString(SectorInstallation.Name(1));

        using var chart = await board.GetAsync($"/export/sector.svg?indicator=P4R&{YearQuery}");
        using var figures = await board.GetAsync($"/export/sector.csv?indicator=P4R&{YearQuery}");
        using var elsewhere = await director.GetAsync($"/export/sector.csv?indicator=P4R&org={other}&{YearQuery}");
        var page = WebUtility.HtmlDecode(await board.GetStringAsync($"/sector?indicator=P4R&{YearQuery}"));

        Assert.Equal(HttpStatusCode.OK, chart.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, figures.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, elsewhere.StatusCode);
        Assert.Contains("export/sector.svg?", page);
        Assert.DoesNotContain("export/sector.csv?", page);
        Assert.DoesNotContain("export/sector.xlsx?", page);
    }
}
