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
}
