namespace Dashboard.Data.Figures;

/// <summary>Which way is better for an indicator: decides the ranking in a comparison, the tone of a change and the attainment of a target.</summary>
public enum Direction
{
    HigherIsBetter,
    LowerIsBetter,
    Neutral,
}
