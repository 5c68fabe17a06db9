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

    /// <summary>
    /// Follow-ups of trajectories that ended in paid work, and that outflow itself (P13–P15): with the participant
    /// attributes and the outcome of their trajectory.
    /// </summary>
    FollowUps,

    /// <summary>Certificates earned in the period (P9).</summary>
    Certificates,

    /// <summary>Sales in the period (E1–E3, M1–M3): never under a participant filter or breakdown.</summary>
    Sales,

    /// <summary>The value the value map puts on the outcomes (W1, W4): broken down by stakeholder or value-map row too.</summary>
    SocialValue,

    /// <summary>The investments in the practices (W2): broken down by funder too.</summary>
    Investments,

    /// <summary>Value per euro invested (W3, W3L, W3H): by neither stakeholder, value-map row nor funder.</summary>
    SocialReturn,
}
