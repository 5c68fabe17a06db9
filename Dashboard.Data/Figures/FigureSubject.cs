namespace Dashboard.Data.Figures;

/// <summary>
/// The facts a figure counts, which decide where it applies: under an outcome breakdown only the figures about ended
/// trajectories have a value, under a certificate-kind breakdown only those about certificates, and sales carry no
/// participant attributes (see <see cref="Calculation.Applicability"/>). Elsewhere a figure is "n.v.t.".
/// </summary>
public enum FigureSubject
{
    /// <summary>Trajectories active in the period, or started in it (P1, P2, P8, P12).</summary>
    ActiveTrajectories,

    /// <summary>Trajectories that ended in the period (P3–P7R, P10, P11).</summary>
    EndedTrajectories,

    /// <summary>Certificates earned in the period (P9).</summary>
    Certificates,

    /// <summary>Sales in the period (E1–E3, M1–M3): never under a participant filter or breakdown.</summary>
    Sales,
}
