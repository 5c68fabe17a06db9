using System.Globalization;
using System.Resources;

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

    private static readonly ResourceManager Resources = new("Dashboard.Data.Figures.IndicatorTexts", typeof(IndicatorTexts).Assembly);

    public static CultureInfo Dutch { get; } = CultureInfo.GetCultureInfo("nl");
    public static CultureInfo English { get; } = CultureInfo.GetCultureInfo("en");

    public static string Key(IndicatorCode code, string field) => $"{code}.{field}";

    /// <summary>The text in the culture, or in Dutch where the culture has none; null when there is none at all.</summary>
    public static string? Find(IndicatorCode code, string field, CultureInfo culture) => Resources.GetString(Key(code, field), culture);

    /// <summary>The text in the culture itself, without falling back to Dutch: for the test that every text is translated.</summary>
    public static string? FindExactly(IndicatorCode code, string field, CultureInfo culture) =>
        Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)?.GetString(Key(code, field));

    public static string Get(IndicatorCode code, string field, CultureInfo culture) =>
        Find(code, field, culture) ?? throw new MissingManifestResourceException($"IndicatorTexts has no {Key(code, field)}.");
}
