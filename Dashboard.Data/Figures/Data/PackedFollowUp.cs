using Dashboard.Data.Figures.FollowUps;

namespace Dashboard.Data.Figures.Data;

/// <summary>
/// A follow-up that counts in P13 or P14, as the calculator scans it (see <see cref="PackedPeople"/>): the one of its
/// trajectory in its window (the later of two), of a trajectory that ended in paid work, with a situation other than
/// `onbekend`. <see cref="Trajectory"/> is its trajectory's row in <see cref="PackedPeople.Trajectories"/>,
/// <see cref="Practice"/> that trajectory's practice index, <see cref="Date"/> a day number; <see cref="InWork"/> tells
/// whether the former participant was in paid work (outside or inside the organisation). <see cref="Key"/> is its record key.
/// </summary>
public readonly record struct PackedFollowUp(int Trajectory, int Practice, int Date, FollowUpWindow Window, bool InWork, byte Key);
