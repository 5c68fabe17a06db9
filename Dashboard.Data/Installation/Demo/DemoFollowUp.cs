namespace Dashboard.Data.Installation.Demo;

/// <summary>One row of `nametingen`: what the participant of an ended trajectory was doing when called on <see cref="Date"/>.</summary>
internal sealed record DemoFollowUp(string Participant, DemoTrajectory Trajectory, DateOnly Date, string Situation);
