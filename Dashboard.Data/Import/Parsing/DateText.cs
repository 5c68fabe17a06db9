using System.Globalization;
using Dashboard.Data.Import.Reading;

namespace Dashboard.Data.Import.Parsing;

/// <summary>
/// Reads a date the way SPEC §2 allows it: day first (dd-mm-jjjj, d-m-jjjj, with '-', '/' or '.', a
/// two-digit year meaning 20jj), ISO jjjj-mm-dd, or a spreadsheet's date cell (its serial number).
/// A time after the date ("01-03-2025 14:35", as till exports write it) is ignored.
/// </summary>
public static class DateText
{
    private static readonly DateOnly ExcelEpoch = new(1899, 12, 30);

    public static bool TryParse(Cell cell, out DateOnly date, out string problem)
    {
        problem = string.Empty;
        date = default;
        var text = cell.Text.Trim();
        if (cell.IsNumber)
        {
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial)
                && serial is >= 1 and < 2958466)
            {
                date = ExcelEpoch.AddDays((int)Math.Floor(serial));
                return true;
            }
            problem = $"'{text}' is geen datum";
            return false;
        }
        var space = text.IndexOfAny([' ', 'T']);
        var datePart = space > 0 ? text[..space] : text;
        if (TryParseParts(datePart, out date, out problem))
        {
            return true;
        }
        problem = problem.Length > 0 ? problem : $"'{text}' is geen datum; schrijf dd-mm-jjjj, bijv. 31-12-2025";
        return false;
    }

    private static bool TryParseParts(string text, out DateOnly date, out string problem)
    {
        date = default;
        problem = string.Empty;
        var separator = text.FirstOrDefault(c => c is '-' or '/' or '.');
        if (separator == default)
        {
            return false;
        }
        var parts = text.Split(separator);
        if (parts.Length != 3 || parts.Any(p => p.Length == 0 || !p.All(char.IsAsciiDigit)))
        {
            return false;
        }
        int year, month, day;
        if (parts[0].Length == 4)
        {
            if (separator != '-' || parts[1].Length > 2 || parts[2].Length > 2)
            {
                return false;
            }
            (year, month, day) = (int.Parse(parts[0]), int.Parse(parts[1]), int.Parse(parts[2]));
        }
        else
        {
            if (parts[0].Length > 2 || parts[1].Length > 2 || parts[2].Length is not (2 or 4))
            {
                return false;
            }
            (day, month, year) = (int.Parse(parts[0]), int.Parse(parts[1]), int.Parse(parts[2]));
            if (parts[2].Length == 2)
            {
                year += 2000;
            }
        }
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(Math.Clamp(year, 1, 9999), month) || year is < 1900 or > 2199)
        {
            problem = $"'{text}' bestaat niet als datum (dag-maand-jaar)";
            return false;
        }
        date = new DateOnly(year, month, day);
        return true;
    }
}
