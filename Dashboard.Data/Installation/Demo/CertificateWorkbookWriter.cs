using System.Globalization;
using ClosedXML.Excel;
using Dashboard.Data.Imports;
using Dashboard.Data.Imports.Certificates;

namespace Dashboard.Data.Installation.Demo;

/// <summary>
/// `certificaten` as an Excel workbook: first sheet, headers in row 1, real date cells, and participant
/// codes that are only digits as numbers — as Excel turns them into when someone types them.
/// </summary>
internal static class CertificateWorkbookWriter
{
    // Fixed, so that only the zip's own metadata differs between two runs.
    private static readonly DateTime Written = new(2026, 11, 1, 9, 0, 0, DateTimeKind.Unspecified);

    public static void Write(string path, IEnumerable<ParticipantRecords> organisations)
    {
        var layout = new DemoRowLayout(ImportKind.Certificaten);
        var (participant, store, practice) = (layout.IndexOf(CertificateImport.Participant) + 1, layout.IndexOf(CertificateImport.Store) + 1,
            layout.IndexOf(CertificateImport.Practice) + 1);
        var (date, kind, name) = (layout.IndexOf(CertificateImport.Date) + 1, layout.IndexOf(CertificateImport.Kind) + 1,
            layout.IndexOf(CertificateImport.Name) + 1);

        using var workbook = new XLWorkbook();
        workbook.Properties.Author = "ImpactDashboard demo";
        workbook.Properties.Created = Written;
        workbook.Properties.Modified = Written;
        var sheet = workbook.Worksheets.Add("Certificaten");
        var headers = layout.Headers;
        for (var i = 0; i < headers.Length; i++)
        {
            sheet.Cell(1, i + 1).SetValue(headers[i]);
        }
        sheet.Row(1).Style.Font.Bold = true;
        sheet.SheetView.FreezeRows(1);

        var r = 2;
        foreach (var records in organisations)
        {
            foreach (var certificate in records.Certificates)
            {
                // Codes are text cells, as a careful export writes them: a number cell would lose leading zeros.
                sheet.Cell(r, participant).SetValue(records.Codes[certificate.Person]);
                sheet.Cell(r, store).SetValue(certificate.Store.Code);
                sheet.Cell(r, practice).SetValue(certificate.Practice.Code);
                sheet.Cell(r, date).SetValue(certificate.Date.ToDateTime(TimeOnly.MinValue));
                sheet.Cell(r, kind).SetValue(certificate.Kind);
                if (certificate.Name is { } certificateName)
                {
                    sheet.Cell(r, name).SetValue(certificateName);
                }
                r++;
            }
        }
        sheet.Column(date).Style.DateFormat.Format = "dd-mm-yyyy";
        // Widths by hand: AdjustToContents measures text with System.Drawing, which fails on Linux.
        sheet.Column(participant).Width = 14;
        sheet.Column(store).Width = 9;
        sheet.Column(practice).Width = 11;
        sheet.Column(date).Width = 12;
        sheet.Column(kind).Width = 20;
        sheet.Column(name).Width = 40;

        // The importer reads the first sheet only; a note after it is what a real workbook often has.
        var note = workbook.Worksheets.Add("Toelichting");
        note.Cell(1, 1).SetValue("Behaalde certificaten van deelnemers, één rij per certificaat.");
        note.Cell(2, 1).SetValue("Fictieve demogegevens van ImpactDashboard.");
        note.Column(1).Width = 70;
        workbook.SaveAs(path);
    }
}
