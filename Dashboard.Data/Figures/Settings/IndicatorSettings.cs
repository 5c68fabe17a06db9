using Dashboard.Data.Domain;
using Dashboard.Data.Figures.SocialValue;

namespace Dashboard.Data.Figures.Settings;

/// <summary>
/// The settings the figures depend on, as the administrator keeps them: the small-cell threshold k, the
/// hours of one fte, per sales category the CO2 factor and average weight with their sources, and the value map.
/// </summary>
public sealed record IndicatorSettings(int SmallCellK, decimal FteHoursPerWeek, IReadOnlyDictionary<string, CategorySetting> Categories)
{
    /// <summary>The value map the social value is computed with (docs/maatschappelijke-waarde.md#waardekaart).</summary>
    public ValueMap ValueMap { get; init; } = ExampleValueMap.Map;

    /// <summary>The fewest other organisations that must count before a sector comparison is shown (docs/sector.md#sectorvergelijking).</summary>
    public int SectorMinOthers { get; init; } = MinSectorOthers;

    /// <summary>What <see cref="SectorMinOthers"/> can never be below: with fewer, the quartiles and one's own value give the others away.</summary>
    public const int MinSectorOthers = 7;

    /// <summary>The defaults of docs/indicatoren.md#milieu and docs/indicatoren.md#afscherming, as the first migration stores them.</summary>
    public static IndicatorSettings Defaults { get; } = new(5, 36m, new Dictionary<string, CategorySetting>
    {
        ["kleding_textiel"] = Goods("kleding_textiel", 0.4m),
        ["meubels"] = Goods("meubels", 25m),
        ["fietsen"] = Goods("fietsen", 15m),
        ["elektra"] = Goods("elektra", 5m),
        ["boeken_media"] = Goods("boeken_media", 0.5m),
        ["huisraad"] = Goods("huisraad", 1m),
        ["speelgoed"] = Goods("speelgoed", 0.8m),
        ["horeca"] = new("horeca", 0m, "Eten en drinken: geen goederen hergebruikt, dus geen vermeden CO2.", 0m, "Eten en drinken telt niet mee."),
        ["overig"] = Goods("overig", 1m),
    });

    public const string DefaultCo2Source =
        "TNO voor de BKN-sectormonitor: 1 ton CO2 bespaard per ton ingezameld goed, hier toegepast op verkocht gewicht (conservatief).";

    public CategorySetting Category(string category) => Categories[category];

    /// <summary>Whether two readings hold the same values (a record compares its dictionary by reference).</summary>
    public bool SameAs(IndicatorSettings other) =>
        SmallCellK == other.SmallCellK && FteHoursPerWeek == other.FteHoursPerWeek && SectorMinOthers == other.SectorMinOthers
        && Categories.Count == other.Categories.Count
        && Categories.All(p => other.Categories.TryGetValue(p.Key, out var setting) && setting == p.Value)
        && ValueMap.SameAs(other.ValueMap);

    /// <summary>Whether a category's goods count as reused (all but food and drink).</summary>
    public static bool IsReuse(string category) => category != Codes.FoodAndDrinkCategory;

    private static CategorySetting Goods(string category, decimal weight) =>
        new(category, 1.0m, DefaultCo2Source, weight, "Aanname, door de gebruiker te controleren.");
}
