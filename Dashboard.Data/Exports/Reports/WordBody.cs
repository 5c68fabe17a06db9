using System.Globalization;
using Dashboard.Data.Domain;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Dashboard.Data.Exports.Reports;

/// <summary>
/// Writes a report's blocks into the body of a Word document, in order. A page break (after the cover, or a
/// <see cref="ReportPageBreak"/>) is not written where it is met but as "page break before" on the next block's first
/// paragraph: the new page begins with that block, two breaks in a row make one new page, and a break with nothing after
/// it makes no empty last page.
/// </summary>
internal sealed class WordBody(MainDocumentPart main, Body body, CultureInfo culture, int textWidth)
{
    /// <summary>The space above the cover's first line, in twips: it sits about a third down the page.</summary>
    private const int CoverSpace = 3600;

    private bool _newPage;
    private int _pictures;

    public void Write(ReportBlock block)
    {
        switch (block)
        {
            case ReportCover cover:
                WriteCover(cover);
                break;
            case ReportHeading heading:
                // A level outside 1–3 is printed as the nearest one rather than failing the whole download.
                Add(Styled(WordStyles.Heading(Math.Clamp(heading.Level, 1, 3)), heading.Text));
                break;
            case ReportParagraph paragraph:
                Add(Styled(paragraph.Tone switch
                {
                    ReportTone.Plain => WordStyles.Normal,
                    ReportTone.Note => WordStyles.Note,
                    ReportTone.Quote => WordStyles.Quote,
                }, paragraph.Text));
                break;
            case ReportBullets bullets:
                foreach (var item in bullets.Items)
                {
                    Add(WordNumbering.Item(item));
                }
                break;
            case ReportTable table:
                Add(WordTable.Create(table, textWidth));
                break;
            case ReportPicture picture:
                _pictures++;
                var name = ReportTexts.Format("Picture.Name", culture, _pictures);
                Add(WordPicture.Create(main, picture, _pictures, textWidth, name));
                break;
            case ReportPageBreak:
                _newPage = body.HasChildren;
                break;
            default:
                throw new ArgumentException($"A Word report cannot write a {block.GetType().Name}.", nameof(block));
        }
    }

    private void WriteCover(ReportCover cover)
    {
        var first = true;
        void AddCoverLine(string style, string text)
        {
            var paragraph = Styled(style, text);
            if (first)
            {
                paragraph.ParagraphProperties!.SpacingBetweenLines = new SpacingBetweenLines { Before = $"{CoverSpace}" };
                first = false;
            }
            Add(paragraph);
        }
        if (cover.Kicker.Length > 0)
        {
            AddCoverLine(WordStyles.Kicker, cover.Kicker);
        }
        AddCoverLine(WordStyles.Title, cover.Title);
        AddCoverLine(WordStyles.Subtitle, cover.Subtitle);
        foreach (var line in cover.Lines)
        {
            AddCoverLine(WordStyles.Normal, line);
        }
        _newPage = true;
    }

    private static Paragraph Styled(string style, string text) => new(
        new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = style } },
        WordText.Run(text));

    private void Add(OpenXmlElement element)
    {
        if (_newPage)
        {
            var paragraph = element as Paragraph ?? element.Descendants<Paragraph>().First();
            paragraph.ParagraphProperties ??= new ParagraphProperties();
            paragraph.ParagraphProperties.PageBreakBefore = new PageBreakBefore();
            _newPage = false;
        }
        body.AppendChild(element);
    }
}
