namespace Dashboard.Data.Exports;

/// <summary>
/// One field of a CSV file that people open in a spreadsheet: quoted when it holds the delimiter, a quote or a
/// line break, and a text starting with '=', '+', '-', '@', a tab or a carriage return escaped with a leading
/// apostrophe, so no spreadsheet runs it as a formula (docs/weergave-en-export.md#excel-en-csv). Numbers are written by the caller, not here.
/// </summary>
public static class CsvCell
{
    public static string Text(string? text, char delimiter)
    {
        var value = text ?? string.Empty;
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }
        return value.IndexOfAny([delimiter, '"', '\n', '\r']) >= 0 ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
    }
}
