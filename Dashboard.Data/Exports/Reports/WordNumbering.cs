using DocumentFormat.OpenXml.Wordprocessing;

namespace Dashboard.Data.Exports.Reports;

/// <summary>The numbering part of a Word report: one bulleted list definition, which every <see cref="ReportBullets"/> uses.</summary>
internal static class WordNumbering
{
    public const int Bullets = 1;

    public static Numbering Create() => new(
        new AbstractNum(
            new MultiLevelType { Val = MultiLevelValues.SingleLevel },
            new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = NumberFormatValues.Bullet },
                new LevelText { Val = "•" },
                new LevelJustification { Val = LevelJustificationValues.Left },
                new PreviousParagraphProperties(new Indentation { Left = "720", Hanging = "360" }),
                new NumberingSymbolRunProperties(new RunFonts { Ascii = WordStyles.Font, HighAnsi = WordStyles.Font }))
            { LevelIndex = 0 })
        { AbstractNumberId = 0 },
        new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = Bullets });

    /// <summary>A paragraph of a bulleted list.</summary>
    public static Paragraph Item(string text) => new(
        new ParagraphProperties
        {
            ParagraphStyleId = new ParagraphStyleId { Val = WordStyles.ListParagraph },
            NumberingProperties = new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = Bullets }),
        },
        WordText.Run(text));
}
