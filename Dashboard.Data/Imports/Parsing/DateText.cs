using System.Globalization;
using Dashboard.Data.Domain;
using Dashboard.Data.Imports.Reading;

namespace Dashboard.Data.Imports.Parsing;

/// <summary>
/// Reads a date the way docs/importbestanden.md#algemene-regels allows it: day first (dd-mm-jjjj, d-m-jjjj, with '-', '/' or '.', a
/// two-digit year meaning 20jj), ISO jjjj-mm-dd, or a spreadsheet's date cell (its serial number).
/// A time after the date ("01-03-2025 14:35", as till exports write it) is ignored.
/// </summary>
public static class DateText
{
    private static readonly DateOnly ExcelEpoch = new(1899, 12, 30);

    /// <summary>The date of the cell, or false with the problem told in <paramref name="culture"/> (Dutch when not given).</summary>
    public static bool TryParse(Cell cell, out DateOnly date, out string problem, CultureInfo? culture = null)
    {
        culture ??= Dutch.Culture;
        problem = string.Empty;
        date = default;
        if (cell.IsNumber)
        {
            var number = cell.Text.Trim();
            if (double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial)
                && serial is >= 1 and < 2958466)
            {
                date = ExcelEpoch.AddDays((int)Math.Floor(serial));
                if (date >= KnownDates.First && date <= KnownDates.Last)
                {
                    return true;
                }
                problem = ImportTexts.Format("Date.SerialOutOfRange", culture,
                    number, date.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture), KnownDates.First.Year, KnownDates.Last.Year);
                return false;
            }
            problem = ImportTexts.Format("Date.SerialNotADate", culture, number);
            return false;
        }
        // Spans, not strings: a sales file has a date on each of its million rows.
        var text = cell.Text.AsSpan().Trim();
        var space = text.IndexOfAny(' ', 'T');
        var datePart = space > 0 ? text[..space] : text;
        if (TryParseParts(datePart, culture, out date, out problem))
        {
            return true;
        }
        problem = problem.Length > 0 ? problem : ImportTexts.Format("Date.NotADate", culture, text.ToString());
        return false;
    }

    private static bool TryParseParts(ReadOnlySpan<char> text, CultureInfo culture, out DateOnly date, out string problem)
    {
        date = default;
        problem = string.Empty;
        var first = text.IndexOfAny('-', '/', '.');
        if (first < 0)
        {
            return false;
        }
        var separator = text[first];
        var a = text[..first];
        var rest = text[(first + 1)..];
        var second = rest.IndexOf(separator);
        if (second < 0)
        {
            return false;
        }
        var b = rest[..second];
        var c = rest[(second + 1)..];
        if (!IsDigits(a) || !IsDigits(b) || !IsDigits(c))
        {
            return false; // also when c holds a third separator: four parts
        }
        int year, month, day;
        if (a.Length == 4)
        {
            if (separator != '-' || b.Length > 2 || c.Length > 2)
            {
                return false;
            }
            (year, month, day) = (Number(a), Number(b), Number(c));
        }
        else
        {
            if (a.Length > 2 || b.Length > 2 || c.Length is not (2 or 4))
            {
                return false;
            }
            (day, month, year) = (Number(a), Number(b), Number(c));
            if (c.Length == 2)
            {
                year += 2000;
            }
        }
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(Math.Clamp(year, 1, 9999), month))
        {
            problem = ImportTexts.Format("Date.DoesNotExist", culture, text.ToString());
            return false;
        }
        if (year < KnownDates.First.Year || year > KnownDates.Last.Year)
        {
            problem = ImportTexts.Format("Date.OutOfRange", culture, text.ToString(), KnownDates.First.Year, KnownDates.Last.Year);
            return false;
        }
        date = new DateOnly(year, month, day);
        return true;
    }

    private static bool IsDigits(ReadOnlySpan<char> part) => !part.IsEmpty && !part.ContainsAnyExceptInRange('0', '9');

    /// <summary>The value of at most four ASCII digits.</summary>
    private static int Number(ReadOnlySpan<char> digits)
    {
        var value = 0;
        foreach (var digit in digits)
        {
            value = value * 10 + (digit - '0');
        }
        return value;
    }
}
