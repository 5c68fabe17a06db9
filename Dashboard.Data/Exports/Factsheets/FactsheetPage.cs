using System.Globalization;
using Dashboard.Data.Figures.Explaining;
using Dashboard.Data.Figures.Results;
using Dashboard.Data.Figures.Views;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Dashboard.Data.Exports.Factsheets;

/// <summary>
/// The layout of the factsheet's one page, top to bottom on a 12-column grid inside 18 mm margins, in few type
/// sizes: 20 pt for the title and the tile numbers (smaller only when a number would not fit its tile), 12 for
/// headings, 10 for text, 8 and 7 for small print. Blocks are measured before they are drawn, and the page never
/// overflows: the title and subtitle are shortened after three lines, each sentence after four, the chart shrinks
/// (keeping its aspect ratio) only when the text above leaves it no room, and the footer is cut off with an
/// ellipsis where it would reach the source line, which always shows.
/// </summary>
internal sealed class FactsheetPage
{
    private const double Mm = 72 / 25.4;
    private const double Margin = 18 * Mm;
    private const double Gutter = 4 * Mm;
    private const double BandTop = 9 * Mm;
    private const double BottomMargin = 12 * Mm;
    private const double SectionGap = 6 * Mm;
    private const double BodyLeading = 13.5;
    private const double SmallLeading = 9.6;
    private const double FineLeading = 8.6;
    private const double MinimumFooter = 6 * FineLeading;
    private const double MaximumExtraGap = 5 * Mm;

    private static readonly XColor Indigo = XColor.FromArgb(0x3F, 0x51, 0xB5);
    private static readonly XBrush IndigoBrush = new XSolidBrush(Indigo);
    private static readonly XBrush IndigoDark = new XSolidBrush(XColor.FromArgb(0x1A, 0x23, 0x7E));
    private static readonly XBrush IndigoPale = new XSolidBrush(XColor.FromArgb(0xE8, 0xEA, 0xF6));
    private static readonly XBrush IndigoLight = new XSolidBrush(XColor.FromArgb(0xC5, 0xCA, 0xE9));
    private static readonly XBrush TileBackground = new XSolidBrush(XColor.FromArgb(0xF3, 0xF4, 0xFB));
    private static readonly XBrush White = new XSolidBrush(XColors.White);
    private static readonly XBrush Ink = new XSolidBrush(XColor.FromArgb(0x21, 0x21, 0x21));
    private static readonly XBrush Muted = new XSolidBrush(XColor.FromArgb(0x55, 0x5F, 0x6D));
    private static readonly XBrush Better = new XSolidBrush(XColor.FromArgb(0x1B, 0x5E, 0x20));
    private static readonly XBrush Worse = new XSolidBrush(XColor.FromArgb(0xB7, 0x1C, 0x1C));
    private static readonly XPen Rule = new(XColor.FromArgb(0xC5, 0xCA, 0xE9), 0.6);

    private readonly XGraphics _graphics;
    private readonly TextLayout _text;
    private readonly double _pageWidth;
    private readonly double _pageHeight;
    private readonly CultureInfo _culture;
    private bool _drawing;
    private readonly XFont _title = Font(20, bold: true);
    private readonly XFont _heading = Font(12, bold: true);
    private readonly XFont _body = Font(10, bold: false);
    private readonly XFont _small = Font(8, bold: false);
    private readonly XFont _smallBold = Font(8, bold: true);
    private readonly XFont _fine = Font(7, bold: false);
    private readonly XFont _fineBold = Font(7, bold: true);

    public FactsheetPage(XGraphics graphics, double pageWidth, double pageHeight, CultureInfo culture)
    {
        _graphics = graphics;
        _text = new TextLayout(graphics);
        _pageWidth = pageWidth;
        _pageHeight = pageHeight;
        _culture = culture;
    }

    private double ContentWidth => _pageWidth - 2 * Margin;

    private double Column => (ContentWidth - 11 * Gutter) / 12;

    private double Span(int columns) => columns * Column + (columns - 1) * Gutter;

    private double ColumnX(int index) => Margin + index * (Column + Gutter);

    /// <summary>
    /// Lays the page out once without drawing to learn how much room is left, and then draws it with that room
    /// shared out over the gaps between the blocks — a little each, the rest above the footer.
    /// </summary>
    public void Draw(Factsheet factsheet, XImage chart)
    {
        _drawing = false;
        var story = Story(factsheet, Tiles(factsheet.Figures, Header(factsheet) + SectionGap) + SectionGap);
        var (_, _, _, slack) = ChartAndFooterSizes(factsheet, chart, story + SectionGap);
        var extra = Math.Clamp(slack / 4, 0, MaximumExtraGap);

        _drawing = true;
        var y = Header(factsheet);
        y = Tiles(factsheet.Figures, y + SectionGap + extra);
        y = Story(factsheet, y + SectionGap + extra);
        ChartAndFooter(factsheet, chart, y + SectionGap + extra);
    }

    private static XFont Font(double size, bool bold) =>
        new(ProductFont.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode));

    /// <summary>The band in the product colour across the top of the page: kicker, title and subtitle; returns its bottom.</summary>
    private double Header(Factsheet factsheet)
    {
        var kicker = factsheet.Kicker.ToUpper(CultureInfo.InvariantCulture);
        var title = _text.Wrap(factsheet.Title, _title, White, ContentWidth, maxLines: 3);
        var subtitle = _text.Wrap(factsheet.Subtitle, _body, IndigoPale, ContentWidth, maxLines: 3);
        var kickerBaseline = BandTop + 8;
        var titleBaseline = kickerBaseline + 26;
        var subtitleBaseline = titleBaseline + (title.Count - 1) * 24 + 18;
        var bottom = subtitleBaseline + (subtitle.Count - 1) * BodyLeading + 16;

        Fill(IndigoBrush, 0, 0, _pageWidth, bottom);
        var brand = "ImpactDashboard";
        var brandWidth = _text.Measure(brand, _smallBold);
        var kickerLines = _text.Wrap(kicker, _smallBold, IndigoLight, ContentWidth - brandWidth - Gutter, maxLines: 1);
        Lines(kickerLines, Margin, kickerBaseline, SmallLeading);
        Text(brand, _smallBold, White, _pageWidth - Margin - brandWidth, kickerBaseline, XStringFormats.BaseLineLeft);
        Lines(title, Margin, titleBaseline, 24);
        Lines(subtitle, Margin, subtitleBaseline, BodyLeading);
        return bottom;
    }

    /// <summary>
    /// One row of equal tiles across the text width: the value large — all numbers in one size, the largest up to
    /// 20 pt at which every number fits its tile, and words such as "afgeschermd" smaller and muted — the name small,
    /// the change against last year coloured by whether it is good news.
    /// </summary>
    private double Tiles(IReadOnlyList<FactsheetFigure> figures, double top)
    {
        if (figures.Count == 0)
        {
            return top - SectionGap;
        }
        const double padding = 7;
        const double accent = 3;
        var width = (ContentWidth - (figures.Count - 1) * Gutter) / figures.Count;
        var inner = width - 2 * padding;
        var size = Fitting(figures.Where(f => f.Status == FigureStatus.Ok).Select(f => f.Value), 20, inner);
        var value = Font(size, bold: true);
        var words = Font(Fitting(figures.Where(f => f.Status != FigureStatus.Ok).Select(f => f.Value), Math.Min(size, 12), inner), bold: true);
        var names = figures.Select(f => _text.Wrap(f.Name, _small, Ink, inner, maxLines: 3)).ToList();
        var changes = figures.Select(f => Change(f, inner)).ToList();

        var valueBaseline = top + accent + padding + size * 0.78;
        var nameBaseline = valueBaseline + 13;
        var changeBaseline = nameBaseline + names.Max(n => n.Count) * SmallLeading + 3;
        var bottom = changeBaseline + (changes.Max(c => c.Count) - 1) * SmallLeading + padding;

        for (var i = 0; i < figures.Count; i++)
        {
            var x = Margin + i * (width + Gutter);
            Fill(TileBackground, x, top, width, bottom - top);
            Fill(IndigoBrush, x, top, width, accent);
            var shown = figures[i].Status == FigureStatus.Ok;
            var valueLines = _text.Wrap(figures[i].Value, shown ? value : words, shown ? IndigoDark : Muted, inner, maxLines: 1);
            Lines(valueLines, x + padding, valueBaseline, size);
            Lines(names[i], x + padding, nameBaseline, SmallLeading);
            Lines(changes[i], x + padding, changeBaseline, SmallLeading);
        }
        return bottom;
    }

    /// <summary>"+12% t.o.v. 2024" on one line where it fits, else the change on its own line above what it is against.</summary>
    private IReadOnlyList<TextLine> Change(FactsheetFigure figure, double width)
    {
        var tone = figure.Tone switch { ChangeTone.Better => Better, ChangeTone.Worse => Worse, _ => Muted };
        IReadOnlyList<TextRun> change = figure.Tone == ChangeTone.NotCompared
            ? [new TextRun(figure.Against + ":", _small, Muted), new TextRun(" " + figure.Change, _small, Muted)]
            : [new TextRun(figure.Change, _smallBold, tone), new TextRun(" " + figure.Against, _small, Muted)];
        var together = _text.Wrap(change, width, maxLines: 3);
        return together.Count == 1
            ? together
            : [.. _text.Wrap([change[0]], width, maxLines: 2), .. _text.Wrap([change[1] with { Text = change[1].Text.TrimStart() }], width, maxLines: 2)];
    }

    /// <summary>The largest size, from <paramref name="largest"/> down to 8 pt, at which each text fits the width.</summary>
    private double Fitting(IEnumerable<string> texts, double largest, double width)
    {
        var size = largest;
        var all = texts.ToList();
        while (size > 8 && all.Any(t => _text.Measure(t, Font(size, bold: true)) > width))
        {
            size -= 0.5;
        }
        return size;
    }

    /// <summary>The sentences as a short list under a heading, with the impact goal (or the practices) boxed beside them.</summary>
    private double Story(Factsheet factsheet, double top)
    {
        var aside = factsheet.Aside;
        var width = aside is null ? ContentWidth : Span(8);
        var bottom = top;
        if (factsheet.Sentences.Count > 0)
        {
            const double indent = 11;
            var headingBaseline = top + 10;
            Text(FactsheetTexts.Get("Heading.AtAGlance", _culture), _heading, IndigoDark, Margin, headingBaseline, XStringFormats.BaseLineLeft);
            var baseline = headingBaseline + 18;
            var lastBaseline = baseline;
            foreach (var sentence in factsheet.Sentences)
            {
                var lines = _text.Wrap(sentence, _body, Ink, width - indent, maxLines: 4);
                Fill(IndigoBrush, Margin + 1, baseline - 6.2, 3.6, 3.6);
                Lines(lines, Margin + indent, baseline, BodyLeading);
                lastBaseline = baseline + (lines.Count - 1) * BodyLeading;
                baseline = lastBaseline + BodyLeading + 4;
            }
            bottom = lastBaseline + 4;
        }
        if (aside is not null)
        {
            const double padding = 9;
            var x = ColumnX(8);
            var boxWidth = Span(4);
            var text = _text.Wrap(aside.Text, _body, IndigoDark, boxWidth - 2 * padding, maxLines: 11);
            var headingBaseline = top + padding + 6;
            var textBaseline = headingBaseline + 15;
            var boxBottom = textBaseline + (text.Count - 1) * BodyLeading + padding + 3;
            Fill(IndigoPale, x, top, boxWidth, boxBottom - top);
            Fill(IndigoBrush, x, top, 3, boxBottom - top);
            Text(aside.Heading.ToUpper(CultureInfo.InvariantCulture), _smallBold, IndigoBrush, x + padding, headingBaseline,
                XStringFormats.BaseLineLeft);
            Lines(text, x + padding, textBaseline, BodyLeading);
            bottom = Math.Max(bottom, boxBottom);
        }
        return bottom;
    }

    /// <summary>
    /// The chart at full text width under the story, and the footer pinned above the source line at the bottom of
    /// the page. The chart keeps its natural size unless that would leave the footer less than a few lines; the
    /// footer then gets what is left and is shortened to it.
    /// </summary>
    private void ChartAndFooter(Factsheet factsheet, XImage chart, double top)
    {
        var (source, chartSize, footerHeight, _) = ChartAndFooterSizes(factsheet, chart, top);
        Picture(chart, Margin + (ContentWidth - chartSize.Width) / 2, top, chartSize.Width, chartSize.Height);
        Lines(Marks(factsheet), Margin, top + chartSize.Height + SmallLeading, SmallLeading);

        var sourceBaseline = _pageHeight - BottomMargin - (source.Count - 1) * SmallLeading;
        var footerTop = sourceBaseline - SmallLeading - 4 - footerHeight;
        Stroke(Rule, Margin, footerTop - 7, Margin + ContentWidth, footerTop - 7);
        var columns = Balanced(FooterFlow(factsheet, footerHeight), footerHeight);
        DrawFlow(columns.Left, Margin, footerTop);
        DrawFlow(columns.Right, ColumnX(6), footerTop);

        Stroke(Rule, Margin, sourceBaseline - SmallLeading, Margin + ContentWidth, sourceBaseline - SmallLeading);
        Lines(source, Margin, sourceBaseline, SmallLeading);
    }

    /// <summary>The source line, the chart's size, the footer's height and the room left over, for a chart starting at <paramref name="top"/>.</summary>
    private (IReadOnlyList<TextLine> Source, XSize Chart, double Footer, double Slack) ChartAndFooterSizes(Factsheet factsheet, XImage chart, double top)
    {
        var source = _text.Wrap(factsheet.SourceLine, _small, Muted, ContentWidth, maxLines: 2);
        var sourceBaseline = _pageHeight - BottomMargin - (source.Count - 1) * SmallLeading;
        var available = sourceBaseline - SmallLeading - 4 - top - Marks(factsheet).Count * SmallLeading;
        var naturalFooter = Balanced(FooterFlow(factsheet, double.MaxValue), double.MaxValue).Height;
        var aspect = chart.PixelHeight / (double)Math.Max(1, chart.PixelWidth);
        var chartHeight = ContentWidth * aspect;
        var footerHeight = Math.Min(naturalFooter, Math.Max(MinimumFooter, available - chartHeight - SectionGap));
        chartHeight = Math.Max(0, Math.Min(chartHeight, available - footerHeight - SectionGap));
        var slack = available - chartHeight - SectionGap - footerHeight;
        return (source, new XSize(chartHeight / aspect, chartHeight), footerHeight, slack);
    }

    /// <summary>
    /// The annotations on the chart as text under it (docs/weergave-en-export.md#gebeurtenissen): in the picture they are drawn, here
    /// they can be read out, searched and copied.
    /// </summary>
    private IReadOnlyList<TextLine> Marks(Factsheet factsheet) => factsheet.Chart.Marks.Count == 0
        ? []
        : _text.Wrap($"{FigureTexts.Get("Chart.Annotations", _culture)}: {string.Join("; ", factsheet.Chart.Marks.Select(m => ChartMarks.Describe(m, _culture)))}",
            _small, Muted, ContentWidth, maxLines: 3);

    /// <summary>
    /// The footer's lines for a footer of <paramref name="height"/>: the definitions, then the assumptions and settings.
    /// When not all fit, definitions go from the end first, since an export must state the values it used (docs/indicatoren.md#milieu).
    /// </summary>
    private List<FlowLine> FooterFlow(Factsheet factsheet, double height)
    {
        var definitions = Section(FactsheetTexts.Get("Heading.Definitions", _culture), factsheet.Definitions.Select(d => (IReadOnlyList<TextRun>)
            [new TextRun(d.Name, _fineBold, Ink), new TextRun(" " + d.Definition, _fine, Muted)]));
        var assumptions = Section(FactsheetTexts.Get("Heading.Assumptions", _culture), factsheet.Assumptions.Select(a => (IReadOnlyList<TextRun>)
            [new TextRun(a, _fine, Muted)]));
        for (var keep = definitions.Count; keep >= 0; keep--)
        {
            var kept = keep <= 1 ? [] : definitions.Take(keep).ToList();
            if (keep < definitions.Count && kept.Count > 0)
            {
                kept[^1] = kept[^1] with { Line = _text.Shorten([kept[^1].Line], Span(6)).Single() };
            }
            var flow = kept.Concat(assumptions).ToList();
            if (keep == 0 || Balanced(flow, height).Complete)
            {
                return flow;
            }
        }
        return assumptions;
    }

    private List<FlowLine> Section(string heading, IEnumerable<IReadOnlyList<TextRun>> paragraphs)
    {
        var width = Span(6);
        var lines = new List<FlowLine>();
        foreach (var paragraph in paragraphs)
        {
            if (lines.Count == 0)
            {
                lines.Add(new FlowLine(_text.Wrap(heading, _fineBold, IndigoBrush, width)[0], 5, IsHeading: true));
            }
            lines.AddRange(_text.Wrap(paragraph, width, maxLines: 12).Select((line, i) => new FlowLine(line, i == 0 ? 2 : 0, IsHeading: false)));
        }
        return lines;
    }

    /// <summary>
    /// The flow split over two columns of at most <paramref name="height"/>, as evenly as the lines allow; what does
    /// not fit ends with an ellipsis on the last line shown.
    /// </summary>
    private (List<FlowLine> Left, List<FlowLine> Right, double Height, bool Complete) Balanced(List<FlowLine> flow, double height)
    {
        static double Advance(FlowLine line, bool first) => (first ? 0 : line.Space) + FineLeading;
        var total = flow.Select((l, i) => Advance(l, i == 0)).Sum();
        var target = Math.Min(height, total / 2);
        var left = new List<FlowLine>();
        var used = 0.0;
        var index = 0;
        while (index < flow.Count && used + Advance(flow[index], left.Count == 0) <= target + FineLeading / 2)
        {
            used += Advance(flow[index], left.Count == 0);
            left.Add(flow[index++]);
        }
        if (left.Count > 0 && left[^1].IsHeading && index < flow.Count)
        {
            index--;
            left.RemoveAt(left.Count - 1);
        }
        var right = new List<FlowLine>();
        var rightUsed = 0.0;
        while (index < flow.Count && rightUsed + Advance(flow[index], right.Count == 0) <= height)
        {
            rightUsed += Advance(flow[index], right.Count == 0);
            right.Add(flow[index++]);
        }
        var complete = index == flow.Count;
        if (!complete)
        {
            var last = right.Count > 0 ? right : left;
            if (last.Count > 0)
            {
                last[^1] = last[^1] with { Line = _text.Shorten([last[^1].Line], Span(6))[0] };
            }
        }
        return (left, right, Math.Max(used, rightUsed), complete);
    }

    private void Fill(XBrush brush, double x, double y, double width, double height)
    {
        if (_drawing)
        {
            _graphics.DrawRectangle(brush, x, y, width, height);
        }
    }

    private void Stroke(XPen pen, double x1, double y1, double x2, double y2)
    {
        if (_drawing)
        {
            _graphics.DrawLine(pen, x1, y1, x2, y2);
        }
    }

    private void Text(string text, XFont font, XBrush brush, double x, double baseline, XStringFormat format)
    {
        if (_drawing)
        {
            _graphics.DrawString(text, font, brush, x, baseline, format);
        }
    }

    private void Lines(IReadOnlyList<TextLine> lines, double x, double firstBaseline, double leading)
    {
        if (_drawing)
        {
            TextLayout.Draw(_graphics, lines, x, firstBaseline, leading);
        }
    }

    private void Picture(XImage image, double x, double y, double width, double height)
    {
        if (_drawing && width > 0 && height > 0)
        {
            _graphics.DrawImage(image, x, y, width, height);
        }
    }

    private void DrawFlow(List<FlowLine> lines, double x, double top)
    {
        var baseline = top + FineLeading - 2;
        for (var i = 0; i < lines.Count; i++)
        {
            baseline += i == 0 ? 0 : lines[i].Space + FineLeading;
            Lines([lines[i].Line], x, baseline, FineLeading);
        }
    }
}
