namespace Dashboard.Data.Indicators;

/// <summary>Which way is better for an indicator (SPEC §3).</summary>
public enum Direction
{
    HigherIsBetter,
    LowerIsBetter,
    Neutral,
}

/// <summary>What sort of figure an indicator is: decides protection, normalisation and target summing.</summary>
public enum IndicatorKind
{
    /// <summary>A count of people, trajectories or certificates (P1–P5, P9).</summary>
    Count,

    /// <summary>A percentage of ended trajectories (P4R, P6R, P7R).</summary>
    Rate,

    /// <summary>A sum over participants: hours, fte (P8, P12).</summary>
    Sum,

    /// <summary>A mean over trajectories (P10, P11).</summary>
    Mean,

    /// <summary>A sum from sales: revenue, items, kilograms, CO2 (E1, M1–M3).</summary>
    SalesSum,

    /// <summary>A ratio of money (E2, E3).</summary>
    SalesRatio,
}

/// <summary>Where an indicator's figures come from.</summary>
public enum IndicatorTheme
{
    People,
    Money,
    Environment,
}

/// <summary>One indicator of the catalogue: code, names, unit, direction and one-sentence definition, in Dutch and English.</summary>
public sealed record Indicator(
    IndicatorCode Code,
    IndicatorTheme Theme,
    IndicatorKind Kind,
    string NameNl,
    string NameEn,
    string UnitNl,
    string UnitEn,
    Direction Direction,
    string DefinitionNl,
    string DefinitionEn)
{
    public string Name(bool english) => english ? NameEn : NameNl;
    public string Unit(bool english) => english ? UnitEn : UnitNl;
    public string Definition(bool english) => english ? DefinitionEn : DefinitionNl;

    /// <summary>Counts and sums can be shown per participant, per 1,000 participant hours or per m²; rates and means cannot.</summary>
    public bool CanBeNormalised => Kind is IndicatorKind.Count or IndicatorKind.Sum or IndicatorKind.SalesSum;

    /// <summary>Targets of several practices add up for counts and sums; a rate or mean has no summed target.</summary>
    public bool TargetsAddUp => CanBeNormalised;

    /// <summary>Whether the figure is about people, and so subject to small-cell protection (SPEC §3.4).</summary>
    public bool IsAboutPeople => Theme == IndicatorTheme.People;
}
