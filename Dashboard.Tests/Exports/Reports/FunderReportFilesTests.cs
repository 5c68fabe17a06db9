using System.Globalization;
using Dashboard.Data.Administration;
using Dashboard.Data.Annotations;
using Dashboard.Data.Domain;
using Dashboard.Data.Exports.Reports;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Data;
using Dashboard.Data.Figures.Explaining;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Data.Figures.Results;
using Dashboard.Data.Figures.Settings;
using Dashboard.Data.Figures.Targets;
using Dashboard.Data.Figures.TheoryOfChange;
using Dashboard.Data.Stories;
using Dashboard.Tests.Installation.Demo;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Drawing = DocumentFormat.OpenXml.Wordprocessing.Drawing;

namespace Dashboard.Tests.Exports.Reports;

/// <summary>
/// The demo sector's funder reports as the files a fund receives: the Word document opens without repair (the Open XML
/// validator finds nothing) with every chapter as a Word heading, its tables and its charts; the PDF says the same; and
/// neither states a figure that is hidden.
/// </summary>
public sealed class FunderReportFilesTests(ImportedDemoSector demo) : IClassFixture<ImportedDemoSector>
{
    private static readonly DateOnly MadeOn = DemoReports.MadeOn;

    private readonly DemoReports _reports = new(demo);

    private IndicatorService Indicators => _reports.Indicators;

    private IReadOnlyList<PracticeInfo> Practices => _reports.Practices;

    private FunderReportBuilder Builder => _reports.Builder;

    private IndicatorFilter Restaurant => _reports.Restaurant(Period.Year(2025));

    public static TheoryData<string, string> Reports => new() { { "EHV/REST", "nl" }, { "EHV/REST", "en" }, { "organisation", "nl" }, { "organisation", "en" } };

    private FunderReport Report(string subject, string language)
    {
        var culture = Language.Parse(language)!;
        return subject == "organisation"
            ? Builder.ForOrganisation(Practices.Single(p => p.Path == "EHV/REST").OrganisationId, Period.Year(2025), culture, MadeOn)
            : Builder.ForPractice(Restaurant, culture, MadeOn);
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void The_Word_document_opens_without_repair_with_every_chapter_table_and_chart_of_the_report(string subject, string language)
    {
        var report = Report(subject, language);

        var docx = ReportWord.Write(report);

        ReportWordTests.AssertValid(docx);
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var body = document.MainDocumentPart!.Document.Body!;
        string? Style(Paragraph p) => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        Assert.Equal(report.Blocks.OfType<ReportHeading>().Where(h => h.Level == 1).Select(h => h.Text),
            body.Descendants<Paragraph>().Where(p => Style(p) == "Heading1").Select(p => p.InnerText));
        Assert.Equal(report.Blocks.OfType<ReportHeading>().Where(h => h.Level == 2).Select(h => h.Text),
            body.Descendants<Paragraph>().Where(p => Style(p) == "Heading2").Select(p => p.InnerText));
        Assert.Equal(report.Blocks.OfType<ReportTable>().Count(), body.Elements<Table>().Count());
        var pictures = report.Blocks.OfType<ReportPicture>().ToList();
        Assert.Equal(pictures.Select(p => p.Description), body.Descendants<Drawing>().Select(d => d.Inline!.DocProperties!.Description!.Value));
        Assert.Equal(report.Title, document.PackageProperties.Title);
        Assert.Equal(report.Culture.Name, document.MainDocumentPart.StyleDefinitionsPart!.Styles!.DocDefaults!.Descendants<Languages>().Single().Val!.Value);
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void The_PDF_says_what_the_Word_document_says(string subject, string language)
    {
        var report = Report(subject, language);

        var text = Normalised(string.Join(" ", ReportPdfPages.Texts(ReportPdf.Write(report))));

        Assert.All(report.Blocks.OfType<ReportHeading>(), h => Assert.Contains(Normalised(h.Text), text, StringComparison.Ordinal));
        Assert.All(report.Blocks.OfType<ReportTable>().SelectMany(t => t.Rows).Select(r => r[0]).Where(c => c.Length < 30),
            cell => Assert.Contains(Normalised(cell), text, StringComparison.Ordinal));
        using var pdf = ReportPdfPages.Open(ReportPdf.Write(report));
        Assert.Equal(report.Title, pdf.Info.Title);
    }

    [Fact]
    public void Neither_file_states_a_figure_hidden_from_a_protected_viewer()
    {
        var exact = Indicators.Calculate(Restaurant, null, ViewerProfile.Exact).Total;
        var shown = Indicators.Calculate(Restaurant, null, ViewerProfile.Protected).Total;
        var hidden = IndicatorCatalogue.All.Select(i => i.Code)
            .Select(c => (Code: c, Exact: exact[c].HasValue ? FigureFormat.Number(c, exact[c].Value!.Value, Language.Dutch) : ""))
            .Where(c => shown[c.Code].Status == FigureStatus.Hidden && c.Exact.Length >= 4).ToList();
        Assert.True(hidden.Count >= 4, "the demo has hidden rates and sums for Restaurant Het Vervolg in 2025");
        var report = Builder.ForPractice(Restaurant, Language.Dutch, MadeOn);

        using var word = WordprocessingDocument.Open(new MemoryStream(ReportWord.Write(report)), false);
        var texts = new[] { word.MainDocumentPart!.Document.Body!.InnerText, Normalised(string.Join(" ", ReportPdfPages.Texts(ReportPdf.Write(report)))) };

        Assert.All(texts, text => Assert.All(hidden, h => Assert.DoesNotContain(h.Exact, text, StringComparison.Ordinal)));
    }

    /// <summary>Words as pdftotext gives them back: whitespace of any kind (a wrapped line) as one space.</summary>
    private static string Normalised(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
