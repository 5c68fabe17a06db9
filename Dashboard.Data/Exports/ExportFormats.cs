using Dashboard.Data.Administration;

namespace Dashboard.Data.Exports;

public static class ExportFormats
{
    /// <summary>A spreadsheet or CSV carries the figures themselves; a chart or factsheet shows them.</summary>
    public static bool CarriesFigures(this ExportFormat format) => format is ExportFormat.Xlsx or ExportFormat.Csv;

    /// <summary>Whether the viewer's role may take this format (the role table, docs/privacy-en-toegang.md#rollen-en-bereik).</summary>
    public static bool MayBeTakenBy(this ExportFormat format, Viewer viewer) => !format.CarriesFigures() || viewer.CanExportFigures;
}
