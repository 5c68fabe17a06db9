namespace Dashboard.Data.Figures;

/// <summary>The three themes the figures are grouped in: people (mensen), money (geld) and environment (milieu).</summary>
public enum IndicatorTheme
{
    People,
    Money,
    Environment,
}
