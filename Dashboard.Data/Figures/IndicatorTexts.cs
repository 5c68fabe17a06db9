using System.Globalization;
using Dashboard.Data.Domain;

namespace Dashboard.Data.Figures;

/// <summary>
/// The indicators' names, units, definitions and calculations, from IndicatorTexts.resx (Dutch, the source) and
/// IndicatorTexts.en.resx, under the keys "{code}.{field}".
/// </summary>
internal static class IndicatorTexts
{
    public const string Name = "Name";
    public const string Unit = "Unit";
    public const string Definition = "Definition";
    public const string Calculation = "Calculation";

    public static readonly IReadOnlyList<string> Fields = [Name, Unit, Definition, Calculation];

    private static readonly ResourceTexts Texts = new("Dashboard.Data.Figures.IndicatorTexts");

    public static string Key(IndicatorCode code, string field) => $"{code}.{field}";

    /// <summary>The text in the culture, or in Dutch where the culture has none; null when there is none at all.</summary>
    public static string? Find(IndicatorCode code, string field, CultureInfo culture) => Texts.Find(Key(code, field), culture);

    /// <summary>The text in the culture itself, without falling back to Dutch: for the test that every text is translated.</summary>
    public static string? FindExactly(IndicatorCode code, string field, CultureInfo culture) => Texts.FindExactly(Key(code, field), culture);

    public static string Get(IndicatorCode code, string field, CultureInfo culture) => Texts.Get(Key(code, field), culture);
}
