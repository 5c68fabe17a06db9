using System.Text;
using Dashboard.Data.Administration;
using Dashboard.Data.Annotations;
using Dashboard.Data.Exports;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Data;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Data.Figures.Settings;
using Dashboard.Data.Figures.Targets;
using Dashboard.Data.Figures.TheoryOfChange;
using Dashboard.Data.Stories;
using Dashboard.Tests.Exports.Charts;
using Dashboard.Tests.Exports.Factsheets;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using PdfSharp.Pdf.IO;

namespace Dashboard.Tests.Exports;

/// <summary>
/// Names of 10,000 characters (<see cref="LongNames"/>) through every view and format: each file within a time budget,
/// every name drawn in a chart or on a factsheet shortened with "…", and the figures (CSV, Excel) holding it whole.
/// </summary>
public sealed class LongNameExportTests(LongNames names) : IClassFixture<LongNames>
{
    /// <summary>
    /// Far more than any of these exports takes (well under a second each); drawing one such name used to take most of a
    /// minute, a core busy all the while.
    /// </summary>
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(10);

    /// <summary>More of a name than is ever drawn: drawn, a name keeps at most its first 60 characters.</summary>
    private static readonly string LongRun = string.Concat(Enumerable.Repeat("Kringloop", 6));

    /// <summary>
    /// Every view in every format the web and the command line offer (a factsheet and a report are not for vergelijken or the
    /// sector); Word stands for the funder report (docs/funderrapport.md), which is Word or PDF.
    /// </summary>
    public static TheoryData<ExportView, ExportFormat> EveryExport()
    {
        var data = new TheoryData<ExportView, ExportFormat>();
        foreach (var view in Enum.GetValues<ExportView>())
        {
            foreach (var format in Enum.GetValues<ExportFormat>()
                         .Where(f => f is not (ExportFormat.Pdf or ExportFormat.Docx) || view is not (ExportView.Vergelijken or ExportView.Sector)))
            {
                data.Add(view, format);
            }
        }
        return data;
    }

    private IndicatorService Indicators => new(new SnapshotCache(names.Installation.Database), new SettingsStore(names.Installation.Database));

    /// <summary>
    /// Overzicht of store AAN (its practices, the restaurant among them; the factsheet is its organisation's), the restaurant's
    /// Goede praktijk, and every store compared.
    /// </summary>
    private async Task<ExportFile> Export(ExportView view, ExportFormat format)
    {
        var indicators = Indicators;
        var named = view switch
        {
            ExportView.Overzicht or ExportView.Sector => new NamedFilter { Stores = ["AAN"] },
            ExportView.Praktijk => new NamedFilter { Practices = ["AAN/REST"] },
            _ => new NamedFilter(),
        };
        var filter = FilterResolver.Resolve(named, Period.Year(2025), indicators.Snapshot.Practices);
        var exporter = new Exporter(indicators, new TargetStore(names.Installation.Database), new TheoryOfChangeStore(names.Installation.Database), new AnnotationStore(names.Installation.Database), new StoryStore(names.Installation.Database));
        var request = new ExportRequest(view, filter, ViewerProfile.Protected, new DateOnly(2026, 11, 15)) { Report = format == ExportFormat.Docx };
        return await Task.Run(() => exporter.Render(request, format)).WaitAsync(Budget);
    }

    [Theory]
    [MemberData(nameof(EveryExport))]
    public async Task Every_view_exports_in_every_format_within_its_budget(ExportView view, ExportFormat format)
    {
        var file = await Export(view, format);

        Assert.NotEmpty(ExportedFile.Open(format, file.Bytes));
    }

    [Fact]
    public async Task The_compared_store_is_drawn_with_its_name_shortened()
    {
        var svg = SvgFile.Open(Encoding.UTF8.GetString((await Export(ExportView.Vergelijken, ExportFormat.Svg)).Bytes));

        var texts = SvgFile.Texts(svg);
        var label = Assert.Single(texts, t => t.StartsWith("Aan de Maas Centrum Kringloop", StringComparison.Ordinal));
        Assert.EndsWith("…", label, StringComparison.Ordinal);
        Assert.InRange(label.Length, 40, 60);
        Assert.Contains(label, svg.Element(SvgFile.Svg + "desc")!.Value, StringComparison.Ordinal);
        Assert.DoesNotContain(LongRun, svg.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_overview_draws_the_practice_and_the_organisation_shortened_and_the_source_line_to_its_end()
    {
        var svg = SvgFile.Open(Encoding.UTF8.GetString((await Export(ExportView.Overzicht, ExportFormat.Svg)).Bytes));

        var texts = SvgFile.Texts(svg);
        Assert.EndsWith("…", Assert.Single(texts, t => t.StartsWith("Restaurant De Pan Kringloop", StringComparison.Ordinal)), StringComparison.Ordinal);
        var source = Assert.Single(texts, t => t.StartsWith("Bron: Kringloop Aan de Maas Kringloop", StringComparison.Ordinal));
        Assert.Matches(@"… · ImpactDashboard · gegevens t/m \d\d-\d\d-\d{4} · geëxporteerd 15-11-2026$", source);
        Assert.DoesNotContain(LongRun, svg.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sector_chart_names_the_organisation_shortened_in_its_sentence()
    {
        var svg = SvgFile.Open(Encoding.UTF8.GetString((await Export(ExportView.Sector, ExportFormat.Svg)).Bytes));

        // An imported organisation does not take part: the chart is its reason, with the name as drawn.
        Assert.Contains("…", svg.Element(SvgFile.Svg + "desc")!.Value, StringComparison.Ordinal);
        Assert.DoesNotContain(LongRun, svg.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_practice_chart_names_its_practice_shortened_in_the_subtitle()
    {
        var svg = SvgFile.Open(Encoding.UTF8.GetString((await Export(ExportView.Praktijk, ExportFormat.Svg)).Bytes));

        var subtitle = Assert.Single(SvgFile.Texts(svg), t => t.StartsWith("2025 · praktijk: Restaurant De Pan Kringloop", StringComparison.Ordinal));
        Assert.EndsWith("… (AAN/REST)", subtitle, StringComparison.Ordinal);
        Assert.DoesNotContain(LongRun, svg.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ExportView.Praktijk, "FACTSHEET · GOEDE PRAKTIJK ImpactDashboard Restaurant De Pan Kringloop")]
    [InlineData(ExportView.Overzicht, "FACTSHEET · ORGANISATIE ImpactDashboard Kringloop Aan de Maas Kringloop")]
    public async Task A_factsheet_titles_and_tells_with_the_name_shortened(ExportView view, string opening)
    {
        var pdf = (await Export(view, ExportFormat.Pdf)).Bytes;

        var text = PdfText.Of(pdf);
        Assert.StartsWith(opening, text, StringComparison.Ordinal);
        var title = PdfText.Folded(string.Join(" ", PdfText.Runs(pdf).Skip(2).Take(2)));
        Assert.EndsWith("…", title, StringComparison.Ordinal);
        Assert.DoesNotContain(LongRun, text, StringComparison.Ordinal);
        using var document = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);
        Assert.Equal(title, document.Info.Title);
    }

    [Theory]
    [InlineData(ExportView.Vergelijken, "Winkel")]
    [InlineData(ExportView.Overzicht, "Praktijk")]
    public async Task The_figures_hold_the_whole_name_in_csv_and_in_excel(ExportView view, string column)
    {
        var whole = view == ExportView.Vergelijken ? LongNames.Store : $"{LongNames.Practice} (AAN/REST)";

        var csv = CsvFile.Rows((await Export(view, ExportFormat.Csv)).Bytes, ';');
        var excel = Figures((await Export(view, ExportFormat.Xlsx)).Bytes);

        var at = Array.IndexOf(csv[0], column);
        Assert.Contains(csv.Skip(1), row => row[at] == whole);
        Assert.Contains(whole, excel);
    }

    /// <summary>Every text cell of the workbook's figures sheet.</summary>
    private static List<string> Figures(byte[] xlsx)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "Cijfers");
        var strings = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        return ((WorksheetPart)workbook.GetPartById(sheet.Id!.Value!)).Worksheet.Descendants<Cell>()
            .Select(c => c.DataType?.Value == CellValues.SharedString ? strings[int.Parse(c.CellValue!.Text)] : c.InlineString?.InnerText ?? c.CellValue?.Text ?? "")
            .ToList();
    }
}
