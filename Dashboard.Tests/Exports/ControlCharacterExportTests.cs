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
using PdfSharp.Pdf.IO;

namespace Dashboard.Tests.Exports;

/// <summary>
/// Names with a bell and a right-to-left override (<see cref="ControlCharacterNames"/>) through every view and format:
/// every file is made and opens — an SVG with the bell used to be no XML at all — with the names drawn without those
/// characters, and the figures (CSV, Excel) holding the names as stored.
/// </summary>
public sealed class ControlCharacterExportTests(ControlCharacterNames names) : IClassFixture<ControlCharacterNames>
{
    private static readonly char[] Refused = ['\u0007', '\u202E'];

    private ExportFile Export(ExportView view, ExportFormat format)
    {
        var indicators = new IndicatorService(new SnapshotCache(names.Installation.Database), new SettingsStore(names.Installation.Database));
        var named = view switch
        {
            ExportView.Overzicht or ExportView.Sector => new NamedFilter { Stores = ["AAN"] },
            ExportView.Praktijk => new NamedFilter { Practices = ["AAN/REST"] },
            _ => new NamedFilter(),
        };
        var filter = FilterResolver.Resolve(named, Period.Year(2025), indicators.Snapshot.Practices);
        var exporter = new Exporter(indicators, new TargetStore(names.Installation.Database), new TheoryOfChangeStore(names.Installation.Database), new AnnotationStore(names.Installation.Database), new StoryStore(names.Installation.Database));
        return exporter.Render(new ExportRequest(view, filter, ViewerProfile.Protected, new DateOnly(2026, 11, 15)) { Report = format == ExportFormat.Docx }, format);
    }

    [Theory]
    [MemberData(nameof(LongNameExportTests.EveryExport), MemberType = typeof(LongNameExportTests))]
    public void Every_view_exports_in_every_format(ExportView view, ExportFormat format)
    {
        Assert.NotEmpty(ExportedFile.Open(format, Export(view, format).Bytes));
    }

    [Fact]
    public void The_compared_store_is_drawn_without_the_bell()
    {
        var text = Encoding.UTF8.GetString(Export(ExportView.Vergelijken, ExportFormat.Svg).Bytes);

        var svg = SvgFile.Open(text);
        Assert.Contains("Aan de Maas Venlo", SvgFile.Texts(svg));
        Assert.Contains("Aan de Maas Venlo: ", svg.Element(SvgFile.Svg + "desc")!.Value, StringComparison.Ordinal);
        Assert.Equal(-1, text.IndexOfAny(Refused));
    }

    [Fact]
    public void The_overview_draws_the_practice_and_the_organisation_without_the_bell_and_the_override()
    {
        var text = Encoding.UTF8.GetString(Export(ExportView.Overzicht, ExportFormat.Svg).Bytes);

        var texts = SvgFile.Texts(SvgFile.Open(text));
        Assert.Contains("Restaurant De Pan (AAN/REST)", texts);
        Assert.Contains(texts, t => t.StartsWith("Bron: Kringloop Aan de Maas · ImpactDashboard", StringComparison.Ordinal));
        Assert.Equal(-1, text.IndexOfAny(Refused));
    }

    [Fact]
    public void A_factsheet_titles_the_practice_and_tells_its_impact_goal_without_the_bell_or_the_line_break()
    {
        var pdf = Export(ExportView.Praktijk, ExportFormat.Pdf).Bytes;

        var text = PdfText.Of(pdf);
        Assert.StartsWith("FACTSHEET · GOEDE PRAKTIJK ImpactDashboard Restaurant De Pan", text, StringComparison.Ordinal);
        Assert.Contains("Werk voor wie het zwaar heeft.", PdfText.Runs(pdf));
        Assert.Equal(-1, text.IndexOfAny(Refused));
        using var document = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);
        Assert.Equal("Restaurant De Pan", document.Info.Title);
    }

    [Fact]
    public void The_figures_hold_the_names_as_stored_in_csv_and_excel()
    {
        var csv = CsvFile.Rows(Export(ExportView.Vergelijken, ExportFormat.Csv).Bytes, ';');
        var excel = Export(ExportView.Vergelijken, ExportFormat.Xlsx).Bytes;

        var at = Array.IndexOf(csv[0], "Winkel");
        Assert.Contains(csv.Skip(1), row => row[at] == ControlCharacterNames.Store);
        Assert.Contains(csv.Skip(1), row => row[Array.IndexOf(csv[0], "Organisatie")] == ControlCharacterNames.Organisation);
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(excel), false);
        var strings = workbook.WorkbookPart!.SharedStringTablePart!.SharedStringTable.InnerText;
        Assert.Contains("Aan de Maas Venlo", strings, StringComparison.Ordinal);
        Assert.Contains(ControlCharacterNames.Organisation, strings, StringComparison.Ordinal);
    }
}
