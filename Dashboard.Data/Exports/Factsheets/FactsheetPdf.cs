using System.Globalization;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Dashboard.Data.Exports.Factsheets;

/// <summary>
/// Prints a <see cref="Factsheet"/> on one A4 page (docs/weergave-en-export.md#factsheet) in the product font: a header band in the product
/// colour with the title and subtitle, a row of headline tiles, the sentences beside the impact goal, the chart at
/// full text width, and a footer in small type with the definitions, assumptions and the source line
/// (<see cref="FactsheetPage"/> lays it out). Metadata: the title, author "ImpactDashboard" and the creation date.
/// </summary>
public static class FactsheetPdf
{
    public static byte[] Write(Factsheet factsheet, byte[] chartPng, CultureInfo culture)
    {
        PdfFontResolver.Install();
        using var document = new PdfDocument();
        document.Info.Title = factsheet.Title;
        document.Info.Subject = factsheet.Subtitle;
        document.Info.Author = "ImpactDashboard";
        document.Info.Creator = "ImpactDashboard";
        document.Info.CreationDate = DateTime.Now;
        document.Language = culture.Name;
        document.ViewerPreferences.DisplayDocTitle = true;

        var page = document.AddPage();
        page.Size = PageSize.A4;
        using (var graphics = XGraphics.FromPdfPage(page))
        using (var chart = XImage.FromStream(new MemoryStream(chartPng, writable: false)))
        {
            new FactsheetPage(graphics, page.Width.Point, page.Height.Point, culture).Draw(factsheet, chart);
        }
        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }
}
