using System.Globalization;

namespace Dashboard.Data.Domain;

/// <summary>Dutch number formatting for messages: "1 nieuwe winkel", "1.234 verkoopregels"; long texts shortened.</summary>
public static class Dutch
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("nl-NL");

    public static string Count(long n, string singular, string plural) =>
        $"{n.ToString("N0", Culture)} {(n == 1 ? singular : plural)}";

    public static string Number(long n) => n.ToString("N0", Culture);

    /// <summary>
    /// The text as a message may quote it: whole when at most <paramref name="max"/> characters, else its start and "…",
    /// so that a message never repeats a text of any length.
    /// </summary>
    public static string Shortened(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }
        var keep = max - 1;
        if (keep > 0 && char.IsHighSurrogate(text[keep - 1]))
        {
            keep--;
        }
        return string.Concat(text.AsSpan(0, keep), "…");
    }
}
