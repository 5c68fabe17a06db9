using Dashboard.Data.Domain;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Dashboard.Data.Exports.Reports;

/// <summary>
/// The footer of a Word report: "ImpactDashboard · {title}" on the left, "pagina {n}" on the right, the number a PAGE
/// field that Word and LibreOffice fill in on each page. A cover page gets an empty footer of its own (the first page of
/// the section), and still counts: the page after it is page 2.
/// </summary>
internal static class WordFooter
{
    public static FooterPart Create(MainDocumentPart main, FunderReport report)
    {
        var page = ReportTexts.Get("Footer.Page", report.Culture);
        var part = main.AddNewPart<FooterPart>("rIdFooter");
        part.Footer = new Footer(new Paragraph(
            Style(),
            new Run(new Text(WordText.Line(report.FooterText))),
            new Run(new TabChar()),
            new Run(new Text($"{page} ") { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }),
            new SimpleField(new Run(new Text("1"))) { Instruction = " PAGE " }));
        return part;
    }

    /// <summary>The cover's footer: an empty line.</summary>
    public static FooterPart CreateEmpty(MainDocumentPart main)
    {
        var part = main.AddNewPart<FooterPart>("rIdFooterCover");
        part.Footer = new Footer(new Paragraph(Style()));
        return part;
    }

    private static ParagraphProperties Style() => new() { ParagraphStyleId = new ParagraphStyleId { Val = WordStyles.Footer } };
}
