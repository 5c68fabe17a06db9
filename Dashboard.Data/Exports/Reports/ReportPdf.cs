using Dashboard.Data.Exports.Factsheets;
using PdfSharp.Pdf;

namespace Dashboard.Data.Exports.Reports;

/// <summary>
/// Writes a <see cref="FunderReport"/> as a multi-page A4 PDF in the product font (docs/funderrapport.md): the cover on
/// the first page, then the blocks flowing over the pages (<see cref="ReportPdfLayout"/>), a footer with the report's
/// name and "pagina N van M" on every page but the cover. Metadata: title, subject, author "ImpactDashboard", language.
/// </summary>
public static class ReportPdf
{
    public static byte[] Write(FunderReport report)
    {
        PdfFontResolver.Install();
        using var document = new PdfDocument();
        document.Info.Title = report.Title;
        document.Info.Subject = report.Subject;
        document.Info.Author = "ImpactDashboard";
        document.Info.Creator = "ImpactDashboard";
        document.Info.CreationDate = DateTime.Now;
        document.Language = report.Culture.Name;
        document.ViewerPreferences.DisplayDocTitle = true;

        using (var layout = new ReportPdfLayout(document))
        {
            for (var i = 0; i < report.Blocks.Count; i++)
            {
                layout.Add(report.Blocks[i], i + 1 < report.Blocks.Count ? report.Blocks[i + 1] : null);
            }
            layout.Finish();
            layout.DrawFooters(report);
        }
        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }
}
