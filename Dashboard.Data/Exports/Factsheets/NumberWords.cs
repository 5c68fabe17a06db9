using System.Globalization;

namespace Dashboard.Data.Exports.Factsheets;

/// <summary>
/// Numbers as a sentence writes them: small counts in words ("drie restaurants", "seven workshops"), the rest in
/// digits; percentages rounded to whole ones; money in millions where that reads better ("€ 1,23 miljoen");
/// weights in tonnes once they are large.
/// </summary>
internal static class NumberWords
{
    /// <summary>The largest count written in words (FactsheetTexts' Number.0 … Number.12).</summary>
    private const int LargestInWords = 12;

    /// <summary>"drie", "twaalf", "14".</summary>
    public static string Count(long n, CultureInfo culture) =>
        n is >= 0 and <= LargestInWords ? FactsheetTexts.Get($"Number.{n}", culture) : Whole(n, culture);

    /// <summary>"1.234" / "1,234".</summary>
    public static string Whole(decimal n, CultureInfo culture) => Math.Round(n, MidpointRounding.AwayFromZero).ToString("N0", culture);

    /// <summary>
    /// A percentage rounded to a whole one — "35%" — except that a small share is never rounded away ("minder dan 1%")
    /// and an incomplete one never rounded up to all ("99%").
    /// </summary>
    public static string Percent(decimal value, CultureInfo culture)
    {
        if (value > 0 && value < 1)
        {
            return FactsheetTexts.Get("Percent.LessThanOne", culture);
        }
        var whole = Math.Round(value, MidpointRounding.AwayFromZero);
        if (whole == 100 && value < 100)
        {
            whole = 99;
        }
        return whole.ToString("N0", culture) + "%";
    }

    /// <summary>"€ 234.517", "€ 1,23 miljoen", "€ 12,3 miljoen"; in English "€234,517", "€1.23 million".</summary>
    public static string Money(decimal euros, CultureInfo culture)
    {
        if (Math.Abs(euros) >= 1_000_000m)
        {
            var millions = euros / 1_000_000m;
            var shown = Math.Round(millions, Math.Abs(millions) >= 10 ? 1 : 2, MidpointRounding.AwayFromZero);
            return FactsheetTexts.Format("Money.Millions", culture, shown.ToString("0.##", culture));
        }
        return FactsheetTexts.Format("Money.Euros", culture, Whole(euros, culture));
    }

    /// <summary>"850 kg", "8.532 kg", "12,4 ton", "1.235 ton"; in English tonnes.</summary>
    public static string Weight(decimal kilograms, CultureInfo culture)
    {
        if (Math.Abs(kilograms) < 10_000m)
        {
            return FactsheetTexts.Format("Weight.Kilograms", culture, Whole(kilograms, culture));
        }
        var tonnes = kilograms / 1000m;
        var shown = Math.Abs(tonnes) >= 100
            ? Whole(tonnes, culture)
            : Math.Round(tonnes, 1, MidpointRounding.AwayFromZero).ToString("0.#", culture);
        return FactsheetTexts.Format("Weight.Tonnes", culture, shown);
    }
}
