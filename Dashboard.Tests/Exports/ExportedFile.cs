using System.Text;
using System.Xml.Linq;
using Dashboard.Data.Exports;
using Dashboard.Tests.Exports.Charts;
using Dashboard.Tests.Exports.Factsheets;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Dashboard.Tests.Exports;

/// <summary>
/// Opens an exported file the way its reader would — a PNG by its header, an SVG as XML, a workbook or a Word document with the
/// Open XML SDK, a CSV as text, a PDF with PDFsharp — and fails when it is not a file of that kind.
/// </summary>
public static class ExportedFile
{
    /// <summary>What the file shows first: the PNG's size, the SVG's root, the workbook's sheets, the CSV's header, the text of a Word document or a PDF.</summary>
    public static string Open(ExportFormat format, byte[] bytes)
    {
        switch (format)
        {
            case ExportFormat.Png:
                var (width, height) = PngFile.Size(bytes);
                return $"{width}×{height}";
            case ExportFormat.Svg:
                var svg = XDocument.Parse(Encoding.UTF8.GetString(bytes)).Root!;
                Assert.Equal("svg", svg.Name.LocalName);
                return svg.Name.LocalName;
            case ExportFormat.Xlsx:
                using (var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false))
                {
                    return string.Join(", ", document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value));
                }
            case ExportFormat.Csv:
                return string.Join("|", CsvFile.Rows(bytes, ';')[0]);
            case ExportFormat.Docx:
                using (var word = WordprocessingDocument.Open(new MemoryStream(bytes), false))
                {
                    return string.Join("\n", word.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>()
                        .Select(p => p.InnerText).Where(t => t.Length > 0));
                }
            default:
                Assert.Equal("%PDF-"u8.ToArray(), bytes[..5]);
                var text = PdfText.Of(bytes);
                Assert.NotEmpty(text);
                return text;
        }
    }
}
