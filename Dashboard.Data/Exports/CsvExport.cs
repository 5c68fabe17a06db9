using System.Globalization;
using System.Text;
using Dashboard.Data.Exports.Tables;

namespace Dashboard.Data.Exports;

/// <summary>
/// The figures as CSV, UTF-8 with BOM: a header row with units, then one row per group. Numbers stay numbers
/// (negative ones too: "-12,50" is a number, not a formula); texts are escaped by <see cref="CsvCell"/>.
/// </summary>
public static class CsvExport
{
    public static byte[] Write(ExportTable table, CsvDialect dialect)
    {
        var delimiter = dialect == CsvDialect.DutchExcel ? ';' : ',';
        var text = new StringBuilder();
        text.AppendJoin(delimiter, table.Columns.Select(c => CsvCell.Text(c.Title, delimiter))).Append("\r\n");
        foreach (var row in table.Rows)
        {
            text.AppendJoin(delimiter, row.Select((cell, i) => cell.Number is { } number
                ? Number(number, table.Columns[i].Decimals, dialect)
                : CsvCell.Text(cell.Text, delimiter))).Append("\r\n");
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    /// <summary>A number with its column's decimals and no thousands separator, so every spreadsheet reads it as a number.</summary>
    public static string Number(decimal number, int decimals, CsvDialect dialect)
    {
        var text = Math.Round(number, decimals, MidpointRounding.AwayFromZero).ToString("F" + decimals, CultureInfo.InvariantCulture);
        return dialect == CsvDialect.DutchExcel ? text.Replace('.', ',') : text;
    }
}
