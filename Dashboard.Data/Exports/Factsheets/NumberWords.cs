using System.Globalization;

namespace Dashboard.Data.Exports.Factsheets;

/// <summary>
/// Numbers as a sentence writes them: small counts in words ("drie restaurants", "seven workshops"), the rest in
/// digits; percentages rounded to whole ones; money in millions where that reads better ("€ 1,23 miljoen");
/// weights in tonnes once they are large.
/// </summary>
internal static class NumberWords
{
    private static readonly string[] Dutch = ["nul", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf"];
    private static readonly string[] English = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

    public static CultureInfo Culture(bool english) => CultureInfo.GetCultureInfo(english ? "en-GB" : "nl-NL");

    /// <summary>"drie", "twaalf", "14".</summary>
    public static string Count(long n, bool english = false) =>
        n >= 0 && n < Dutch.Length ? (english ? English : Dutch)[n] : Whole(n, english);

    /// <summary>"1.234" / "1,234".</summary>
    public static string Whole(decimal n, bool english = false) => Math.Round(n, MidpointRounding.AwayFromZero).ToString("N0", Culture(english));

    /// <summary>
    /// A percentage rounded to a whole one — "35%" — except that a small share is never rounded away ("minder dan 1%")
    /// and an incomplete one never rounded up to all ("99%").
    /// </summary>
    public static string Percent(decimal value, bool english = false)
    {
        if (value > 0 && value < 1)
        {
            return english ? "less than 1%" : "minder dan 1%";
        }
        var whole = Math.Round(value, MidpointRounding.AwayFromZero);
        if (whole == 100 && value < 100)
        {
            whole = 99;
        }
        return whole.ToString("N0", Culture(english)) + "%";
    }

    /// <summary>"€ 234.517", "€ 1,23 miljoen", "€ 12,3 miljoen"; in English "€234,517", "€1.23 million".</summary>
    public static string Money(decimal euros, bool english = false)
    {
        var culture = Culture(english);
        var sign = english ? "€" : "€ ";
        if (Math.Abs(euros) >= 1_000_000m)
        {
            var millions = euros / 1_000_000m;
            var shown = Math.Round(millions, Math.Abs(millions) >= 10 ? 1 : 2, MidpointRounding.AwayFromZero);
            return sign + shown.ToString("0.##", culture) + (english ? " million" : " miljoen");
        }
        return sign + Whole(euros, english);
    }

    /// <summary>"850 kg", "8.532 kg", "12,4 ton", "1.235 ton"; in English tonnes.</summary>
    public static string Weight(decimal kilograms, bool english = false)
    {
        if (Math.Abs(kilograms) < 10_000m)
        {
            return Whole(kilograms, english) + " kg";
        }
        var tonnes = kilograms / 1000m;
        var shown = Math.Abs(tonnes) >= 100
            ? Whole(tonnes, english)
            : Math.Round(tonnes, 1, MidpointRounding.AwayFromZero).ToString("0.#", Culture(english));
        return shown + (english ? " tonnes" : " ton");
    }
}
