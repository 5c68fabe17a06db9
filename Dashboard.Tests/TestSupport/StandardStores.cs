namespace Dashboard.Tests.TestSupport;

/// <summary>
/// The stores file most tests start from: two organisations; Aan de Maas with two stores (AAN with a shop
/// floor and a restaurant, BLE with a bicycle workshop), Zwolle with one store (a shop floor and a textile atelier).
/// </summary>
public static class StandardStores
{
    public const string Header = "organisatie;winkel;winkelnaam;plaats;praktijk;praktijknaam;soort;vloeroppervlak_m2";

    public const string File = $"""
        {Header}
        Kringloop Aan de Maas;AAN;Aan de Maas Centrum;Venlo;WINKEL;Winkelvloer;winkel;1.250
        Kringloop Aan de Maas;AAN;Aan de Maas Centrum;Venlo;REST;Restaurant De Pan;horeca;1.250
        Kringloop Aan de Maas;BLE;Aan de Maas Blerick;Venlo;FIETS;Fietswerkplaats;fietsen;
        Kringloop Zwolle;ZWO;Zwolle Noord;Zwolle;WINKEL;Winkelvloer;winkel;800
        Kringloop Zwolle;ZWO;Zwolle Noord;Zwolle;TEXT;Textielatelier;textiel;800
        """;

    public const string AanDeMaas = "Kringloop Aan de Maas";
    public const string Zwolle = "Kringloop Zwolle";
}
