using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using A = DocumentFormat.OpenXml.Drawing;
using Xdr = DocumentFormat.OpenXml.Drawing.Spreadsheet;

namespace Dashboard.Data.Exports.Excel;

/// <summary>
/// Places a PNG on a worksheet through the Open XML parts. ClosedXML 0.95.4's AddPicture measures the image with
/// System.Drawing, which needs libgdiplus on Linux; the product must not, and we know the size already.
/// </summary>
public static class WorkbookPicture
{
    private const long EmuPerPixel = 9525;

    /// <summary>Adds <paramref name="png"/> (of the given pixel size) at the top-left cell (column, row; zero-based) of the named sheet.</summary>
    public static void Add(Stream workbook, string sheetName, byte[] png, int widthPixels, int heightPixels, int column = 0, int row = 0, string name = "Grafiek")
    {
        using var document = SpreadsheetDocument.Open(workbook, isEditable: true);
        var workbookPart = document.WorkbookPart!;
        var sheet = workbookPart.Workbook.Sheets!.Elements<Sheet>().First(s => s.Name == sheetName);
        var worksheetPart = (WorksheetPart)workbookPart.GetPartById(sheet.Id!.Value!);
        var drawingsPart = worksheetPart.DrawingsPart ?? worksheetPart.AddNewPart<DrawingsPart>();
        var imagePart = drawingsPart.AddImagePart(ImagePartType.Png);
        using (var stream = new MemoryStream(png))
        {
            imagePart.FeedData(stream);
        }
        var (width, height) = (widthPixels * EmuPerPixel, heightPixels * EmuPerPixel);
        drawingsPart.WorksheetDrawing ??= new Xdr.WorksheetDrawing();
        var id = (uint)drawingsPart.WorksheetDrawing.ChildElements.Count + 2;
        drawingsPart.WorksheetDrawing.Append(new Xdr.OneCellAnchor(
            new Xdr.FromMarker(new Xdr.ColumnId(column.ToString()), new Xdr.ColumnOffset("0"), new Xdr.RowId(row.ToString()), new Xdr.RowOffset("0")),
            new Xdr.Extent { Cx = width, Cy = height },
            new Xdr.Picture(
                new Xdr.NonVisualPictureProperties(
                    new Xdr.NonVisualDrawingProperties { Id = id, Name = name, Description = name },
                    new Xdr.NonVisualPictureDrawingProperties(new A.PictureLocks { NoChangeAspect = true })),
                new Xdr.BlipFill(new A.Blip { Embed = drawingsPart.GetIdOfPart(imagePart) }, new A.Stretch(new A.FillRectangle())),
                new Xdr.ShapeProperties(
                    new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = width, Cy = height }),
                    new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })),
            new Xdr.ClientData()));
        drawingsPart.WorksheetDrawing.Save();
        if (!worksheetPart.Worksheet.Elements<Drawing>().Any())
        {
            worksheetPart.Worksheet.Append(new Drawing { Id = worksheetPart.GetIdOfPart(drawingsPart) });
            worksheetPart.Worksheet.Save();
        }
    }
}
