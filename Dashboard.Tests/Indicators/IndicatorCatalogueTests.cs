using Dashboard.Data.Indicators;

namespace Dashboard.Tests.Indicators;

/// <summary>SPEC §3: every indicator has a code, Dutch and English name, unit, direction and one-sentence definition.</summary>
public class IndicatorCatalogueTests
{
    [Theory]
    [InlineData(IndicatorCode.P1, "Actieve deelnemers", IndicatorKind.Count, Direction.HigherIsBetter)]
    [InlineData(IndicatorCode.P2, "Instroom", IndicatorKind.Count, Direction.HigherIsBetter)]
    [InlineData(IndicatorCode.P3, "Uitstroom", IndicatorKind.Count, Direction.HigherIsBetter)]
    [InlineData(IndicatorCode.P4, "Uitstroom naar betaald werk", IndicatorKind.Count, Direction.HigherIsBetter)]
    [InlineData(IndicatorCode.P4R, "% uitstroom naar betaald werk", IndicatorKind.Rate, Direction.HigherIsBetter)]
    [InlineData(IndicatorCode.P5, "Uitstroom naar opleiding", IndicatorKind.Count, Direction.HigherIsBetter)]
    [InlineData(IndicatorCode.P6R, "% positieve uitstroom", IndicatorKind.Rate, Direction.HigherIsBetter)]
    [InlineData(IndicatorCode.P7R, "% uitval", IndicatorKind.Rate, Direction.LowerIsBetter)]
    [InlineData(IndicatorCode.P8, "Deelnemersuren", IndicatorKind.Sum, Direction.HigherIsBetter)]
    [InlineData(IndicatorCode.P9, "Behaalde certificaten", IndicatorKind.Count, Direction.HigherIsBetter)]
    [InlineData(IndicatorCode.P10, "Gem. trajectduur (maanden)", IndicatorKind.Mean, Direction.Neutral)]
    [InlineData(IndicatorCode.P11, "Gem. stijging participatieladder", IndicatorKind.Mean, Direction.HigherIsBetter)]
    [InlineData(IndicatorCode.P12, "Werkleerplekken (fte)", IndicatorKind.Sum, Direction.HigherIsBetter)]
    [InlineData(IndicatorCode.E1, "Omzet", IndicatorKind.SalesSum, Direction.HigherIsBetter)]
    [InlineData(IndicatorCode.E2, "Omzet per deelnemersuur", IndicatorKind.SalesRatio, Direction.HigherIsBetter)]
    [InlineData(IndicatorCode.E3, "Gemiddelde besteding", IndicatorKind.SalesRatio, Direction.HigherIsBetter)]
    [InlineData(IndicatorCode.M1, "Hergebruikte artikelen", IndicatorKind.SalesSum, Direction.HigherIsBetter)]
    [InlineData(IndicatorCode.M2, "Hergebruikt gewicht (kg)", IndicatorKind.SalesSum, Direction.HigherIsBetter)]
    [InlineData(IndicatorCode.M3, "Vermeden CO2 (kg CO2-eq)", IndicatorKind.SalesSum, Direction.HigherIsBetter)]
    public void Each_indicator_as_the_spec_names_it(IndicatorCode code, string nameNl, IndicatorKind kind, Direction direction)
    {
        var indicator = IndicatorCatalogue.Get(code);

        Assert.Equal(nameNl, indicator.NameNl);
        Assert.Equal(kind, indicator.Kind);
        Assert.Equal(direction, indicator.Direction);
        Assert.Equal(code.ToString().StartsWith('P'), indicator.IsAboutPeople);
        foreach (var text in new[] { indicator.NameEn, indicator.UnitNl, indicator.UnitEn, indicator.DefinitionNl, indicator.DefinitionEn })
        {
            Assert.False(string.IsNullOrWhiteSpace(text), $"{code} lacks a text");
        }
        Assert.Equal(code, IndicatorCatalogue.Parse(code.ToString().ToLowerInvariant()));
    }

    [Fact]
    public void Rates_means_and_money_ratios_are_not_normalised()
    {
        var normalised = IndicatorCatalogue.All.Where(i => i.CanBeNormalised).Select(i => i.Code);

        Assert.Equal([IndicatorCode.P1, IndicatorCode.P2, IndicatorCode.P3, IndicatorCode.P4, IndicatorCode.P5, IndicatorCode.P8, IndicatorCode.P9,
            IndicatorCode.P12, IndicatorCode.E1, IndicatorCode.M1, IndicatorCode.M2, IndicatorCode.M3], normalised.Order());
    }

    [Theory]
    [InlineData("P13")]
    [InlineData("19")]
    [InlineData("")]
    public void An_unknown_code_is_not_an_indicator(string text)
    {
        Assert.Null(IndicatorCatalogue.Parse(text));
    }
}
