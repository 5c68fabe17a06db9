using Dashboard.Data.Administration;
using Dashboard.Data.Domain;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Explaining;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Data.Figures.Results;
using Dashboard.Data.Figures.Settings;
using Dashboard.Tests.Figures.SocialValue;
using static Dashboard.Tests.Figures.Facts;

namespace Dashboard.Tests.Figures.Explaining;

/// <summary>
/// "Hoe berekend?" of a social value (docs/maatschappelijke-waarde.md#afscherming): every value-map row with its quantity as
/// the viewer sees it, the proxy and its source, the deductions and years and the row's present value; the discount rate;
/// each investment with its share of the period; and the warnings — never the quantity of a hidden row.
/// </summary>
public class SocialValueExplanationTests
{
    private static readonly IndicatorFilter FirstQuarter = new(Facts.Period("2025-01-01", "2025-03-31"));

    private static readonly IndicatorSettings Settings = SocialValueFiguresTests.Map(2.25m,
        SocialValueFiguresTests.Row("WERK", IndicatorCode.P4, 14_000m, deadweight: 25m, years: 2) with { ProxySource = "CBS 2025" });

    private static FigureExplanation Explain(IndicatorCode code, int toWork, ViewerProfile profile)
    {
        var trajectories = SocialValueFiguresTests.ToWork(toWork).Select(t => t with { End = Day("2025-02-28") });
        var table = Calculate(FirstQuarter, trajectories, profile: profile, settings: Settings,
            investments: [Investment(AanWinkel, 2025, 36_500m, "fonds")]);
        return FigureExplanation.For(table.Total[code], table, Practices, Language.Dutch);
    }

    [Fact]
    public void The_value_names_each_row_with_its_quantity_proxy_source_deductions_and_present_value()
    {
        var lines = Explain(IndicatorCode.W1, toWork: 6, ViewerProfile.Exact).Settings;

        // 6 × 14.000 = 84.000, − 25 % = 63.000 in both years: 63.000 / 1,0225 + 63.000 / 1,0225² = 121.871,6…
        Assert.Contains("WERK — Uitkomst WERK (Gemeente): P4 = 6 × proxy € 14.000 (bron: CBS 2025); deadweight 25%, verplaatsing 0%, "
            + "toerekening 0%, afname 0% per jaar, 2 jaar; contante waarde € 121.872.", lines);
        Assert.Contains(lines, l => l.StartsWith("Disconteringsvoet 2,25% per jaar", StringComparison.Ordinal));
        Assert.Contains("Indicatief — niet geverifieerd: er staan geen betrokkenheid van belanghebbenden en geen toetsing achter.", lines);
        Assert.Contains("Op basis van voorbeeldwaarden: een beheerder heeft de waardekaart nog niet bevestigd.", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("Investering", StringComparison.Ordinal));
    }

    [Fact]
    public void The_investment_names_each_investment_with_its_days_in_the_period()
    {
        var lines = Explain(IndicatorCode.W2, toWork: 6, ViewerProfile.Exact).Settings;

        // 36.500 × 90 / 365 = 9.000.
        Assert.Contains("Investering AAN/WINKEL, 2025, Fonds: € 36.500 × 90/365 dagen in de periode = € 9.000.", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("Indicatief", StringComparison.Ordinal));
    }

    [Fact]
    public void A_hidden_quantity_is_named_as_protected_and_neither_it_nor_the_rows_value_is_stated()
    {
        var explanation = Explain(IndicatorCode.W3, toWork: 3, ViewerProfile.Protected);

        var row = Assert.Single(explanation.Settings, l => l.StartsWith("WERK", StringComparison.Ordinal));
        Assert.Equal("WERK — Uitkomst WERK (Gemeente): P4 afgeschermd, dus ook de waarde van deze regel; proxy € 14.000 (bron: CBS 2025).", row);
        Assert.DoesNotContain(explanation.Settings, l => l.Contains("P4 = ", StringComparison.Ordinal));
        Assert.Null(explanation.SourceRows);
    }
}
