namespace Dashboard.Data.Figures.Data;

/// <summary>
/// One certificate, with the trajectory it is attributed to (docs/indicatoren.md#mensen): the participant's trajectory at the
/// same store and practice that was active on its date, else the latest one that started before it; null
/// when there is none — then it counts only without a participant-attribute filter. <see cref="Key"/> is its record key.
/// </summary>
public sealed record CertificateFact(int Participant, long PracticeId, DateOnly Date, string Kind, TrajectoryFact? Trajectory, byte Key = 0);
