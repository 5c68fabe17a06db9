namespace Dashboard.Data.Figures;

/// <summary>
/// The themes the figures are grouped in: people (mensen), money (geld), environment (milieu), and the social value
/// (maatschappelijke waarde) the value map puts on their outcomes.
/// </summary>
public enum IndicatorTheme
{
    People,
    Money,
    Environment,
    SocialValue,
}
