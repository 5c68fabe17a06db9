namespace Dashboard.Data.Exports;

/// <summary>What an export is saved as; the names are the file extensions.</summary>
public enum ExportFormat
{
    Png,
    Svg,
    Xlsx,
    Csv,
    Pdf,
    Docx,
}
