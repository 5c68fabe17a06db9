namespace Dashboard.Data.Figures;

/// <summary>
/// A setting a figure is computed with, which its explanation ("hoe berekend?") and a factsheet state with its value.
/// Small-cell protection is stated for every protected figure (<see cref="Indicator.IsProtected"/>).
/// </summary>
public enum ExplainedSetting
{
    /// <summary>The hours of a full-time job per week.</summary>
    FteHoursPerWeek,

    /// <summary>The average weight per category, for items sold without a weight.</summary>
    AverageWeights,

    /// <summary>The CO2 factor per category.</summary>
    Co2Factors,

    /// <summary>The value-map rows valued, each with its quantity, proxy and source, deductions and years, and the discount rate.</summary>
    ValueMap,

    /// <summary>The investments counted, each with the share of its year inside the period.</summary>
    Investments,
}
