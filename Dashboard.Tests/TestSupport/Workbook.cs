using ClosedXML.Excel;

namespace Dashboard.Tests.TestSupport;

/// <summary>
/// Writes real .xlsx files with ClosedXML as Excel users make them: text as text cells (shared strings, or
/// inline strings when asked), numbers as numeric cells, dates as date cells with a date format; null leaves
/// a cell empty. Never AdjustToContents or pictures (they need System.Drawing).
/// </summary>
public static class Workbook
{
    public sealed record Sheet(string Name, IReadOnlyList<object?[]?> Rows);

    public static string Write(string path, IReadOnlyList<object?[]?> rows, bool inlineStrings = false) =>
        Write(path, [new Sheet("Gegevens", rows)], inlineStrings);

    public static string Write(string path, IReadOnlyList<Sheet> sheets, bool inlineStrings = false)
    {
        using var workbook = new XLWorkbook();
        foreach (var sheet in sheets)
        {
            var worksheet = workbook.Worksheets.Add(sheet.Name);
            for (var r = 0; r < sheet.Rows.Count; r++)
            {
                var row = sheet.Rows[r];
                if (row is null)
                {
                    continue;
                }
                for (var c = 0; c < row.Length; c++)
                {
                    var cell = worksheet.Cell(r + 1, c + 1);
                    switch (row[c])
                    {
                        case null:
                            break;
                        case string text:
                            cell.SetValue(text);
                            cell.ShareString = !inlineStrings;
                            break;
                        case DateTime date:
                            cell.Value = date;
                            cell.Style.DateFormat.Format = "dd-mm-yyyy";
                            break;
                        case DateOnly date:
                            cell.Value = date.ToDateTime(TimeOnly.MinValue);
                            cell.Style.DateFormat.Format = "dd-mm-yyyy";
                            break;
                        case int or long or double or decimal:
                            cell.Value = Convert.ToDouble(row[c], System.Globalization.CultureInfo.InvariantCulture);
                            break;
                        default:
                            throw new ArgumentException($"cannot write {row[c]!.GetType()} to a cell");
                    }
                }
            }
        }
        workbook.SaveAs(path);
        return path;
    }
}
