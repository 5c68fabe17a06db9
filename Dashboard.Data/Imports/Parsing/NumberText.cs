using System.Globalization;
using Dashboard.Data.Imports.Reading;

namespace Dashboard.Data.Imports.Parsing;

/// <summary>
/// Reads a number the way docs/importbestanden.md#algemene-regels allows it. In a ';' file: decimal comma, and '.' only as a thousands
/// separator between groups of three digits ("1.234,56", "1.234"); "310.5" is refused, not guessed. In a
/// ',' file: decimal point and no thousands separator. A spreadsheet's numeric cell is exact as it is.
/// A leading euro sign is allowed, as Dutch Excel writes currency cells.
/// </summary>
public static class NumberText
{
    /// <summary>The number of the cell, or false with the problem told in <paramref name="culture"/> (Dutch when not given).</summary>
    public static bool TryParse(Cell cell, NumberDialect dialect, out decimal value, out string problem, CultureInfo? culture = null)
    {
        culture ??= Domain.Dutch.Culture;
        problem = string.Empty;
        if (cell.IsNumber)
        {
            if (decimal.TryParse(cell.Text.AsSpan().Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value))
            {
                return true;
            }
            problem = ImportTexts.Format("Number.NotANumber", culture, cell.Text.Trim());
            return false;
        }
        // Spans in a buffer on the stack, not strings: a sales file has four numbers on each of its million rows.
        var text = cell.Text.AsSpan().Trim();
        var buffer = text.Length <= 128 ? stackalloc char[text.Length] : new char[text.Length];
        var body = StripCurrency(text, buffer);
        var decimalComma = dialect != NumberDialect.DecimalPoint;
        var ok = decimalComma ? IsDecimalCommaNumber(body) : IsDecimalPointNumber(body);
        if (ok && TryParsePlain(decimalComma ? ToDecimalPoint(body) : body, out value))
        {
            return true;
        }
        value = 0;
        problem = ImportTexts.Format(dialect switch
        {
            NumberDialect.DecimalComma => "Number.DecimalComma",
            NumberDialect.DecimalPoint => "Number.DecimalPoint",
            _ => "Number.TextCell",
        }, culture, text.ToString());
        return false;
    }

    /// <summary>
    /// The text without spaces (also non-breaking ones) and without a leading euro sign, written into
    /// <paramref name="buffer"/>; "-€ 5" and "€ -5" become "-5".
    /// </summary>
    private static Span<char> StripCurrency(ReadOnlySpan<char> text, Span<char> buffer)
    {
        var length = 0;
        foreach (var c in text)
        {
            if (c is not ('\u00A0' or ' '))
            {
                buffer[length++] = c;
            }
        }
        var body = buffer[..length];
        if (body.StartsWith('€'))
        {
            return body[1..];
        }
        if (body.StartsWith("-€") || body.StartsWith("€-"))
        {
            body[1] = '-';
            return body[1..];
        }
        return body;
    }

    /// <summary>"1.234,56" as "1234.56", in place: the thousands separators go, the decimal comma becomes a point.</summary>
    private static Span<char> ToDecimalPoint(Span<char> body)
    {
        var length = 0;
        foreach (var c in body)
        {
            if (c != '.')
            {
                body[length++] = c == ',' ? '.' : c;
            }
        }
        return body[..length];
    }

    /// <summary>
    /// The value of a checked -?d+(.d+)?, with the scale decimal.Parse gives it ("12.50" keeps two decimals), built from
    /// its digits directly when they fit a long; decimal.Parse's general machinery is the larger part of reading a number.
    /// </summary>
    private static bool TryParsePlain(ReadOnlySpan<char> number, out decimal value)
    {
        var digits = number.StartsWith('-') ? number[1..] : number;
        if (digits.Length > 18)
        {
            return decimal.TryParse(number, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
        }
        long mantissa = 0;
        byte scale = 0;
        foreach (var c in digits)
        {
            if (c == '.')
            {
                scale = (byte)(digits.Length - 1 - digits.IndexOf('.'));
                continue;
            }
            mantissa = mantissa * 10 + (c - '0');
        }
        value = new decimal((int)mantissa, (int)(mantissa >> 32), 0, number.Length > digits.Length, scale);
        return true;
    }

    /// <summary>-?d{1,3}(.ddd)*(,d+)? or -?d+(,d+)?</summary>
    private static bool IsDecimalCommaNumber(ReadOnlySpan<char> s)
    {
        if (s.StartsWith("-"))
        {
            s = s[1..];
        }
        var comma = s.IndexOf(',');
        var whole = comma < 0 ? s : s[..comma];
        if (comma >= 0 && !AllDigits(s[(comma + 1)..]))
        {
            return false;
        }
        if (whole.IndexOf('.') < 0)
        {
            return AllDigits(whole);
        }
        var first = whole.IndexOf('.');
        if (first is 0 or > 3 || !AllDigits(whole[..first]))
        {
            return false;
        }
        var rest = whole[first..];
        if (rest.Length % 4 != 0)
        {
            return false;
        }
        for (var i = 0; i < rest.Length; i += 4)
        {
            if (rest[i] != '.' || !AllDigits(rest.Slice(i + 1, 3)))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>-?d+(.d+)?</summary>
    private static bool IsDecimalPointNumber(ReadOnlySpan<char> s)
    {
        if (s.StartsWith("-"))
        {
            s = s[1..];
        }
        var point = s.IndexOf('.');
        return point < 0 ? AllDigits(s) : AllDigits(s[..point]) && AllDigits(s[(point + 1)..]);
    }

    private static bool AllDigits(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty)
        {
            return false;
        }
        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }
        return true;
    }
}
