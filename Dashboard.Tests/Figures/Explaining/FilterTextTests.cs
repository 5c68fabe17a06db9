using Dashboard.Data.Domain;
using Dashboard.Data.Figures.Data;
using Dashboard.Data.Figures.Explaining;
using Dashboard.Data.Figures.Filtering;

namespace Dashboard.Tests.Figures.Explaining;

public class FilterTextTests
{
    private static readonly PracticeInfo Restaurant = new(7, "REST", "Restaurant De Pan", "horeca", 3, "AAN", "Aan de Maas", "Venlo", 1250m, 1, "Kringloop Aan de Maas");
    private static readonly PracticeInfo Atelier = new(8, "TEXT", "Textielatelier", "textiel", 4, "ZWO", "Zwolle Noord", "Zwolle", 800m, 2, "Kringloop Zwolle");

    [Theory]
    [InlineData("2025-01-01", "2025-12-31", "2025", "2025")]
    [InlineData("2025-10-01", "2025-10-31", "oktober 2025", "October 2025")]
    [InlineData("2025-04-01", "2025-06-30", "2e kwartaal 2025", "Q2 2025")]
    [InlineData("2026-01-01", "2026-10-31", "1 januari t/m 31 oktober 2026", "1 January – 31 October 2026")]
    [InlineData("2024-12-15", "2025-01-10", "15 december 2024 t/m 10 januari 2025", "15 December 2024 – 10 January 2025")]
    public void A_period_reads_as_people_say_it(string from, string to, string dutch, string english)
    {
        var period = new Period(DateOnly.Parse(from), DateOnly.Parse(to));

        Assert.Equal(dutch, FilterText.Describe(period));
        Assert.Equal(english, FilterText.Describe(period, culture: Language.English));
    }

    [Fact]
    public void A_filter_names_its_organisations_kinds_and_participant_attributes()
    {
        var filter = new IndicatorFilter(Period.Year(2025))
        {
            Organisations = new HashSet<long> { 1 },
            PracticeKinds = new HashSet<string> { "horeca" },
            TargetGroups = new HashSet<string> { "nieuwkomer", "opleiding" },
        };

        Assert.Equal("2025 · organisatie: Kringloop Aan de Maas · soort: Horeca · doelgroep: Nieuwkomers, In opleiding",
            FilterText.Describe(filter, [Restaurant, Atelier]));
        Assert.Equal("2025 · all organisations", FilterText.Describe(new IndicatorFilter(Period.Year(2025)), [Restaurant], culture: Language.English));
    }

    [Fact]
    public void The_source_line_names_the_organisation_the_data_date_and_the_export_date()
    {
        var filter = new IndicatorFilter(Period.Year(2025)) { Stores = new HashSet<long> { 4 } };

        Assert.Equal("Bron: Kringloop Zwolle · ImpactDashboard · gegevens t/m 31-10-2026 · geëxporteerd 15-11-2026",
            SourceLine.For(filter, [Restaurant, Atelier], new DateOnly(2026, 10, 31), new DateOnly(2026, 11, 15)));
        Assert.Equal("Source: all organisations · ImpactDashboard · data up to 31-10-2026 · exported 15-11-2026",
            SourceLine.For(new IndicatorFilter(Period.Year(2025)), [Restaurant, Atelier], new DateOnly(2026, 10, 31), new DateOnly(2026, 11, 15), culture: Language.English));
        Assert.Equal("Bron: alle organisaties · ImpactDashboard · gegevens t/m 31-10-2026",
            SourceLine.For(new IndicatorFilter(Period.Year(2025)), [Restaurant, Atelier], new DateOnly(2026, 10, 31), exportedOn: null));
    }
}
