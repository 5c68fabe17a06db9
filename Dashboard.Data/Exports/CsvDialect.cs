namespace Dashboard.Data.Exports;

/// <summary>The two CSV forms (docs/weergave-en-export.md#excel-en-csv): ';' with decimal comma for Dutch Excel, ',' with decimal point.</summary>
public enum CsvDialect
{
    DutchExcel,
    International,
}
