using Dashboard.Data.Figures.Data;
using Dashboard.Data.Figures.Results;
using Dashboard.Data.Figures.Settings;

namespace Dashboard.Data.Figures.Formulas;

/// <summary>
/// The money (docs/indicatoren.md#geld) and environment (docs/indicatoren.md#milieu) figures, as pure functions of sales totals already
/// restricted to the filter, group and period: sums per category (see <see cref="SalesTally"/>) — every figure adds
/// per row and the settings differ only per category, so any split of the rows gives the same figures. Refund rows carry
/// negative amounts and so reduce every sum.
/// </summary>
public static class SalesFormulas
{
    /// <summary>E1 — Σ revenue of the sales in the period (0 without sales).</summary>
    public static Measure Revenue(IReadOnlyCollection<SalesSums> sales) => new(sales.Sum(s => s.Revenue), Rows(sales));

    /// <summary>E2 — revenue E1 divided by participant hours P8 of the same filter; no hours: "geen gegevens".</summary>
    public static Measure RevenuePerParticipantHour(Measure revenue, Measure participantHours) =>
        new(participantHours.Value is > 0 ? revenue.Value / participantHours.Value : null, revenue.SourceRows, participantHours.Contributors);

    /// <summary>
    /// E3 — Σ revenue / Σ transactions, both over the rows that give transactions; none: "geen gegevens".
    /// </summary>
    public static Measure AverageSpend(IReadOnlyCollection<SalesSums> sales)
    {
        var transactions = sales.Sum(s => s.Transactions);
        return new(transactions == 0 ? null : sales.Sum(s => s.RevenueWithTransactions) / transactions, Rows(sales));
    }

    /// <summary>M1 — Σ items over the rows whose category is not food and drink.</summary>
    public static Measure ItemsReused(IReadOnlyCollection<SalesSums> sales) =>
        new(sales.Where(s => IndicatorSettings.IsReuse(s.Category)).Sum(s => s.Items), Rows(sales));

    /// <summary>
    /// M2 — Σ per row: its weight when given, else items × the category's average weight; food and drink
    /// count 0.
    /// </summary>
    public static Measure WeightReusedKg(IReadOnlyCollection<SalesSums> sales, IndicatorSettings settings) =>
        new(sales.Sum(s => WeightKg(s, settings)), Rows(sales));

    /// <summary>M3 — Σ per row: its reused weight (M2) × the category's CO2 factor.</summary>
    public static Measure Co2AvoidedKg(IReadOnlyCollection<SalesSums> sales, IndicatorSettings settings) =>
        new(sales.Sum(s => WeightKg(s, settings) * settings.Category(s.Category).Co2Factor), Rows(sales));

    private static decimal WeightKg(SalesSums sales, IndicatorSettings settings) =>
        IndicatorSettings.IsReuse(sales.Category)
            ? sales.WeightKg + sales.ItemsWithoutWeight * settings.Category(sales.Category).AverageWeightKg
            : 0m;

    private static long Rows(IReadOnlyCollection<SalesSums> sales) => sales.Sum(s => s.Rows);
}
