namespace Dashboard.Data.Figures.SocialValue;

/// <summary>
/// The map a new installation (and the demo sector) starts with (docs/maatschappelijke-waarde.md#voorbeeldkaart): a
/// handful of outcomes with plausible but unchecked proxies, every source marked as an example value. It is not the
/// installation's until an administrator checks the values, fills in the sources and confirms the map.
/// </summary>
public static class ExampleValueMap
{
    public const string Marker = "voorbeeldwaarde — controleer en vul de bron aan";

    public const decimal DiscountRatePct = 2.25m;

    public const string DiscountRateSource =
        "Rapport Werkgroep discontovoet 2020: standaarddiscontovoet voor MKBA's (reëel, incl. risico-opslag)";

    public static ValueMap Map { get; } = new(
    [
        new("WERK-GEMEENTE", "Uitstroom naar betaald werk: minder uitkering", "Gemeente", IndicatorCode.P4,
            14_000m, $"{Marker} (bijstand alleenstaande per jaar)", 25m, 10m, 20m, 20m, 3, []),
        new("WERK-DEELNEMER", "Uitstroom naar betaald werk: hoger netto inkomen, na verlies van de uitkering", "Deelnemer", IndicatorCode.P4,
            3_500m, $"{Marker} (netto loon minus netto uitkering per jaar)", 25m, 0m, 20m, 20m, 3, []),
        new("OPLEIDING-DEELNEMER", "Uitstroom naar opleiding: grotere kans op werk later", "Deelnemer", IndicatorCode.P5,
            2_000m, $"{Marker}", 30m, 0m, 30m, 30m, 2, []),
        new("CERTIFICAAT-DEELNEMER", "Behaald certificaat: erkende vakvaardigheid", "Deelnemer", IndicatorCode.P9,
            600m, $"{Marker}", 20m, 0m, 25m, 25m, 2, []),
        new("CO2-SAMENLEVING", "Vermeden CO2-uitstoot door hergebruik", "Samenleving", IndicatorCode.M3,
            0.15m, $"{Marker} (milieuprijs per kg CO2)", 0m, 20m, 0m, 0m, 1, []),
        new("AFVAL-GEMEENTE", "Hergebruikte kilo's: vermeden afvalverwerking", "Gemeente", IndicatorCode.M2,
            0.12m, $"{Marker} (verbrandingstarief per kg)", 0m, 10m, 0m, 0m, 1, []),
    ], DiscountRatePct, DiscountRateSource);
}
