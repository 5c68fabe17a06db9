using System.Globalization;
using System.Text.RegularExpressions;
using Dashboard.Tests.Exports.Charts;
using Dashboard.Tests.Exports.Factsheets;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Playwright;
using PdfSharp.Pdf.IO;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.Tests.Browser.Export;

/// <summary>
/// A communications employee (the "Toon als bestuur/communicatie" view, weergave=afgeschermd) collects material for a
/// funding proposal: a chart's figures as Excel, a factsheet, a chart as PNG — by clicking the download links the
/// pages show, in a real Chromium, and reading back what arrives.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ExportJourneyTests(BrowserFixture browser)
{
    private const string Restaurants = "/goede-praktijk?soort=horeca&weergave=afgeschermd";
    private const string Organisation = "Kringloop Aan de Maas";

    [BrowserFact]
    public async Task A_communications_employee_downloads_a_chart_of_the_restaurants_as_a_dated_excel_workbook()
    {
        await using var tab = await browser.OpenTabAsync();
        await tab.GotoAsync(Restaurants);
        var exports = new ExportScreen(tab);
        var title = (await exports.ChartTitlesAsync())[0];
        var menu = exports.ChartMenu(title);
        var url = tab.PathAndQuery;

        await exports.OpenAsync(menu);
        var (fileName, bytes) = await exports.DownloadAsync(ExportScreen.Item(menu, "Excel"));

        var match = Regex.Match(fileName, @"^impactdashboard-praktijk-[a-z0-9-]+-(\d{4}-\d{2}-\d{2})\.xlsx$");
        Assert.True(match.Success, $"'{fileName}' is not a dated workbook name.");
        AssertIsAboutToday(match.Groups[1].Value);
        using (var workbook = SpreadsheetDocument.Open(new MemoryStream(bytes), false))
        {
            var sheets = workbook.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).ToList();
            Assert.Equal(["Cijfers", "Toelichting", "Grafiek"], sheets);
            var strings = workbook.WorkbookPart.SharedStringTablePart?.SharedStringTable.InnerText ?? "";
            var inline = string.Concat(workbook.WorkbookPart.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<InlineString>()).Select(s => s.InnerText));
            Assert.Contains(title, strings + inline);
        }

        // A download is no navigation: the page stays where it was, with a live circuit.
        Assert.Equal(url, tab.PathAndQuery);
        await AssertThePageStillReactsAsync(tab, exports.ChartCard(title));
    }

    [BrowserFact]
    public async Task The_factsheet_of_the_restaurants_is_one_page_titled_as_the_page()
    {
        await using var tab = await browser.OpenTabAsync();
        await tab.GotoAsync(Restaurants);
        var exports = new ExportScreen(tab);
        var heading = await tab.Page.Locator("main h1").InnerTextAsync();

        await Expect(exports.FactsheetButton).ToBeEnabledAsync();
        var (fileName, bytes) = await exports.DownloadAsync(exports.FactsheetButton);

        Assert.Matches(@"^factsheet-praktijk-\d{4}-\d{2}-\d{2}\.pdf$", fileName);
        AssertIsOnePagePdf(bytes);
        Assert.Contains(PdfText.Folded(heading), PdfText.Of(bytes));
        await AssertThePageStillReactsAsync(tab, exports.ChartCard((await exports.ChartTitlesAsync())[0]));
    }

    [BrowserFact]
    public async Task On_overzicht_the_factsheet_waits_for_one_organisation_and_then_downloads()
    {
        await using var tab = await browser.OpenTabAsync();
        await tab.GotoAsync("/");
        var exports = new ExportScreen(tab);

        await Expect(exports.FactsheetButton).ToBeDisabledAsync();
        await Expect(exports.FactsheetHint).ToHaveTextAsync("Een factsheet is er per organisatie: kies er één in de filter.");
        // The reason is the button's description, so a screen reader says why it does nothing.
        await Expect(exports.FactsheetButton).ToHaveAccessibleDescriptionAsync("Een factsheet is er per organisatie: kies er één in de filter.");
        await Expect(tab.Page.Locator("main .page-head a[href*='.pdf']")).ToHaveCountAsync(0);

        await tab.GotoAsync($"/?org={Uri.EscapeDataString(Organisation)}");

        await Expect(exports.FactsheetHint).ToHaveCountAsync(0);
        await Expect(exports.FactsheetButton).ToBeEnabledAsync();
        await Expect(exports.FactsheetButton).ToHaveAttributeAsync("href", new Regex(@"^export/overzicht\.pdf\?.*org="));
        var (fileName, bytes) = await exports.DownloadAsync(exports.FactsheetButton);
        Assert.Matches(@"^factsheet-overzicht-\d{4}-\d{2}-\d{2}\.pdf$", fileName);
        AssertIsOnePagePdf(bytes);
        Assert.Contains(Organisation, PdfText.Of(bytes));
        await tab.AssertNoErrorAsync();
    }

    [BrowserFact]
    public async Task On_vergelijken_the_screen_png_of_the_chart_is_1200_pixels_wide()
    {
        await using var tab = await browser.OpenTabAsync();
        await tab.GotoAsync("/vergelijken?soort=horeca&indicator=P4R&weergave=afgeschermd");
        var exports = new ExportScreen(tab);
        var title = (await exports.ChartTitlesAsync())[0];
        var menu = exports.ChartMenu(title);

        await exports.OpenAsync(menu);
        var (fileName, bytes) = await exports.DownloadAsync(ExportScreen.Item(menu, "PNG", "1200 × 675"));

        Assert.Matches(@"^impactdashboard-vergelijken-winkels-\d{4}-\d{2}-\d{2}-scherm\.png$", fileName);
        Assert.Equal((1200, 675), PngFile.Size(bytes));
        await AssertThePageStillReactsAsync(tab, exports.ChartCard(title));
    }

    [BrowserFact]
    public async Task Downloads_in_english_are_english_and_leave_the_page_working()
    {
        await using var tab = await browser.OpenTabAsync();
        await tab.GotoInEnglishAsync(Restaurants);
        var exports = new ExportScreen(tab);
        var title = (await exports.ChartTitlesAsync())[0];
        var menu = exports.ChartMenu(title);

        await exports.OpenAsync(menu);
        await Expect(menu.Locator(".export-note")).ToContainTextAsync("Exports always protect small numbers");
        var (_, bytes) = await exports.DownloadAsync(ExportScreen.Item(menu, "Excel"));
        var (_, svgBytes) = await exports.DownloadAsync(ExportScreen.Item(menu, "SVG"));

        using (var workbook = SpreadsheetDocument.Open(new MemoryStream(bytes), false))
        {
            Assert.Equal(["Figures", "Explanation", "Chart"], workbook.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value));
        }
        var svg = SvgFile.Open(System.Text.Encoding.UTF8.GetString(svgBytes).TrimStart('\uFEFF'));
        Assert.Equal("svg", svg.Name.LocalName);
        Assert.Contains(title, string.Join(" ", SvgFile.Texts(svg)));
        await AssertThePageStillReactsAsync(tab, exports.ChartCard(title), showAsTable: "Show as table");
    }

    /// <summary>
    /// The circuit still answers: the chart card's table switch (a Blazor event handler, not the browser's own
    /// details element) shows the table, and no error bar appeared.
    /// </summary>
    private static async Task AssertThePageStillReactsAsync(AppTab tab, ILocator chartCard, string showAsTable = "Toon als tabel")
    {
        await tab.AssertNoErrorAsync();
        await Expect(chartCard.Locator(".chart-table")).ToHaveCountAsync(0);
        await chartCard.GetByRole(AriaRole.Button, new() { Name = showAsTable }).ClickAsync();
        await Expect(chartCard.Locator(".chart-table")).ToBeVisibleAsync();
        await tab.AssertNoErrorAsync();
    }

    private static void AssertIsOnePagePdf(byte[] bytes)
    {
        Assert.Equal("%PDF-"u8.ToArray(), bytes[..5]);
        using var document = PdfReader.Open(new MemoryStream(bytes), PdfDocumentOpenMode.Import);
        Assert.Equal(1, document.PageCount);
    }

    /// <summary>The date in a file name is the day of the download (a day either side for a run around midnight).</summary>
    private static void AssertIsAboutToday(string date)
    {
        var day = DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var today = DateOnly.FromDateTime(DateTime.Now);
        Assert.InRange(day, today.AddDays(-1), today.AddDays(1));
    }
}
