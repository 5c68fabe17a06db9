using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Dashboard.Data.Exports.Reports;

/// <summary>
/// The styles of a Word report. Word's own styles carry their built-in ids and names ("heading 1", "Title", "Table Grid",
/// "List Paragraph"), so Word treats them as its own: the navigation pane and a table of contents find the headings, and a
/// funder who restyles the document restyles them all. Two are the report's own: <see cref="Note"/> and <see cref="Kicker"/>.
/// The font is Arial, which every Word has, so nothing is embedded; LibreOffice shows the metric-compatible Liberation Sans.
/// The language is the report's culture, so Word checks the spelling in that language.
/// </summary>
internal static class WordStyles
{
    public const string Font = "Arial";
    public const string Indigo = "3F51B5";
    public const string Ink = "212121";
    public const string Muted = "555F6D";
    public const string PaleIndigo = "E8EAF6";
    public const string Rule = "C5CAE9";

    public const string Normal = "Normal";
    public const string Title = "Title";
    public const string Subtitle = "Subtitle";
    public const string Kicker = "Kicker";
    public const string Quote = "Quote";
    public const string Note = "Note";
    public const string ListParagraph = "ListParagraph";
    public const string TableText = "TableText";
    public const string TableGrid = "TableGrid";
    public const string Footer = "Footer";

    /// <summary>The style id of a heading of level 1 to 3.</summary>
    public static string Heading(int level) => $"Heading{level}";

    public static Styles Create(CultureInfo culture, int textWidth) => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle
            {
                RunFonts = new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font },
                Color = new Color { Val = Ink },
                FontSize = new FontSize { Val = "20" },
                FontSizeComplexScript = new FontSizeComplexScript { Val = "20" },
                Languages = new Languages { Val = culture.Name },
            }),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle
            {
                SpacingBetweenLines = new SpacingBetweenLines { After = "120", Line = "276", LineRule = LineSpacingRuleValues.Auto },
            })),
        Paragraph(Normal, "Normal", basedOn: null, priority: 0, isDefault: true),
        Paragraph(Kicker, "Bovenregel", Normal, custom: true,
            paragraph: new StyleParagraphProperties { SpacingBetweenLines = new SpacingBetweenLines { After = "160" } },
            run: new StyleRunProperties { Bold = new Bold(), Caps = new Caps(), Color = new Color { Val = Indigo }, Spacing = new Spacing { Val = 20 },
                FontSize = new FontSize { Val = "22" } }),
        Paragraph(Title, "Title", Normal, priority: 10,
            paragraph: new StyleParagraphProperties { SpacingBetweenLines = new SpacingBetweenLines { After = "240", Line = "240", LineRule = LineSpacingRuleValues.Auto } },
            run: new StyleRunProperties { Bold = new Bold(), Color = new Color { Val = Indigo }, FontSize = new FontSize { Val = "56" },
                FontSizeComplexScript = new FontSizeComplexScript { Val = "56" } }),
        Paragraph(Subtitle, "Subtitle", Normal, priority: 11,
            paragraph: new StyleParagraphProperties { SpacingBetweenLines = new SpacingBetweenLines { After = "480" } },
            run: new StyleRunProperties { FontSize = new FontSize { Val = "30" }, FontSizeComplexScript = new FontSizeComplexScript { Val = "30" } }),
        Heading(1, size: 32, before: 480, after: 160, Indigo),
        Heading(2, size: 26, before: 360, after: 120, Indigo),
        Heading(3, size: 22, before: 240, after: 80, Ink),
        Paragraph(Quote, "Quote", Normal, priority: 29,
            paragraph: new StyleParagraphProperties
            {
                ParagraphBorders = new ParagraphBorders(new LeftBorder { Val = BorderValues.Single, Size = 18, Space = 8, Color = Indigo }),
                SpacingBetweenLines = new SpacingBetweenLines { Before = "120", After = "200" },
                Indentation = new Indentation { Left = "567", Right = "567" },
            },
            run: new StyleRunProperties { Italic = new Italic(), ItalicComplexScript = new ItalicComplexScript() }),
        Paragraph(Note, "Toelichting", Normal, custom: true,
            paragraph: new StyleParagraphProperties { SpacingBetweenLines = new SpacingBetweenLines { After = "200", Line = "240", LineRule = LineSpacingRuleValues.Auto } },
            run: new StyleRunProperties { Color = new Color { Val = Muted }, FontSize = new FontSize { Val = "17" },
                FontSizeComplexScript = new FontSizeComplexScript { Val = "17" } }),
        Paragraph(ListParagraph, "List Paragraph", Normal, priority: 34,
            paragraph: new StyleParagraphProperties { Indentation = new Indentation { Left = "720" }, ContextualSpacing = new ContextualSpacing() }),
        Paragraph(TableText, "Tabeltekst", Normal, custom: true,
            paragraph: new StyleParagraphProperties
            {
                SpacingBetweenLines = new SpacingBetweenLines { Before = "40", After = "40", Line = "240", LineRule = LineSpacingRuleValues.Auto },
            },
            run: new StyleRunProperties { FontSize = new FontSize { Val = "18" }, FontSizeComplexScript = new FontSizeComplexScript { Val = "18" } }),
        Paragraph(Footer, "footer", Normal, priority: 99,
            paragraph: new StyleParagraphProperties
            {
                Tabs = new Tabs(new TabStop { Val = TabStopValues.Right, Position = textWidth }),
                SpacingBetweenLines = new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto },
            },
            run: new StyleRunProperties { Color = new Color { Val = Muted }, FontSize = new FontSize { Val = "17" },
                FontSizeComplexScript = new FontSizeComplexScript { Val = "17" } }),
        TableNormal(),
        TableGridStyle());

    private static Style Heading(int level, int size, int before, int after, string color) =>
        Paragraph(Heading(level), $"heading {level}", Normal, priority: 9, next: Normal,
            paragraph: new StyleParagraphProperties
            {
                KeepNext = new KeepNext(),
                KeepLines = new KeepLines(),
                SpacingBetweenLines = new SpacingBetweenLines { Before = $"{before}", After = $"{after}", Line = "240", LineRule = LineSpacingRuleValues.Auto },
                OutlineLevel = new OutlineLevel { Val = level - 1 },
            },
            run: new StyleRunProperties
            {
                Bold = new Bold(),
                BoldComplexScript = new BoldComplexScript(),
                Color = new Color { Val = color },
                FontSize = new FontSize { Val = $"{size}" },
                FontSizeComplexScript = new FontSizeComplexScript { Val = $"{size}" },
            });

    private static Style Paragraph(string id, string name, string? basedOn, int? priority = null, bool isDefault = false, bool custom = false,
        string? next = null, StyleParagraphProperties? paragraph = null, StyleRunProperties? run = null)
    {
        var style = new Style
        {
            Type = StyleValues.Paragraph,
            StyleId = id,
            StyleName = new StyleName { Val = name },
            PrimaryStyle = new PrimaryStyle(),
        };
        if (isDefault)
        {
            style.Default = OnOffValue.FromBoolean(true);
        }
        if (custom)
        {
            style.CustomStyle = OnOffValue.FromBoolean(true);
        }
        if (basedOn is not null)
        {
            style.BasedOn = new BasedOn { Val = basedOn };
        }
        if (next is not null)
        {
            style.NextParagraphStyle = new NextParagraphStyle { Val = next };
        }
        if (priority is { } p)
        {
            style.UIPriority = new UIPriority { Val = p };
        }
        style.StyleParagraphProperties = paragraph;
        style.StyleRunProperties = run;
        return style;
    }

    /// <summary>Word's default table style, which every table's style is based on: no borders, the usual cell margins.</summary>
    private static Style TableNormal() => new()
    {
        Type = StyleValues.Table,
        StyleId = "TableNormal",
        Default = OnOffValue.FromBoolean(true),
        StyleName = new StyleName { Val = "Normal Table" },
        UIPriority = new UIPriority { Val = 99 },
        SemiHidden = new SemiHidden(),
        UnhideWhenUsed = new UnhideWhenUsed(),
        StyleTableProperties = new StyleTableProperties
        {
            TableIndentation = new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa },
            TableCellMarginDefault = new TableCellMarginDefault
            {
                TopMargin = new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                TableCellLeftMargin = new TableCellLeftMargin { Width = 108, Type = TableWidthValues.Dxa },
                BottomMargin = new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                TableCellRightMargin = new TableCellRightMargin { Width = 108, Type = TableWidthValues.Dxa },
            },
        },
    };

    private static Style TableGridStyle() => new()
    {
        Type = StyleValues.Table,
        StyleId = TableGrid,
        StyleName = new StyleName { Val = "Table Grid" },
        BasedOn = new BasedOn { Val = "TableNormal" },
        UIPriority = new UIPriority { Val = 39 },
        StyleParagraphProperties = new StyleParagraphProperties { SpacingBetweenLines = new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto } },
        StyleTableProperties = new StyleTableProperties
        {
            TableBorders = new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = Rule },
                new LeftBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = Rule },
                new BottomBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = Rule },
                new RightBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = Rule },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = Rule },
                new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = Rule }),
        },
    };
}
