namespace Dashboard.Data.Imports.Reading;

/// <summary>How numbers are written as text in a file (docs/importbestanden.md#algemene-regels).</summary>
public enum NumberDialect
{
    /// <summary>A ';' file, as Dutch Excel writes it: decimal comma, '.' only between groups of three digits.</summary>
    DecimalComma,

    /// <summary>A ',' file: decimal point, no thousands separator.</summary>
    DecimalPoint,

    /// <summary>
    /// A number typed as text in a workbook's cell: read like Dutch Excel shows it, with a decimal comma
    /// (real numeric cells need no reading at all).
    /// </summary>
    SpreadsheetText,
}
