using System.Globalization;

namespace Dashboard.Data.Storage;

/// <summary>Dates as the database stores them: ISO yyyy-mm-dd text, sortable and portable.</summary>
public static class IsoDate
{
    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string? Format(DateOnly? date) => date is { } d ? Format(d) : null;

    public static DateOnly Parse(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The month key of sales_monthly: yyyy-mm.</summary>
    public static string Month(DateOnly date) => date.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>
    /// yyyy-mm-dd as UTF-8 into <paramref name="buffer"/> (10 bytes), without a format string to interpret: a bulk
    /// import writes one per row.
    /// </summary>
    public static ReadOnlySpan<byte> Utf8(DateOnly date, Span<byte> buffer)
    {
        Digits(buffer[..4], date.Year);
        buffer[4] = (byte)'-';
        Digits(buffer[5..7], date.Month);
        buffer[7] = (byte)'-';
        Digits(buffer[8..10], date.Day);
        return buffer[..10];
    }

    private static void Digits(Span<byte> digits, int value)
    {
        for (var i = digits.Length - 1; i >= 0; i--, value /= 10)
        {
            digits[i] = (byte)('0' + value % 10);
        }
    }
}
