using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Dashboard.Data.Exports.Reports;

/// <summary>
/// Writes a <see cref="FunderReport"/> as Word (.docx), for a funder who wants to copy from it or add to it
/// (docs/funderrapport.md). Word's built-in styles (<see cref="WordStyles"/>) make its headings a navigation pane and a
/// table of contents; it is set in Arial, a font every Word has, and embeds none (LibreOffice shows the metric-compatible
/// Liberation Sans). A4 with margins of 2.5 cm; the cover fills the first page without a footer, every later page has the
/// footer line and its page number (<see cref="WordFooter"/>). The document's parts have fixed relationship ids and the
/// package no creation date, so the same report gives the same word/ parts (the zip's own timestamps still differ).
/// </summary>
public static class ReportWord
{
    private const int PageWidth = 11906;
    private const int PageHeight = 16838;
    private const int Margin = 1417;

    /// <summary>The width between the margins, in twips: what tables and pictures fill.</summary>
    public const int TextWidth = PageWidth - 2 * Margin;

    public static byte[] Write(FunderReport report)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>("rIdStyles").Styles = WordStyles.Create(report.Culture, TextWidth);
            main.AddNewPart<NumberingDefinitionsPart>("rIdNumbering").Numbering = WordNumbering.Create();
            main.AddNewPart<DocumentSettingsPart>("rIdSettings").Settings = SettingsOf(report);

            var body = new Body();
            var blocks = new WordBody(main, body, report.Culture, TextWidth);
            foreach (var block in report.Blocks)
            {
                blocks.Write(block);
            }
            body.AppendChild(Section(main, report));
            main.Document = new Document(body);

            var properties = document.PackageProperties;
            properties.Title = WordText.Line(report.Title);
            properties.Subject = WordText.Line(report.Subject);
            properties.Creator = "ImpactDashboard";
            properties.Language = report.Culture.Name;
        }
        return stream.ToArray();
    }

    private static SectionProperties Section(MainDocumentPart main, FunderReport report)
    {
        var section = new SectionProperties(new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(WordFooter.Create(main, report)) });
        var cover = report.Blocks.Count > 0 && report.Blocks[0] is ReportCover;
        if (cover)
        {
            section.AppendChild(new FooterReference { Type = HeaderFooterValues.First, Id = main.GetIdOfPart(WordFooter.CreateEmpty(main)) });
        }
        section.AppendChild(new PageSize { Width = PageWidth, Height = PageHeight });
        section.AppendChild(new PageMargin { Top = Margin, Right = Margin, Bottom = Margin, Left = Margin, Header = 709, Footer = 709, Gutter = 0 });
        if (cover)
        {
            section.AppendChild(new TitlePage());
        }
        return section;
    }

    /// <summary>Word 2013+ layout (not compatibility mode), and the report's language for the theme fonts.</summary>
    private static Settings SettingsOf(FunderReport report) => new(
        new DefaultTabStop { Val = 709 },
        new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress },
        new Compatibility(new CompatibilitySetting
        {
            Name = CompatSettingNameValues.CompatibilityMode,
            Uri = "http://schemas.microsoft.com/office/word",
            Val = "15",
        }),
        new ThemeFontLanguages { Val = report.Culture.Name });
}
