using System.Globalization;
using Dashboard.Data.Administration;
using Dashboard.Data.Domain;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Calculation;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Data.Figures.Settings;

namespace Dashboard.Tests.Figures;

/// <summary>
/// The catalogue: every indicator has a code, Dutch and English texts, a unit, a direction, and every rule the
/// calculator, protection, formatting, exports and targets read — an entry that lacks one fails here, not on a page.
/// </summary>
public class IndicatorCatalogueTests
{
    public static TheoryData<IndicatorCode> Codes => new(Enum.GetValues<IndicatorCode>());

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

        Assert.Equal(nameNl, indicator.Name(culture: Language.Dutch));
        Assert.Equal(kind, indicator.Kind);
        Assert.Equal(direction, indicator.Direction);
        Assert.Equal(code.ToString().StartsWith('P'), indicator.Theme == IndicatorTheme.People);
        Assert.Equal(code, IndicatorCatalogue.Parse(code.ToString().ToLowerInvariant()));
    }

    [Fact]
    public void Every_code_has_one_entry_in_the_order_of_the_codes()
    {
        Assert.Equal(Enum.GetValues<IndicatorCode>(), IndicatorCatalogue.All.Select(i => i.Code));
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_entry_is_complete(IndicatorCode code)
    {
        var indicator = IndicatorCatalogue.Get(code);
        var position = IndicatorCatalogue.All.ToList().IndexOf(indicator);

        Assert.NotNull(indicator.Formula);
        Assert.InRange(indicator.Decimals, 0, 4);
        Assert.InRange(indicator.ExcelDecimals, indicator.Decimals, 4);
        Assert.InRange(indicator.ChangeDecimals, 0, 4);
        Assert.All(indicator.DerivedFrom, input =>
        {
            Assert.True(Enum.IsDefined(input), $"{code} is derived from {input}, which is not in the catalogue");
            Assert.True(IndicatorCatalogue.All.ToList().IndexOf(IndicatorCatalogue.Get(input)) < position,
                $"{code} is derived from {input}, which comes after it in the catalogue");
        });
        Assert.Equal(indicator.SettingsUsed.Distinct(), indicator.SettingsUsed);
        Assert.True(!indicator.GroupsAddUp || indicator.SmallCells is SmallCellRule.Count or SmallCellRule.Contributors,
            $"{code}: only a count's or a sum's groups are checked for adding up");
        Assert.Equal(indicator.Kind == IndicatorKind.Rate, indicator.SmallCells == SmallCellRule.NumeratorOrDenominator);
        Assert.Equal(indicator.Kind == IndicatorKind.Rate, indicator.Notation == Notation.Percent);
        // Figures about people are protected on their own; sales are not about people, and carry no participant attributes;
        // a social value is hidden with the people figures it prices, the investment is not about people.
        Assert.Equal(indicator.Theme == IndicatorTheme.People,
            indicator.SmallCells is SmallCellRule.Count or SmallCellRule.NumeratorOrDenominator or SmallCellRule.Contributors);
        Assert.Equal(indicator.Theme is IndicatorTheme.Money or IndicatorTheme.Environment, indicator.Subject == FigureSubject.Sales);
        Assert.Equal(indicator.Subject is FigureSubject.SocialValue or FigureSubject.SocialReturn, indicator.SmallCells == SmallCellRule.PricedOutcomes);
        Assert.True(indicator.Direction != Direction.Neutral || indicator.TargetRule == TargetRule.None, $"{code}: a neutral figure has no target");
        Assert.True(!indicator.TargetsAddUp || indicator.Kind is IndicatorKind.Count or IndicatorKind.Sum or IndicatorKind.SalesSum or IndicatorKind.ValueSum,
            $"{code}: only the targets of counts and sums add up");
    }

    [Fact]
    public void Every_formula_reads_only_the_figures_before_it()
    {
        var period = new Period(new DateOnly(2025, 3, 10), new DateOnly(2025, 4, 13));

        var figures = new IndicatorCalculator(IndicatorSettings.Defaults).Compute(new GroupTally(period), ViewerProfile.Protected);

        Assert.Equal(IndicatorCatalogue.All.Select(i => i.Code), figures.Exact.Keys);
        Assert.Equal(IndicatorCatalogue.All.Select(i => i.Code), figures.Shown.Keys);
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_entry_has_its_texts_in_Dutch_and_in_English(IndicatorCode code)
    {
        foreach (var field in IndicatorTexts.Fields)
        {
            var dutch = IndicatorTexts.FindExactly(code, field, CultureInfo.InvariantCulture);
            var english = IndicatorTexts.FindExactly(code, field, CultureInfo.GetCultureInfo("en"));

            Assert.False(string.IsNullOrWhiteSpace(dutch), $"IndicatorTexts.resx has no {code}.{field}");
            Assert.False(string.IsNullOrWhiteSpace(english), $"IndicatorTexts.en.resx has no {code}.{field}");
        }
        var indicator = IndicatorCatalogue.Get(code);
        Assert.NotEqual(indicator.Definition(culture: Language.Dutch), indicator.Definition(culture: Language.English));
        Assert.Equal(indicator.Name(CultureInfo.GetCultureInfo("en")), indicator.Name(CultureInfo.GetCultureInfo("en-GB")));
    }

    [Fact]
    public void The_English_texts_are_built_into_a_satellite_assembly()
    {
        var satellite = Path.Combine(Path.GetDirectoryName(typeof(Indicator).Assembly.Location)!, "en", "Dashboard.Data.resources.dll");

        Assert.True(File.Exists(satellite), $"no {satellite}");
        Assert.Equal("Revenue", IndicatorCatalogue.Get(IndicatorCode.E1).Name(culture: Language.English));
        Assert.Equal("Omzet", IndicatorCatalogue.Get(IndicatorCode.E1).Name(CultureInfo.GetCultureInfo("nl-BE")));
    }

    [Fact]
    public void The_figures_protection_hides_together()
    {
        var derived = IndicatorCatalogue.All.Where(i => i.DerivedFrom.Count > 0).Select(i => $"{i.Code} ← {string.Join(", ", i.DerivedFrom)}");
        var addingUp = IndicatorCatalogue.All.Where(i => i.GroupsAddUp).Select(i => i.Code);

        Assert.Equal(["P4R ← P4, P3", "P6R ← P4, P5, P3", "P7R ← P3", "P10 ← P3", "P11 ← P3", "P12 ← P8", "E2 ← P8"], derived);
        Assert.Equal([IndicatorCode.P1, IndicatorCode.P2, IndicatorCode.P3, IndicatorCode.P4, IndicatorCode.P5, IndicatorCode.P8, IndicatorCode.P9], addingUp);
    }

    [Fact]
    public void Rates_means_and_money_ratios_are_not_normalised()
    {
        var normalised = IndicatorCatalogue.All.Where(i => i.CanBeNormalised).Select(i => i.Code);

        Assert.Equal([IndicatorCode.P1, IndicatorCode.P2, IndicatorCode.P3, IndicatorCode.P4, IndicatorCode.P5, IndicatorCode.P8, IndicatorCode.P9,
            IndicatorCode.P12, IndicatorCode.E1, IndicatorCode.M1, IndicatorCode.M2, IndicatorCode.M3], normalised.Order());
    }

    [Theory]
    [InlineData("P16")]
    [InlineData("19")]
    [InlineData("")]
    public void An_unknown_code_is_not_an_indicator(string text)
    {
        Assert.Null(IndicatorCatalogue.Parse(text));
    }
}
