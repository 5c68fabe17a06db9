using Dashboard.Data.Administration;

namespace Dashboard.Data.Exports;

public static class ExportFormats
{
    /// <summary>
    /// A chart, a factsheet or a funder report shows the figures; anything else (a spreadsheet, CSV — and a format added later, until it
    /// is listed here) carries them, and is for those who may take figures.
    /// </summary>
    public static bool CarriesFigures(this ExportFormat format) => format is not (ExportFormat.Png or ExportFormat.Svg or ExportFormat.Pdf or ExportFormat.Docx);

    /// <summary>Whether the viewer's role may take this format (the role table, docs/privacy-en-toegang.md#rollen-en-bereik).</summary>
    public static bool MayBeTakenBy(this ExportFormat format, Viewer viewer) => !format.CarriesFigures() || viewer.CanExportFigures;
}
