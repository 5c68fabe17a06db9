using System.Globalization;

namespace Dashboard.Data.Domain;

/// <summary>
/// The two languages the product speaks, as the cultures every renderer takes: Dutch (nl-NL, the source) and English
/// (en-GB), for words from the resources and for numbers and dates alike (docs/weergave-en-export.md#taal).
/// </summary>
public static class Language
{
    public static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static bool IsEnglish(this CultureInfo culture) => culture.TwoLetterISOLanguageName == "en";

    /// <summary>The product's culture for any culture of either language: "en", "en-US" → en-GB; anything else → nl-NL.</summary>
    public static CultureInfo Of(CultureInfo culture) => culture.IsEnglish() ? English : Dutch;

    /// <summary>"nl" or "en", as the command line and export links spell a language; null for anything else.</summary>
    public static CultureInfo? Parse(string? code) => code switch
    {
        "nl" => Dutch,
        "en" => English,
        _ => null,
    };
}
