namespace Dashboard.Data.Figures;

/// <summary>
/// When small-cell protection hides a figure on its own, for a protected viewer (see
/// <see cref="Protection.SmallCellProtection"/>): a value between 1 and k−1 of what the rule looks at. A figure is
/// also hidden with any figure it is derived from (<see cref="Indicator.DerivedFrom"/>).
/// </summary>
public enum SmallCellRule
{
    /// <summary>Never on its own: sales are not about people.</summary>
    None,

    /// <summary>The count itself (0 is shown).</summary>
    Count,

    /// <summary>The numerator or the denominator of a rate.</summary>
    NumeratorOrDenominator,

    /// <summary>The number of distinct participants that contribute to a sum or mean.</summary>
    Contributors,

    /// <summary>
    /// A social value (W1, W3, W4, W3L, W3H): hidden when the quantity of any value-map row it values is a hidden people
    /// figure (see <see cref="Protection.SmallCellProtection.HidePricedOutcomes"/>).
    /// </summary>
    PricedOutcomes,
}
