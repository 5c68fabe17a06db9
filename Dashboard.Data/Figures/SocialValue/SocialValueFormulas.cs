using Dashboard.Data.Figures.Formulas;
using Dashboard.Data.Figures.Results;

namespace Dashboard.Data.Figures.SocialValue;

/// <summary>
/// The social value (docs/maatschappelijke-waarde.md#berekening): what one value-map row is worth for a quantity of its
/// outcome, and the figures W1–W4, W3L and W3H of a group from its rows, in exact decimals, never rounded before display.
/// The first year is discounted too, as in an SROI value map.
/// </summary>
public static class SocialValueFormulas
{
    /// <summary>W1 — Σ PV(o) over the rows the group values, each row as <paramref name="variant"/> makes it (W3L, W3H); no rows: "geen gegevens".</summary>
    public static Measure PresentValue(FormulaInput f, Func<ValueMapRow, ValueMapRow>? variant = null) =>
        Sum(f, (row, quantity) => Value(variant is null ? row : variant(row), quantity, f.DiscountRatePct).PresentValue);

    /// <summary>W4 — Σ G(o) = Q × proxy over the rows the group values: one year, no deductions, no discount.</summary>
    public static Measure GrossValue(FormulaInput f) => Sum(f, (row, quantity) => quantity * row.ProxyEur);

    /// <summary>W2 — Σ of the investments in the group's practices, each prorated over the period by days.</summary>
    public static Measure Investment(InvestmentTally investments) => new(investments.Amount, investments.Shares.Count);

    /// <summary>
    /// The range of the return from low to high: the cautious return (W3L) is the lower end, except where a negative proxy
    /// makes the cautious row's value less negative (docs/maatschappelijke-waarde.md#berekening).
    /// </summary>
    public static (decimal Low, decimal High) Range(decimal cautious, decimal generous) => (Math.Min(cautious, generous), Math.Max(cautious, generous));

    /// <summary>W3, W3L, W3H — a value per euro invested; "geen gegevens" without an investment or without rows.</summary>
    public static Measure Return(Measure value, Measure investment) =>
        new(value.Value is { } v && investment.Value is { } i ? Return(v, i) : null, value.SourceRows + investment.SourceRows);

    /// <summary>
    /// A sum over the rows valued of what each is worth for its quantity (a hidden quantity's value is hidden with the
    /// sum, see docs/maatschappelijke-waarde.md#afscherming). Its source rows are those of the distinct quantities.
    /// </summary>
    private static Measure Sum(FormulaInput f, Func<ValueMapRow, decimal, decimal> worth)
    {
        var rows = f.ValuedRows.ToList();
        if (rows.Count == 0)
        {
            return new Measure(null, 0);
        }
        var sourceRows = rows.DistinctBy(r => (r.Row.Indicator, string.Join('|', r.Row.Kinds.Order(StringComparer.Ordinal)))).Sum(r => r.Quantity.SourceRows);
        return new Measure(rows.Sum(r => worth(r.Row, r.Quantity.Value ?? 0m)), sourceRows);
    }

    /// <summary>The row's value for <paramref name="quantity"/> (Q: its indicator as the viewer sees it) at the discount rate.</summary>
    public static RowValue Value(ValueMapRow row, decimal quantity, decimal discountRatePct)
    {
        var gross = quantity * row.ProxyEur;
        var deadweight = gross * Share(row.DeadweightPct);
        var displacement = (gross - deadweight) * Share(row.DisplacementPct);
        var attribution = (gross - deadweight - displacement) * Share(row.AttributionPct);
        var firstYear = gross - deadweight - displacement - attribution;
        var years = new decimal[row.DurationYears];
        var presentValue = 0m;
        var discount = 1m;
        var rate = 1m + Share(discountRatePct);
        for (var t = 1; t <= row.DurationYears; t++)
        {
            years[t - 1] = t == 1 ? firstYear : years[t - 2] * (1m - Share(row.DropOffPct));
            discount *= rate;
            presentValue += years[t - 1] / discount;
        }
        var undiscounted = years.Sum();
        return new RowValue(row, quantity, gross, firstYear, years, presentValue,
            new Waterfall(gross, -deadweight, -displacement, -attribution, undiscounted - firstYear, -(undiscounted - presentValue), presentValue));
    }

    /// <summary>
    /// The row as the cautious return (W3L) counts it: deadweight, displacement, attribution and drop-off 10 points higher
    /// (at most 100), one year shorter (at least 1), the proxy × 0.8.
    /// </summary>
    public static ValueMapRow Cautious(ValueMapRow row) => row with
    {
        DeadweightPct = Math.Min(100m, row.DeadweightPct + 10m),
        DisplacementPct = Math.Min(100m, row.DisplacementPct + 10m),
        AttributionPct = Math.Min(100m, row.AttributionPct + 10m),
        DropOffPct = Math.Min(100m, row.DropOffPct + 10m),
        DurationYears = Math.Max(1, row.DurationYears - 1),
        ProxyEur = row.ProxyEur * 0.8m,
    };

    /// <summary>
    /// The row as the generous return (W3H) counts it: deadweight, displacement and attribution 10 points lower (at least
    /// 0), the proxy × 1.2; drop-off and duration unchanged.
    /// </summary>
    public static ValueMapRow Generous(ValueMapRow row) => row with
    {
        DeadweightPct = Math.Max(0m, row.DeadweightPct - 10m),
        DisplacementPct = Math.Max(0m, row.DisplacementPct - 10m),
        AttributionPct = Math.Max(0m, row.AttributionPct - 10m),
        ProxyEur = row.ProxyEur * 1.2m,
    };

    /// <summary>Euros of value per euro invested; none without an investment.</summary>
    public static decimal? Return(decimal value, decimal investment) => investment == 0m ? null : value / investment;

    private static decimal Share(decimal percentage) => percentage / 100m;
}

/// <summary>One row's value: the quantity, gross value (Q × proxy), the first year's value after deductions, every year's value, the present value, and the steps between them.</summary>
public sealed record RowValue(ValueMapRow Row, decimal Quantity, decimal Gross, decimal FirstYear, IReadOnlyList<decimal> Years, decimal PresentValue,
    Waterfall Waterfall);

/// <summary>
/// From gross value to present value (docs/maatschappelijke-waarde.md#berekening): gross, minus deadweight, minus
/// displacement, minus attribution (which leaves the first year's value), plus the later years after drop-off, minus the
/// discounting; the steps add up to <see cref="PresentValue"/>.
/// </summary>
public sealed record Waterfall(decimal Gross, decimal Deadweight, decimal Displacement, decimal Attribution, decimal LaterYears, decimal Discounting,
    decimal PresentValue)
{
    public static Waterfall Zero { get; } = new(0, 0, 0, 0, 0, 0, 0);

    public static Waterfall operator +(Waterfall a, Waterfall b) => new(a.Gross + b.Gross, a.Deadweight + b.Deadweight,
        a.Displacement + b.Displacement, a.Attribution + b.Attribution, a.LaterYears + b.LaterYears, a.Discounting + b.Discounting,
        a.PresentValue + b.PresentValue);
}
