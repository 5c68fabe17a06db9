namespace Dashboard.Data.Figures.Data;

/// <summary>
/// One follow-up (nameting) as the formulas see it (docs/nameting.md): the trajectory it follows up — whose participant
/// attributes, practice and outcome are its own — its date, the situation found and its record key.
/// </summary>
public sealed record FollowUpFact(TrajectoryFact Trajectory, DateOnly Date, string Situation, byte Key = 0);
