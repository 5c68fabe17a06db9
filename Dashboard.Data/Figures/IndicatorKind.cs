namespace Dashboard.Data.Figures;

/// <summary>
/// What sort of figure an indicator is: a hidden count reads "&lt;k" where any other hidden figure reads "afgeschermd",
/// a rate changes in percentage points and has a target of at most 100, and counts and sums can be normalised.
/// </summary>
public enum IndicatorKind
{
    /// <summary>A count of people, trajectories or certificates (P1–P5, P9).</summary>
    Count,

    /// <summary>A percentage of ended trajectories or their follow-ups (P4R, P6R, P7R, P13–P15).</summary>
    Rate,

    /// <summary>A sum over participants: hours, fte (P8, P12).</summary>
    Sum,

    /// <summary>A mean over trajectories (P10, P11).</summary>
    Mean,

    /// <summary>A sum from sales: revenue, items, kilograms, CO2 (E1, M1–M3).</summary>
    SalesSum,

    /// <summary>A ratio of money (E2, E3).</summary>
    SalesRatio,

    /// <summary>A sum of euros of social value or investment (W1, W2, W4).</summary>
    ValueSum,

    /// <summary>Euros of social value per euro invested (W3, W3L, W3H).</summary>
    Return,
}
