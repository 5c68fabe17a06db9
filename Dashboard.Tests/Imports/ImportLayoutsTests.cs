using Dashboard.Data.Imports;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Imports;

public class ImportLayoutsTests
{
    [Theory]
    [InlineData(StandardStores.Header, ImportKind.Winkels)]
    [InlineData(TrajectoryRow.Header, ImportKind.Deelnemers)]
    [InlineData(CertificateRow.Header, ImportKind.Certificaten)]
    [InlineData(SaleRow.Header, ImportKind.Verkopen)]
    [InlineData("Date;Store;Practice;Category;Revenue", ImportKind.Verkopen)]
    [InlineData("participant;store;practice;date;kind", ImportKind.Certificaten)]
    public void Guesses_the_kind_from_the_headers(string header, ImportKind kind)
    {
        Assert.Equal(kind, ImportLayouts.Guess(header.Split(';')));
    }

    [Theory]
    [InlineData("datum;winkel;praktijk")]
    [InlineData("iets;anders")]
    public void Guesses_nothing_when_no_kind_fits(string header)
    {
        Assert.Null(ImportLayouts.Guess(header.Split(';')));
    }

    [Fact]
    public void Every_kind_has_its_columns_in_template_order_with_an_english_alias()
    {
        Assert.Equal(["organisatie", "winkel", "winkelnaam", "plaats", "praktijk", "praktijknaam", "soort", "vloeroppervlak_m2"],
            ImportLayouts.Columns(ImportKind.Winkels).Select(c => c.Name));
        Assert.Equal(["deelnemer", "winkel", "praktijk", "doelgroep", "leeftijdsgroep", "regeling", "traject", "startdatum", "einddatum", "uren_per_week", "uitstroom", "ladder_start", "ladder_eind"],
            ImportLayouts.Columns(ImportKind.Deelnemers).Select(c => c.Name));
        Assert.Equal(["deelnemer", "winkel", "praktijk", "datum", "soort", "certificaat"], ImportLayouts.Columns(ImportKind.Certificaten).Select(c => c.Name));
        Assert.Equal(["datum", "winkel", "praktijk", "categorie", "omzet", "aantal", "gewicht_kg", "transacties"], ImportLayouts.Columns(ImportKind.Verkopen).Select(c => c.Name));
        Assert.Equal(["date", "store", "practice", "category", "revenue", "items", "weight_kg", "transactions"], ImportLayouts.Columns(ImportKind.Verkopen).Select(c => c.Alias));
        Assert.Equal(["participant", "store", "practice", "target_group", "age_group", "scheme", "trajectory_type", "start_date", "end_date", "hours_per_week", "outcome", "ladder_start", "ladder_end"],
            ImportLayouts.Columns(ImportKind.Deelnemers).Select(c => c.Alias));
    }
}
