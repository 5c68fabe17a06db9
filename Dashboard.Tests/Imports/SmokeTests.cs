using Dashboard.Data.Imports;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Imports;

public class SmokeTests
{
    private const string Stores = """
        organisatie;winkel;winkelnaam;plaats;praktijk;praktijknaam;soort;vloeroppervlak_m2
        Kringloop Aan de Maas;AAN;Aan de Maas Centrum;Venlo;WINKEL;Winkelvloer;winkel;1.250
        Kringloop Aan de Maas;AAN;Aan de Maas Centrum;Venlo;REST;Restaurant De Pan;horeca;1.250
        """;

    [Fact]
    public void Imports_stores_trajectories_and_sales()
    {
        using var install = new TestInstallation();
        var stores = install.Import(ImportKind.Winkels, "winkels.csv", Stores);
        Assert.True(stores.Succeeded, string.Join("\n", stores.Report.Lines()));
        var trajectories = install.Import(ImportKind.Deelnemers, "deelnemers.csv", """
            deelnemer,winkel,praktijk,doelgroep,traject,startdatum,einddatum,uren_per_week,uitstroom
            A-001,AAN,REST,arbeidsbeperking,werkervaring,01-02-2025,,24,
            A-002,AAN,REST,zonder werk,leerwerk,2025-03-01,30-06-2025,32.5,betaald_werk
            """);
        Assert.True(trajectories.Succeeded, string.Join("\n", trajectories.Report.Lines()));
        var sales = install.Import(ImportKind.Verkopen, "verkopen.csv", """
            datum;winkel;praktijk;categorie;omzet;aantal;gewicht_kg;transacties
            01-03-2025;AAN;WINKEL;kleding_textiel;1.234,50;300;;120
            02-03-2025;AAN;REST;horeca;€ 456,10;;;80
            """);
        Assert.True(sales.Succeeded, string.Join("\n", sales.Report.Lines()));
        Assert.Equal(2, install.Count("trajectories"));
        Assert.Equal(169060, install.Query<long>("SELECT SUM(revenue_cents) FROM sales_monthly"));
    }
}
