using System.Globalization;
using Dashboard.Data.Domain;
using Dashboard.Data.Exports.Factsheets;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using static Dashboard.Data.Exports.Reports.ReportPdfStyle;

namespace Dashboard.Data.Exports.Reports;

/// <summary>
/// Flows a funder report's blocks over A4 pages inside 20 mm margins with a cursor (docs/funderrapport.md): text breaks
/// between lines (never leaving one line alone), a table between rows (its header row repeated), a picture moves whole
/// to the next page, and a heading keeps with the opening of what follows. The cover has a page to itself. Pages are drawn as they fill; the footers,
/// which need the page count, are drawn afterwards (<see cref="DrawFooters"/>).
/// </summary>
internal sealed class ReportPdfLayout : IDisposable
{
    public const double Margin = 20 * Mm;
    private const double FooterGap = 8 * Mm;
    private const double BulletIndent = 12;
    private const double QuoteIndent = 14;
    private const double QuoteBar = 2.5;

    private readonly PdfDocument _document;
    private readonly XGraphics _measure;
    private readonly HashSet<int> _coverPages = [];
    private XGraphics? _graphics;
    private double _y;
    private double _gap;
    private bool _full;
    private int _headingsOnlyOn = -1;

    private readonly ReportPdfText _body = new(Font(10.5), Ink, 14.5);
    private readonly ReportPdfText _note = new(Font(8.5), Muted, 11.5);
    private readonly ReportPdfText _quote = new(Font(10.5), IndigoDark, 14.5);
    private readonly ReportPdfText _footer = new(Font(8), Muted, 10);

    public ReportPdfLayout(PdfDocument document)
    {
        _document = document;
        _measure = XGraphics.CreateMeasureContext(new XSize(PageWidth, PageHeight), XGraphicsUnit.Point, XPageDirection.Downwards);
        Text = new TextLayout(_measure);
    }

    public static double PageWidth { get; } = XUnit.FromMillimeter(210).Point;

    public static double PageHeight { get; } = XUnit.FromMillimeter(297).Point;

    public static double Width => PageWidth - 2 * Margin;

    public static double Top => Margin;

    /// <summary>Where the text area ends: above the footer, which sits in the bottom margin.</summary>
    public static double Bottom => PageHeight - Margin;

    /// <summary>The most a block can have on one page.</summary>
    public static double PageRoom => Bottom - Top;

    public TextLayout Text { get; }

    public XGraphics Graphics => _graphics ?? throw new InvalidOperationException("no page yet");

    public double Y => _y;

    private double Room => Bottom - _y;

    private bool AtTop => _graphics is not null && !_full && _y <= Top;

    public void Add(ReportBlock block, ReportBlock? next)
    {
        switch (block)
        {
            case ReportCover cover:
                Cover(cover);
                break;
            case ReportHeading heading:
                Heading(heading, next);
                break;
            case ReportParagraph paragraph:
                Paragraph(paragraph);
                break;
            case ReportBullets bullets:
                Bullets(bullets);
                break;
            case ReportTable table:
                Open(6);
                new ReportPdfTable(this, table).Draw();
                _gap = 10;
                break;
            case ReportPicture picture:
                Picture(picture);
                break;
            case ReportPageBreak:
                _full |= !AtTop;
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(block), block.GetType().Name, "a kind of block the PDF does not print");
        }
        if (block is not ReportHeading)
        {
            _headingsOnlyOn = -1;
        }
    }

    /// <summary>Starts a new page and puts the cursor at its top.</summary>
    public void NewPage()
    {
        _graphics?.Dispose();
        var page = _document.AddPage();
        page.Size = PageSize.A4;
        _graphics = XGraphics.FromPdfPage(page);
        _y = Top;
        _gap = 0;
        _full = false;
    }

    /// <summary>Moves the cursor down by <paramref name="height"/>.</summary>
    public void Advance(double height) => _y += height;

    /// <summary>Starts the next page when <paramref name="height"/> does not fit what is left of this one (and this one has anything on it).</summary>
    public void Keep(double height)
    {
        if (height > Room && !AtTop)
        {
            NewPage();
        }
    }

    /// <summary>Before a block: a page when there is none, and the larger of the gap left by the last block and the one this block wants — none at a page's top.</summary>
    private void Open(double before)
    {
        if (_graphics is null || _full)
        {
            NewPage();
        }
        if (!AtTop)
        {
            _y += Math.Max(_gap, before);
        }
        _gap = 0;
    }

    /// <summary>
    /// Draws lines one under another from the cursor, going on on the next page where they no longer fit — never leaving
    /// one line of several alone at the foot of a page or at the head of the next; <paramref name="beside"/> draws along
    /// the lines of each page (a quote's bar) from their top to their bottom.
    /// </summary>
    public void Flow(IReadOnlyList<TextLine> lines, ReportPdfText style, double x, Action<double, double>? beside = null)
    {
        var next = 0;
        while (next < lines.Count)
        {
            var rest = lines.Count - next;
            var fit = (int)Math.Floor((Room + 0.01) / style.Leading);
            if (fit < rest)
            {
                fit = fit == 1 ? 0 : rest - fit == 1 ? (fit >= 3 ? fit - 1 : 0) : fit;
            }
            if (fit <= 0 && !AtTop)
            {
                NewPage();
                continue;
            }
            var count = Math.Clamp(fit, 1, rest);
            // What goes beside the lines (a bullet, a quote's bar) is drawn first, so it reads before them.
            beside?.Invoke(_y, _y + count * style.Leading);
            for (var i = next; i < next + count; i++)
            {
                TextLayout.Draw(Graphics, [lines[i]], x, _y + style.Baseline, style.Leading);
                _y += style.Leading;
            }
            next += count;
            if (next < lines.Count)
            {
                NewPage();
            }
        }
    }

    public void Fill(XBrush brush, double x, double y, double width, double height) => Graphics.DrawRectangle(brush, x, y, width, height);

    public void Line(XPen pen, double x1, double y1, double x2, double y2) => Graphics.DrawLine(pen, x1, y1, x2, y2);

    /// <summary>
    /// The title page: an indigo band from the top edge holding the kicker, the title and the subtitle, and the lines
    /// below it. The next block starts on a page of its own.
    /// </summary>
    private void Cover(ReportCover cover)
    {
        if (_graphics is null || !AtTop)
        {
            NewPage();
        }
        _coverPages.Add(_document.PageCount - 1);
        var kicker = new ReportPdfText(Font(10, bold: true), IndigoLight, 14);
        var title = new ReportPdfText(Font(28, bold: true), White, 34);
        var subtitle = new ReportPdfText(Font(13.5), IndigoPale, 18);
        var kickerLines = Text.Wrap(cover.Kicker.ToUpper(CultureInfo.InvariantCulture), kicker.Font, kicker.Brush, Width, maxLines: 2);
        var titleLines = Text.Wrap(cover.Title, title.Font, title.Brush, Width, maxLines: 6);
        var subtitleLines = Text.Wrap(cover.Subtitle, subtitle.Font, subtitle.Brush, Width, maxLines: 6);

        var kickerTop = 70 * Mm;
        var titleTop = kickerTop + kickerLines.Count * kicker.Leading + 6;
        var subtitleTop = titleTop + titleLines.Count * title.Leading + 8;
        var bandBottom = subtitleTop + subtitleLines.Count * subtitle.Leading + 14 * Mm;
        Fill(Indigo, 0, 0, PageWidth, bandBottom);
        Fill(IndigoDark, 0, bandBottom, PageWidth, 2.5 * Mm);
        TextLayout.Draw(Graphics, kickerLines, Margin, kickerTop + kicker.Baseline, kicker.Leading);
        TextLayout.Draw(Graphics, titleLines, Margin, titleTop + title.Baseline, title.Leading);
        TextLayout.Draw(Graphics, subtitleLines, Margin, subtitleTop + subtitle.Baseline, subtitle.Leading);

        _y = bandBottom + 14 * Mm;
        foreach (var text in cover.Lines)
        {
            var lines = Text.Wrap(text, _body.Font, Ink, Width, maxLines: 3);
            if (lines.Count * _body.Leading > Bottom - _y)
            {
                break;
            }
            Flow(lines, _body, Margin);
            _y += 3;
        }
        var brand = "ImpactDashboard";
        var brandFont = Font(10, bold: true);
        Graphics.DrawString(brand, brandFont, Indigo, Margin, Bottom, XStringFormats.BaseLineLeft);
        _full = true;
    }

    private ReportPdfText HeadingStyle(int level) => level switch
    {
        <= 1 => new(Font(18, bold: true), Indigo, 23),
        2 => new(Font(13.5, bold: true), IndigoDark, 18),
        _ => new(Font(11.5, bold: true), Ink, 15.5),
    };

    private static double SpaceAbove(int level) => level switch { <= 1 => 22, 2 => 14, _ => 10 };

    private static double SpaceBelow(int level) => level switch { <= 1 => 8, 2 => 5, _ => 3 };

    private IReadOnlyList<TextLine> HeadingLines(ReportHeading heading)
    {
        var style = HeadingStyle(heading.Level);
        return Text.Wrap(heading.Text, style.Font, style.Brush, Width, maxLines: 4);
    }

    /// <summary>A heading, moved to the next page with what follows when that would not get its first line on this one.</summary>
    private void Heading(ReportHeading heading, ReportBlock? next)
    {
        Open(SpaceAbove(heading.Level));
        var style = HeadingStyle(heading.Level);
        var lines = HeadingLines(heading);
        var height = lines.Count * style.Leading;
        if (height + SpaceBelow(heading.Level) + FirstHeight(next) > Room && !AtTop)
        {
            NewPage();
        }
        var headingsOnly = AtTop || _headingsOnlyOn == _document.PageCount - 1;
        Flow(lines, style, Margin);
        _headingsOnlyOn = headingsOnly ? _document.PageCount - 1 : -1;
        _gap = SpaceBelow(heading.Level);
    }

    /// <summary>How much of a block must come on the same page as the heading before it: its first line, a table's header and first row, a picture whole.</summary>
    private double FirstHeight(ReportBlock? block) => block switch
    {
        ReportParagraph paragraph => Opening(ParagraphLines(paragraph, maxLines: 4).Count) * Style(paragraph.Tone).Leading,
        ReportBullets { Items.Count: > 0 } bullets => Opening(Text.Wrap(bullets.Items[0], _body.Font, _body.Brush, Width - BulletIndent, 4).Count) * _body.Leading,
        ReportTable table => new ReportPdfTable(this, table).FirstHeight,
        ReportPicture picture => PictureSize(picture.WidthPixels, picture.HeightPixels).Height,
        ReportHeading heading => HeadingLines(heading).Count * HeadingStyle(heading.Level).Leading + SpaceBelow(heading.Level),
        _ => 0,
    };

    /// <summary>How many lines of a text <see cref="Flow"/> puts on a page at least: all of three or fewer, else two.</summary>
    private static int Opening(int lines) => lines <= 3 ? lines : 2;

    private IReadOnlyList<TextLine> ParagraphLines(ReportParagraph paragraph, int maxLines = int.MaxValue)
    {
        var style = Style(paragraph.Tone);
        var width = paragraph.Tone == ReportTone.Quote ? Width - QuoteIndent : Width;
        return Text.Wrap(paragraph.Text, style.Font, style.Brush, width, maxLines);
    }

    private ReportPdfText Style(ReportTone tone) => tone switch
    {
        ReportTone.Note => _note,
        ReportTone.Quote => _quote,
        _ => _body,
    };

    private void Paragraph(ReportParagraph paragraph)
    {
        var style = Style(paragraph.Tone);
        if (paragraph.Tone == ReportTone.Quote)
        {
            Open(8);
            Flow(ParagraphLines(paragraph), style, Margin + QuoteIndent, (top, bottom) => Fill(Indigo, Margin, top + 2, QuoteBar, bottom - top - 4));
            _gap = 8;
            return;
        }
        Open(paragraph.Tone == ReportTone.Note ? 4 : 6);
        Flow(ParagraphLines(paragraph), style, Margin);
        _gap = 6;
    }

    /// <summary>A bulleted list: the bullet in the margin of a hanging indent, each item kept as one flow of lines.</summary>
    private void Bullets(ReportBullets bullets)
    {
        if (bullets.Items.Count == 0)
        {
            return;
        }
        Open(6);
        for (var i = 0; i < bullets.Items.Count; i++)
        {
            if (i > 0)
            {
                _y += 3;
            }
            var lines = Text.Wrap(bullets.Items[i], _body.Font, _body.Brush, Width - BulletIndent);
            if (lines.Count == 0)
            {
                continue;
            }
            // The bullet goes beside the item's first line wherever that lands: Flow may move the whole item to the next page.
            var first = true;
            Flow(lines, _body, Margin + BulletIndent, (top, _) =>
            {
                if (first)
                {
                    Graphics.DrawString("•", _body.Font, Indigo, Margin + 2, top + _body.Baseline, XStringFormats.BaseLineLeft);
                    first = false;
                }
            });
        }
        _gap = 6;
    }

    /// <summary>
    /// A picture at the text width keeping its aspect ratio, no larger than a page: on the next page when it does not fit
    /// this one — unless only headings are above it there, which it then shrinks to stay with.
    /// </summary>
    private void Picture(ReportPicture picture)
    {
        XImage image;
        try
        {
            image = XImage.FromStream(new MemoryStream(picture.Png, writable: false));
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or NotSupportedException or IOException)
        {
            // A picture that cannot be read still says what it showed.
            Paragraph(new ReportParagraph(picture.Description, ReportTone.Note));
            return;
        }
        using (image)
        {
            Open(8);
            var size = PictureSize(image.PixelWidth, image.PixelHeight);
            if (size.Height > Room && Room > PageRoom / 3 && _headingsOnlyOn == _document.PageCount - 1)
            {
                // Moving on would leave the headings above alone on their page: the picture shrinks to the room under them.
                size = new XSize(size.Width * Room / size.Height, Room);
            }
            Keep(size.Height);
            Graphics.DrawImage(image, Margin + (Width - size.Width) / 2, _y, size.Width, size.Height);
            _y += size.Height;
        }
        _gap = 8;
    }

    private static XSize PictureSize(int pixelWidth, int pixelHeight)
    {
        if (pixelWidth <= 0 || pixelHeight <= 0)
        {
            return new XSize(Width, 0);
        }
        var scale = Math.Min(Width / pixelWidth, PageRoom / pixelHeight);
        return new XSize(pixelWidth * scale, pixelHeight * scale);
    }

    /// <summary>On every page but a cover: a thin rule, the report's footer text on the left and "pagina N van M" on the right.</summary>
    public void DrawFooters(FunderReport report)
    {
        _graphics?.Dispose();
        _graphics = null;
        var count = _document.PageCount;
        for (var i = 0; i < count; i++)
        {
            if (_coverPages.Contains(i))
            {
                continue;
            }
            var number = ReportTexts.Format("Footer.PageOf", report.Culture, i + 1, count);
            var numberWidth = Text.Measure(number, _footer.Font);
            var footer = Text.Wrap(report.FooterText, _footer.Font, _footer.Brush, Width - numberWidth - 6 * Mm, maxLines: 1);
            var baseline = Bottom + FooterGap + _footer.Font.Size;
            using var graphics = XGraphics.FromPdfPage(_document.Pages[i], XGraphicsPdfPageOptions.Append);
            graphics.DrawLine(Rule, Margin, Bottom + FooterGap - 4, Margin + Width, Bottom + FooterGap - 4);
            TextLayout.Draw(graphics, footer, Margin, baseline, _footer.Leading);
            graphics.DrawString(number, _footer.Font, _footer.Brush, Margin + Width - numberWidth, baseline, XStringFormats.BaseLineLeft);
        }
    }

    /// <summary>Makes sure the document has a page, for a report without blocks.</summary>
    public void Finish()
    {
        if (_graphics is null)
        {
            NewPage();
        }
    }

    public void Dispose()
    {
        _graphics?.Dispose();
        _measure.Dispose();
    }
}
