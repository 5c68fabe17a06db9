namespace Dashboard.Data.Export;

/// <summary>The two CSV forms (SPEC §4): ';' with decimal comma for Dutch Excel, ',' with decimal point.</summary>
public enum CsvDialect
{
    DutchExcel,
    International,
}
