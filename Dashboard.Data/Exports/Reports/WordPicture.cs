using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;

namespace Dashboard.Data.Exports.Reports;

/// <summary>
/// A <see cref="ReportPicture"/> as an inline picture in a paragraph of its own, as the Open XML SDK's "insert a picture
/// into a word processing document" builds one: the PNG as an image part, a <c>wp:inline</c> whose <c>wp:docPr</c> carries
/// the alternative text (what a screen reader says), and a <c>pic:pic</c> that stretches the image over its extent. It is
/// as wide as the text with the PNG's aspect ratio, and no higher than <see cref="MaxHeight"/>, so it fits on a page.
/// </summary>
internal static class WordPicture
{
    private const long EmuPerTwip = 635;

    /// <summary>The highest a picture is printed, in twips: most of the text height of an A4 page, leaving room for a heading above.</summary>
    public const int MaxHeight = 11000;

    /// <param name="number">The picture's number in the document, from 1: its drawing object id and part name.</param>
    public static Paragraph Create(MainDocumentPart main, ReportPicture picture, int number, int textWidth, string name)
    {
        if (picture.WidthPixels <= 0 || picture.HeightPixels <= 0)
        {
            throw new ArgumentException($"A picture needs a positive size, not {picture.WidthPixels}×{picture.HeightPixels} pixels.", nameof(picture));
        }
        var image = main.AddImagePart(ImagePartType.Png, $"rIdImage{number}");
        using (var png = new MemoryStream(picture.Png, writable: false))
        {
            image.FeedData(png);
        }

        var (width, height) = Size(picture.WidthPixels, picture.HeightPixels, textWidth);
        var id = (uint)number;
        var inline = new DW.Inline(
            new DW.Extent { Cx = width, Cy = height },
            new DW.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            new DW.DocProperties { Id = id, Name = name, Description = WordText.Line(picture.Description) },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(
                new PIC.Picture(
                    new PIC.NonVisualPictureProperties(
                        new PIC.NonVisualDrawingProperties { Id = id, Name = $"{name}.png" },
                        new PIC.NonVisualPictureDrawingProperties()),
                    new PIC.BlipFill(
                        new A.Blip { Embed = main.GetIdOfPart(image) },
                        new A.Stretch(new A.FillRectangle())),
                    new PIC.ShapeProperties(
                        new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = width, Cy = height }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        {
            DistanceFromTop = 0,
            DistanceFromBottom = 0,
            DistanceFromLeft = 0,
            DistanceFromRight = 0,
        };
        // Single line spacing: with the document's 1.15 the line, and so the space above the picture, grows with its height.
        return new Paragraph(
            new ParagraphProperties { SpacingBetweenLines = new SpacingBetweenLines { After = "120", Line = "240", LineRule = LineSpacingRuleValues.Auto } },
            new Run(new Drawing(inline)));
    }

    /// <summary>The printed size in EMU: the text width and the PNG's aspect ratio, narrower when that would be higher than <see cref="MaxHeight"/>.</summary>
    public static (long Width, long Height) Size(int widthPixels, int heightPixels, int textWidth)
    {
        var width = (double)textWidth;
        var height = width * heightPixels / widthPixels;
        if (height > MaxHeight)
        {
            width *= MaxHeight / height;
            height = MaxHeight;
        }
        return ((long)Math.Round(width * EmuPerTwip), (long)Math.Round(height * EmuPerTwip));
    }
}
