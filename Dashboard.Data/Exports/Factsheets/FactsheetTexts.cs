using System.Globalization;
using Dashboard.Data.Domain;

namespace Dashboard.Data.Exports.Factsheets;

/// <summary>
/// A factsheet's words — headings, labels, assumptions, number words, what practices and certificates are called — from
/// FactsheetTexts.resx (Dutch) and FactsheetTexts.en.resx. The sentences' word order stays in <see cref="FactsheetSentences"/>.
/// </summary>
internal static class FactsheetTexts
{
    private static readonly ResourceTexts Texts = new("Dashboard.Data.Exports.Factsheets.FactsheetTexts");

    public static string Get(string key, CultureInfo culture) => Texts.Get(key, culture);

    public static string Format(string key, CultureInfo culture, params object?[] arguments) => Texts.Format(key, culture, arguments);

    /// <summary><paramref name="key"/>.One for 1, <paramref name="key"/>.Many otherwise.</summary>
    public static string Counted(string key, long count, CultureInfo culture, params object?[] arguments) =>
        Format(key + (count == 1 ? ".One" : ".Many"), culture, arguments);
}
