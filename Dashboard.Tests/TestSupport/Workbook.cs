using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using A = DocumentFormat.OpenXml.Drawing;
using Xdr = DocumentFormat.OpenXml.Drawing.Spreadsheet;

namespace Dashboard.Tests.TestSupport;

/// <summary>
/// Writes real .xlsx files with ClosedXML as Excel users make them: text as text cells (shared strings, or
/// inline strings when asked), numbers as numeric cells, dates as date cells with a date format; null leaves
/// a cell empty. Never AdjustToContents or pictures (they need System.Drawing).
/// </summary>
public static class Workbook
{
    public sealed record Sheet(string Name, IReadOnlyList<object?[]?> Rows);

    public static string Write(string path, IReadOnlyList<object?[]?> rows, bool inlineStrings = false) =>
        Write(path, [new Sheet("Gegevens", rows)], inlineStrings);

    public static string Write(string path, IReadOnlyList<Sheet> sheets, bool inlineStrings = false)
    {
        using var workbook = new XLWorkbook();
        foreach (var sheet in sheets)
        {
            var worksheet = workbook.Worksheets.Add(sheet.Name);
            for (var r = 0; r < sheet.Rows.Count; r++)
            {
                var row = sheet.Rows[r];
                if (row is null)
                {
                    continue;
                }
                for (var c = 0; c < row.Length; c++)
                {
                    var cell = worksheet.Cell(r + 1, c + 1);
                    switch (row[c])
                    {
                        case null:
                            break;
                        case string text:
                            cell.SetValue(text);
                            cell.ShareString = !inlineStrings;
                            break;
                        case DateTime date:
                            cell.Value = date;
                            cell.Style.DateFormat.Format = "dd-mm-yyyy";
                            break;
                        case DateOnly date:
                            cell.Value = date.ToDateTime(TimeOnly.MinValue);
                            cell.Style.DateFormat.Format = "dd-mm-yyyy";
                            break;
                        case int or long or double or decimal:
                            cell.Value = Convert.ToDouble(row[c], System.Globalization.CultureInfo.InvariantCulture);
                            break;
                        default:
                            throw new ArgumentException($"cannot write {row[c]!.GetType()} to a cell");
                    }
                }
            }
        }
        workbook.SaveAs(path);
        return path;
    }

    /// <summary>
    /// Puts a PNG logo on the first sheet through the Open XML parts, as a company's template often has one.
    /// (ClosedXML's AddPicture needs System.Drawing; loading such a workbook with ClosedXML does too.)
    /// </summary>
    public static void AddLogo(string path)
    {
        using var document = SpreadsheetDocument.Open(path, isEditable: true);
        var workbookPart = document.WorkbookPart!;
        var sheet = workbookPart.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().First();
        var worksheetPart = (WorksheetPart)workbookPart.GetPartById(sheet.Id!.Value!);
        var drawingsPart = worksheetPart.AddNewPart<DrawingsPart>();
        var imagePart = drawingsPart.AddImagePart(ImagePartType.Png);
        using (var stream = new MemoryStream(OnePixelPng))
        {
            imagePart.FeedData(stream);
        }
        drawingsPart.WorksheetDrawing = new Xdr.WorksheetDrawing(
            new Xdr.OneCellAnchor(
                new Xdr.FromMarker(new Xdr.ColumnId("10"), new Xdr.ColumnOffset("0"), new Xdr.RowId("0"), new Xdr.RowOffset("0")),
                new Xdr.Extent { Cx = 952500, Cy = 952500 },
                new Xdr.Picture(
                    new Xdr.NonVisualPictureProperties(
                        new Xdr.NonVisualDrawingProperties { Id = 2U, Name = "Logo" },
                        new Xdr.NonVisualPictureDrawingProperties(new A.PictureLocks { NoChangeAspect = true })),
                    new Xdr.BlipFill(
                        new A.Blip { Embed = drawingsPart.GetIdOfPart(imagePart) },
                        new A.Stretch(new A.FillRectangle())),
                    new Xdr.ShapeProperties(
                        new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = 952500, Cy = 952500 }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })),
                new Xdr.ClientData()));
        worksheetPart.Worksheet.Append(new DocumentFormat.OpenXml.Spreadsheet.Drawing { Id = worksheetPart.GetIdOfPart(drawingsPart) });
        worksheetPart.Worksheet.Save();
    }

    private static readonly byte[] OnePixelPng = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
}
