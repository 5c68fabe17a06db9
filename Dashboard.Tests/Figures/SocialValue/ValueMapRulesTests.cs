using Dashboard.Data.Domain;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.SocialValue;

namespace Dashboard.Tests.Figures.SocialValue;

/// <summary>What a value map may hold (docs/maatschappelijke-waarde.md#waardekaart): only outcomes get a price, every field within its range, each refusal in Dutch and English.</summary>
public class ValueMapRulesTests
{
    private static readonly ValueMapRow Valid = ExampleValueMap.Map.Rows[0];

    private static IReadOnlyList<string> Fields(ValueMapRow row) => ValueMapRules.Check(row).Select(p => p.Field).ToList();

    [Fact]
    public void A_map_names_at_most_8_lists_of_kinds_the_row_beyond_them_is_refused_with_what_to_do()
    {
        string[] kinds = ["winkel", "horeca", "fietsen", "textiel", "meubels", "elektra", "sortering"];
        // Seven single kinds and a pair make eight lists; the same pair in another order is no new list, another pair is.
        var eight = kinds.Select((k, i) => Valid with { Code = $"R{i}", Kinds = [k] })
            .Append(Valid with { Code = "PAIR", Kinds = ["horeca", "winkel"] }).ToList();
        var map = ExampleValueMap.Map with { Rows = [.. eight, Valid with { Code = "SAME", Kinds = ["winkel", "horeca"] }] };
        Assert.Empty(ValueMapRules.Check(map));

        var problem = Assert.Single(ValueMapRules.Check(map with { Rows = [.. eight, Valid with { Code = "NINTH", Kinds = ["horeca", "fietsen"] }] }));
        Assert.Equal(ValueMapRules.Field(8, ValueMapRules.Kinds), problem.Field);
        Assert.Contains("hoogstens 8", problem.Message(Language.Dutch));
    }

    [Fact]
    public void The_example_map_is_valid()
    {
        Assert.Empty(ValueMapRules.Check(ExampleValueMap.Map));
        Assert.All(ExampleValueMap.Map.Rows, r => Assert.StartsWith(ExampleValueMap.Marker, r.ProxySource, StringComparison.Ordinal));
        Assert.False(ExampleValueMap.Map.IsConfirmed);
    }

    [Theory]
    [InlineData(IndicatorCode.P4)]
    [InlineData(IndicatorCode.P5)]
    [InlineData(IndicatorCode.P9)]
    [InlineData(IndicatorCode.P8)]
    [InlineData(IndicatorCode.M2)]
    [InlineData(IndicatorCode.M3)]
    public void An_outcome_can_get_a_price(IndicatorCode code) => Assert.Empty(Fields(Valid with { Indicator = code }));

    [Theory]
    [InlineData(IndicatorCode.P2, "is een output of geld dat al geteld is", "is an output or money already counted")]
    [InlineData(IndicatorCode.P3, "is een output of geld dat al geteld is", "is an output or money already counted")]
    [InlineData(IndicatorCode.M1, "is een output of geld dat al geteld is", "is an output or money already counted")]
    [InlineData(IndicatorCode.E1, "is een output of geld dat al geteld is", "is an output or money already counted")]
    [InlineData(IndicatorCode.P4R, "is een percentage of gemiddelde", "is a rate or a mean")]
    [InlineData(IndicatorCode.P10, "is een percentage of gemiddelde", "is a rate or a mean")]
    [InlineData(IndicatorCode.E2, "is een percentage of gemiddelde", "is a rate or a mean")]
    [InlineData(IndicatorCode.P12, "telt geen uitkomst", "counts no outcome")]
    public void Outputs_money_rates_and_means_are_refused_with_the_reason(IndicatorCode code, string dutch, string english)
    {
        var problem = Assert.Single(ValueMapRules.Check(Valid with { Indicator = code }));

        Assert.Equal(ValueMapRules.Indicator, problem.Field);
        Assert.Contains($"{code} {dutch}", problem.Message(Language.Dutch));
        Assert.Contains($"{code} {english}", problem.Message(Language.English));
        Assert.Contains("P4, P5, P9, P8, M2, M3", problem.Dutch);
    }

    [Theory]
    [InlineData(-0.01, false)]
    [InlineData(0, true)]
    [InlineData(100, true)]
    [InlineData(100.5, false)]
    public void Every_deduction_and_the_drop_off_lie_from_0_to_100(double value, bool valid)
    {
        var pct = (decimal)value;
        foreach (var row in new[]
                 {
                     Valid with { DeadweightPct = pct }, Valid with { DisplacementPct = pct }, Valid with { AttributionPct = pct },
                     Valid with { DropOffPct = pct },
                 })
        {
            Assert.Equal(valid, ValueMapRules.Check(row).Count == 0);
        }
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(10, true)]
    [InlineData(11, false)]
    public void The_duration_is_1_to_10_years(int years, bool valid) =>
        Assert.Equal(valid, !Fields(Valid with { DurationYears = years }).Contains(ValueMapRules.Duration));

    [Fact]
    public void A_negative_proxy_is_a_negative_outcome_but_zero_is_no_price()
    {
        Assert.Empty(Fields(Valid with { ProxyEur = -250m }));
        Assert.Equal([ValueMapRules.Proxy], Fields(Valid with { ProxyEur = 0m }));
        Assert.Equal([ValueMapRules.Proxy], Fields(Valid with { ProxyEur = 1_000_001m }));
    }

    [Fact]
    public void Texts_are_required_and_kinds_must_be_practice_kinds()
    {
        Assert.Equal([ValueMapRules.Code, ValueMapRules.Outcome, ValueMapRules.Stakeholder, ValueMapRules.ProxySource],
            Fields(Valid with { Code = " ", Outcome = "", Stakeholder = "", ProxySource = "  " }));
        Assert.Equal([ValueMapRules.Code], Fields(Valid with { Code = "WERK GEMEENTE" }));
        var kind = Assert.Single(ValueMapRules.Check(Valid with { Kinds = ["horeca", "fietsenmaker"] }));
        Assert.Equal("'fietsenmaker' is geen soort praktijk (bedoelt u 'fietsen'?).", kind.Dutch);
    }

    [Fact]
    public void A_code_is_used_once_in_any_case_and_the_discount_rate_lies_from_0_to_20()
    {
        var map = ExampleValueMap.Map with
        {
            Rows = [.. ExampleValueMap.Map.Rows, ExampleValueMap.Map.Rows[1] with { Code = "werk-gemeente" }],
            DiscountRatePct = 21m,
        };

        var problems = ValueMapRules.Check(map);

        Assert.Equal([ValueMapRules.Field(6, ValueMapRules.Code), ValueMapRules.DiscountRate], problems.Select(p => p.Field));
        Assert.Equal("De code 'werk-gemeente' staat al in regel 1: elke code één keer.", problems[0].Dutch);
    }
}
