namespace Dashboard.Data.Figures.Data;

/// <summary>
/// A <see cref="CertificateFact"/> as the calculator scans it: the practice as its index in the snapshot, the date as a
/// day number, the kind as a number of <see cref="PackedPeople.Codes"/>, and the attributed trajectory as its index in
/// <see cref="PackedPeople.Trajectories"/> (−1 when there is none), and its record key.
/// </summary>
public readonly record struct PackedCertificate(int Participant, int Practice, int Date, ushort Kind, int Trajectory, byte Key);
