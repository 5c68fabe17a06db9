using System.Globalization;

namespace Dashboard.Data.Domain;

/// <summary>Dutch number formatting for messages: "1 nieuwe winkel", "1.234 verkoopregels".</summary>
public static class Dutch
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("nl-NL");

    public static string Count(long n, string singular, string plural) =>
        $"{n.ToString("N0", Culture)} {(n == 1 ? singular : plural)}";

    public static string Number(long n) => n.ToString("N0", Culture);
}
