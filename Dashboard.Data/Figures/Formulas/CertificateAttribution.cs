using Dashboard.Data.Figures.Data;

namespace Dashboard.Data.Figures.Formulas;

/// <summary>Which trajectory a certificate's participant attributes come from (docs/indicatoren.md#mensen).</summary>
public static class CertificateAttribution
{
    /// <summary>
    /// Among the participant's trajectories at the certificate's store and practice: the one active on the
    /// certificate's date (the latest started, should several be), else the latest one that started before
    /// it; null when every one started after it, or there is none.
    /// </summary>
    public static TrajectoryFact? Attribute(DateOnly date, IEnumerable<TrajectoryFact> samePracticeTrajectories) =>
        samePracticeTrajectories
            .Where(t => t.Start <= date)
            .OrderByDescending(t => t.IsActiveIn(date, date))
            .ThenByDescending(t => t.Start)
            .FirstOrDefault();
}
